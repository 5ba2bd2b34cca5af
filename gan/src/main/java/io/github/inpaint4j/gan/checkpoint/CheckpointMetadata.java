package io.github.inpaint4j.gan.checkpoint;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.model.Bottleneck;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import io.github.inpaint4j.gan.model.GeneratorConfig;
import io.github.inpaint4j.gan.model.ModelDescription;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code checkpoint.json} of a checkpoint: what wrote it, at which step, the model it holds
 * (an explicit {@link ModelDescription}: what inference and fine-tuning need) and the training
 * settings that produced it, kept as provenance only.
 *
 * <pre>{@code
 * {
 *   "format": "inpaint4j-gan-checkpoint",
 *   "formatVersion": 3,
 *   "libraryVersion": "0.2.0",
 *   "step": 500,
 *   "validationHolePsnr": 21.7,          // absent without held-out pictures
 *   "model": {
 *     "cropSize": 64,
 *     "generator": { "width": 16, "depth": 3, "gated": false, "bottleneck": "residual", "blocks": 4 },
 *     "discriminator": { "width": 32, "layers": 3, "maskChannel": false },
 *     "generatorWeights": "generator"    // or "generator-ema": the averaged weights
 *   },
 *   "training": { "batchSize": 16, "steps": 2000, "seed": 42, "learningRate": 2.0E-4, ... }
 * }
 * }</pre>
 *
 * <p><b>Loading never depends on the training.</b> Only the {@code model} section is read to load a
 * checkpoint, and nothing in it depends on the machine that trained (the thread count, for one, is
 * provenance). The {@code training} section is a flat map of setting name to value, written and
 * read as text by the training code: a setting added later is simply absent from older checkpoints,
 * and one that is no longer known is ignored. A model field added later gets a default when
 * missing ({@code maskChannel}: false; {@code generatorWeights}: {@code generator}).
 *
 * <p><b>Format 2</b> (inpaint4j 0.1, the first default model): one {@code training} object whose
 * {@code imageSize}, {@code generator} and {@code discriminator} are the model; it is read as the
 * model it describes, its other fields as provenance. Format 1 is refused with what to do.
 *
 * @param libraryVersion the inpaint4j version that wrote the checkpoint
 * @param step training steps done
 * @param model the networks and their crop size
 * @param generatorWeights which generator weights inference loads: {@code generator}, the
 *     trained ones, or {@code generator-ema}, their exponential moving average
 * @param training the training settings, name to value as text, in the order written
 * @param validationHolePsnr mean hole PSNR (dB) on the held-out crops, or {@code null} if none
 */
public record CheckpointMetadata(String libraryVersion, long step, ModelDescription model, String generatorWeights,
        Map<String, String> training, Double validationHolePsnr) {

    /** Identifies the file. */
    public static final String FORMAT = "inpaint4j-gan-checkpoint";
    /**
     * The layout version this library writes: 3 since the model is described apart from the
     * training settings (2: the generator takes a guide plane and the configuration records the
     * bottleneck and the mask mix).
     */
    public static final int FORMAT_VERSION = 3;
    /** The oldest layout this library reads. */
    public static final int OLDEST_READABLE_VERSION = 2;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Set<String> WEIGHTS = Set.of(Checkpoint.GENERATOR, Checkpoint.AVERAGED_GENERATOR);
    /** The fields of a format-2 {@code training} object that describe the model. */
    private static final Set<String> LEGACY_MODEL_FIELDS = Set.of("imageSize", "generator", "discriminator");

    /**
     * @throws IllegalArgumentException if the step is negative or the generator weights are not one
     *     of the two names
     */
    public CheckpointMetadata {
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(generatorWeights, "generatorWeights");
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
        if (!WEIGHTS.contains(generatorWeights)) {
            throw new IllegalArgumentException("generatorWeights must be '" + Checkpoint.GENERATOR + "' or '"
                    + Checkpoint.AVERAGED_GENERATOR + "', got '" + generatorWeights + "'");
        }
        training = Collections.unmodifiableMap(new LinkedHashMap<>(training));
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
        JsonObject m = new JsonObject();
        m.addProperty("cropSize", model.cropSize());
        GeneratorConfig g = model.generator();
        JsonObject generator = new JsonObject();
        generator.addProperty("width", g.width());
        generator.addProperty("depth", g.depth());
        generator.addProperty("gated", g.gated());
        generator.addProperty("bottleneck", g.bottleneck().name().toLowerCase(Locale.ROOT));
        generator.addProperty("blocks", g.blocks());
        m.add("generator", generator);
        DiscriminatorConfig d = model.discriminator();
        JsonObject discriminator = new JsonObject();
        discriminator.addProperty("width", d.width());
        discriminator.addProperty("layers", d.layers());
        discriminator.addProperty("maskChannel", d.maskChannel());
        m.add("discriminator", discriminator);
        m.addProperty("generatorWeights", generatorWeights);
        json.add("model", m);
        JsonObject settings = new JsonObject();
        training.forEach((name, value) -> settings.add(name, primitive(value)));
        json.add("training", settings);
        return GSON.toJson(json) + "\n";
    }

    /** A number or a boolean as such, anything else as a string. */
    private static JsonPrimitive primitive(String value) {
        if (value.equals("true") || value.equals("false")) {
            return new JsonPrimitive(Boolean.parseBoolean(value));
        }
        try {
            JsonElement parsed = JsonParser.parseString(value);
            if (parsed.isJsonPrimitive() && parsed.getAsJsonPrimitive().isNumber()) {
                return parsed.getAsJsonPrimitive();
            }
        } catch (JsonParseException e) {
            // not a number: a string
        }
        return new JsonPrimitive(value);
    }

    /**
     * Parses the JSON text of {@code file}.
     *
     * @throws CheckpointException naming the file and the problem: not JSON, another format, an
     *     unreadable format version, a missing model field or an invalid value
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
        Fields top = new Fields(json, "", file);
        String format = top.string("format");
        if (!FORMAT.equals(format)) {
            throw new CheckpointException(file, "format is '" + format + "', expected '" + FORMAT + "'", null);
        }
        long version = top.number("formatVersion");
        String writer = json.has("libraryVersion") ? json.get("libraryVersion").getAsString() : "?";
        if (version < OLDEST_READABLE_VERSION) {
            throw new CheckpointException(file, "format version " + version + " (written by inpaint4j " + writer
                    + ") is older than the versions this library reads (" + OLDEST_READABLE_VERSION + " to "
                    + FORMAT_VERSION + "): its generator has no guide plane and cannot be loaded. Train a new model (inpaint train), or"
                    + " fine-tune the default one on the same pictures (inpaint train --init default)", null);
        }
        if (version > FORMAT_VERSION) {
            throw new CheckpointException(file, "format version " + version + " (written by inpaint4j " + writer
                    + "); this library reads versions " + OLDEST_READABLE_VERSION + " to " + FORMAT_VERSION
                    + ": upgrade inpaint4j to load it", null);
        }
        try {
            ModelDescription model;
            String weights;
            Map<String, String> training;
            if (version == 2) {
                Fields legacy = top.object("training");
                model = model(legacy.number("imageSize"), legacy);
                weights = Checkpoint.GENERATOR;
                training = settings(legacy.json, LEGACY_MODEL_FIELDS);
            } else {
                Fields m = top.object("model");
                model = model(m.number("cropSize"), m);
                weights = m.optionalString("generatorWeights", Checkpoint.GENERATOR);
                training = json.has("training") && json.get("training").isJsonObject()
                        ? settings(json.getAsJsonObject("training"), Set.of()) : Map.of();
            }
            Double psnr = json.has("validationHolePsnr") ? json.get("validationHolePsnr").getAsDouble() : null;
            return new CheckpointMetadata(top.string("libraryVersion"), top.number("step"), model, weights, training,
                    psnr);
        } catch (CheckpointException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CheckpointException(file, "invalid value: " + e.getMessage(), e);
        }
    }

    /** The model whose networks are described under {@code fields} (the model section, or format 2's training). */
    private static ModelDescription model(long cropSize, Fields fields) throws CheckpointException {
        Fields g = fields.object("generator");
        String bottleneck = g.string("bottleneck");
        Bottleneck kind = Bottleneck.parse(bottleneck);
        GeneratorConfig generator = new GeneratorConfig(g.integer("width"), g.integer("depth"), g.bool("gated"), kind,
                g.integer("blocks"));
        Fields d = fields.object("discriminator");
        DiscriminatorConfig discriminator = new DiscriminatorConfig(d.integer("width"), d.integer("layers"),
                d.optionalBool("maskChannel", false));
        return new ModelDescription(Math.toIntExact(cropSize), generator, discriminator);
    }

    /**
     * The settings of a training object as text: primitives as they are written, objects as
     * {@code key=value} pairs joined by commas (format 2's mask mix), arrays joined by commas.
     */
    private static Map<String, String> settings(JsonObject json, Set<String> skipped) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : json.entrySet()) {
            if (!skipped.contains(e.getKey()) && !e.getValue().isJsonNull()) {
                out.put(e.getKey(), text(e.getValue()));
            }
        }
        return out;
    }

    private static String text(JsonElement value) {
        if (value.isJsonPrimitive()) {
            return value.getAsString();
        }
        List<String> parts = new ArrayList<>();
        if (value.isJsonObject()) {
            value.getAsJsonObject().entrySet().forEach(e -> parts.add(e.getKey() + "=" + text(e.getValue())));
        } else {
            value.getAsJsonArray().forEach(e -> parts.add(text(e)));
        }
        return String.join(",", parts);
    }

    /** Typed reads of one JSON object's fields, naming a missing or mistyped field by its path. */
    private record Fields(JsonObject json, String path, String file) {

        Fields object(String field) throws CheckpointException {
            JsonElement e = json.get(field);
            if (e == null || !e.isJsonObject()) {
                throw new CheckpointException(file, "field '" + path + field + "' is missing or not an object", null);
            }
            return new Fields(e.getAsJsonObject(), path + field + ".", file);
        }

        String string(String field) throws CheckpointException {
            JsonElement e = json.get(field);
            if (e == null || !e.isJsonPrimitive()) {
                throw new CheckpointException(file, "field '" + path + field + "' is missing", null);
            }
            return e.getAsString();
        }

        String optionalString(String field, String fallback) throws CheckpointException {
            return json.has(field) ? string(field) : fallback;
        }

        long number(String field) throws CheckpointException {
            JsonElement e = json.get(field);
            if (e == null || !(e instanceof JsonPrimitive p) || !p.isNumber()) {
                throw new CheckpointException(file, "field '" + path + field + "' is missing or not a number", null);
            }
            return e.getAsLong();
        }

        int integer(String field) throws CheckpointException {
            long value = number(field);
            if (value != (int) value) {
                throw new CheckpointException(file, "field '" + path + field + "' is out of range: " + value, null);
            }
            return (int) value;
        }

        boolean bool(String field) throws CheckpointException {
            JsonElement e = json.get(field);
            if (e == null || !(e instanceof JsonPrimitive p) || !p.isBoolean()) {
                throw new CheckpointException(file, "field '" + path + field + "' is missing or not true/false", null);
            }
            return e.getAsBoolean();
        }

        boolean optionalBool(String field, boolean fallback) throws CheckpointException {
            return json.has(field) ? bool(field) : fallback;
        }
    }
}
