package io.github.inpaint4j.gan.checkpoint;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.inpaint4j.gan.train.TrainingConfig;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code checkpoint.json} of a checkpoint: what wrote it, at which step, with which
 * configuration (which holds the networks' architecture and the image size) and how well it
 * validated.
 *
 * <pre>{@code
 * {
 *   "format": "inpaint4j-gan-checkpoint",
 *   "formatVersion": 2,
 *   "libraryVersion": "0.1.0",
 *   "step": 500,
 *   "validationHolePsnr": 21.7,          // absent without held-out pictures
 *   "training": { "imageSize": 64, "batchSize": 16, "steps": 2000, "seed": 42,
 *                 "generator": { "width": 16, "depth": 3, "gated": false },
 *                 "discriminator": { "width": 32, "layers": 3 }, ... }
 * }
 * }</pre>
 *
 * @param libraryVersion the inpaint4j version that wrote the checkpoint
 * @param step training steps done
 * @param training the run's configuration
 * @param validationHolePsnr mean hole PSNR (dB) on the held-out crops, or {@code null} if none
 */
public record CheckpointMetadata(String libraryVersion, long step, TrainingConfig training,
        Double validationHolePsnr) {

    /** Identifies the file. */
    public static final String FORMAT = "inpaint4j-gan-checkpoint";
    /**
     * The layout version this library writes and reads: 2 since the generator takes a guide plane
     * (five input planes) and the configuration records the bottleneck and the mask mix.
     */
    public static final int FORMAT_VERSION = 2;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** @throws IllegalArgumentException if the step is negative */
    public CheckpointMetadata {
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(training, "training");
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
    }

    /** The JSON text. */
    public String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT);
        json.addProperty("formatVersion", FORMAT_VERSION);
        json.addProperty("libraryVersion", libraryVersion);
        json.addProperty("step", step);
        if (validationHolePsnr != null && Double.isFinite(validationHolePsnr)) {
            json.addProperty("validationHolePsnr", validationHolePsnr);
        }
        json.add("training", GSON.toJsonTree(training));
        return GSON.toJson(json) + "\n";
    }

    /**
     * Parses the JSON text of {@code file}.
     *
     * @throws CheckpointException naming the file and the problem: not JSON, another format, a
     *     newer format version, a missing field or an invalid value
     */
    public static CheckpointMetadata parse(String text, Path file) throws CheckpointException {
        return parse(text, file.toString());
    }

    /**
     * Parses the JSON text read from {@code file} (a path or a class-path resource, for messages).
     *
     * @throws CheckpointException naming the file and the problem
     */
    public static CheckpointMetadata parse(String text, String file) throws CheckpointException {
        JsonObject json;
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject()) {
                throw new CheckpointException(file, "not a JSON object", null);
            }
            json = root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new CheckpointException(file, "not valid JSON (" + e.getMessage() + ")", e);
        }
        String format = string(json, "format", file);
        if (!FORMAT.equals(format)) {
            throw new CheckpointException(file, "format is '" + format + "', expected '" + FORMAT + "'", null);
        }
        long version = number(json, "formatVersion", file);
        String writer = json.has("libraryVersion") ? json.get("libraryVersion").getAsString() : "?";
        if (version < FORMAT_VERSION) {
            throw new CheckpointException(file, "format version " + version + " (written by inpaint4j " + writer
                    + ") is older than this library's " + FORMAT_VERSION + ": its generator has no guide plane and"
                    + " cannot be loaded. Train a new model (inpaint train), or fine-tune the default one on the same"
                    + " pictures (inpaint train --init default)", null);
        }
        if (version > FORMAT_VERSION) {
            throw new CheckpointException(file, "format version " + version + " (written by inpaint4j " + writer
                    + "); this library reads version " + FORMAT_VERSION + ": upgrade inpaint4j to load it", null);
        }
        try {
            requireFields(json.get("training"), TrainingConfig.class, "training", file);
            TrainingConfig training = GSON.fromJson(json.get("training"), TrainingConfig.class);
            Double psnr = json.has("validationHolePsnr") ? json.get("validationHolePsnr").getAsDouble() : null;
            return new CheckpointMetadata(string(json, "libraryVersion", file), number(json, "step", file), training,
                    psnr);
        } catch (RuntimeException e) {
            // Gson wraps what a record's compact constructor throws; its message is the useful one.
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new CheckpointException(file, "invalid value: " + cause.getMessage(), e);
        }
    }

    private static String string(JsonObject json, String field, String file) throws CheckpointException {
        JsonElement e = json.get(field);
        if (e == null || !e.isJsonPrimitive()) {
            throw new CheckpointException(file, "field '" + field + "' is missing", null);
        }
        return e.getAsString();
    }

    private static long number(JsonObject json, String field, String file) throws CheckpointException {
        JsonElement e = json.get(field);
        if (e == null || !(e instanceof JsonPrimitive p) || !p.isNumber()) {
            throw new CheckpointException(file, "field '" + field + "' is missing or not a number", null);
        }
        return e.getAsLong();
    }

    /** Checks that {@code json} has every component of {@code type}, recursively for nested records. */
    private static void requireFields(JsonElement json, Class<?> type, String path, String file)
            throws CheckpointException {
        if (json == null || !json.isJsonObject()) {
            throw new CheckpointException(file, "field '" + path + "' is missing or not an object", null);
        }
        for (RecordComponent c : type.getRecordComponents()) {
            JsonElement value = json.getAsJsonObject().get(c.getName());
            String where = path + "." + c.getName();
            if (value == null || value.isJsonNull()) {
                throw new CheckpointException(file, "field '" + where + "' is missing", null);
            }
            if (c.getType().isRecord()) {
                requireFields(value, c.getType(), where, file);
            }
        }
    }
}
