package io.github.inpaint4j.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointFolder;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointManifest;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.train.TrainingConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint loads whatever machine trained it and whatever settings the library had then: the
 * model section is all that loading reads, the training settings are provenance.
 */
class CheckpointCompatibilityTest {

    private static final RgbImage PICTURE = RgbImage.filled(24, 20, 0.2f, 0.6f, 0.4f);
    private static final Mask HOLE = Mask.fromRectangles(24, 20, new Rect(8, 6, 8, 8));

    /** A run folder holding a copy of the tiny model's checkpoint, its checkpoint.json edited by {@code edit}. */
    private static Path copyOfTheTinyModel(Path dir, Consumer<JsonObject> edit) throws IOException {
        Path original = CheckpointFolder.resolve(TinyGan.run());
        Path run = Files.createDirectories(dir.resolve("run"));
        Path copy = Files.createDirectories(run.resolve(original.getFileName()));
        try (var files = Files.list(original)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path json = copy.resolve(Checkpoint.METADATA);
        JsonObject root = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        edit.accept(root);
        Files.writeString(json, root.toString(), StandardCharsets.UTF_8);
        Files.delete(copy.resolve(CheckpointManifest.FILE));
        CheckpointManifest.write(copy);
        return copy;
    }

    private static RgbImage fill(Path checkpoint) throws IOException {
        try (GanInpainter gan = GanInpainter.load(checkpoint, 1)) {
            return gan.inpaint(PICTURE, HOLE);
        }
    }

    /** Trains two more steps from the checkpoint, with the configuration it records. */
    private static long resume(Path checkpoint) throws IOException {
        Path run = checkpoint.getParent();
        TrainingConfig stored = GanTraining.storedConfig(run).orElseThrow();
        long step = Checkpoint.readMetadata(checkpoint).step();
        return GanTraining.builder().setDataFolder(TinyGan.data(run.resolveSibling("data")))
                .setCheckpointFolder(run).optResume(true).optConfig(stored.withSteps((int) step + 2).withThreads(1))
                .build().run(CancellationToken.NONE).step();
    }

    @Test
    void aCheckpointWrittenWithMoreThreadsThanThisMachineHasLoadsAndResumes(@TempDir Path dir) throws IOException {
        int tooMany = Threads.max() + 1;
        Path c = copyOfTheTinyModel(dir, json -> json.getAsJsonObject("training").addProperty("threads", tooMany));
        assertEquals(String.valueOf(tooMany), Checkpoint.readMetadata(c).training().get("threads"));
        assertEquals(fill(CheckpointFolder.resolve(TinyGan.run())), fill(c));
        assertEquals(TorchRuntime.defaultThreads(), GanTraining.storedConfig(c.getParent()).orElseThrow().threads());
        assertEquals(TinyGan.STEPS + 2, resume(c));
    }

    /**
     * A checkpoint written before a setting existed (here: every setting this round added) and one
     * written by a later version with a setting this one does not know both load and resume.
     */
    @Test
    void settingsAddedOrUnknownDoNotBreakACheckpoint(@TempDir Path dir) throws IOException {
        Path c = copyOfTheTinyModel(dir, json -> {
            JsonObject training = json.getAsJsonObject("training");
            for (String added : new String[] {"greyProbability", "emaDecay", "knownL1Weight", "discriminatorTarget",
                    "featureMatchingWeight", "perceptualWeight", "r1Weight", "r1Every", "augmentation"}) {
                assertTrue(training.remove(added) != null, added);
            }
            training.addProperty("aSettingOfTheFuture", "whatever");
            json.getAsJsonObject("model").getAsJsonObject("discriminator").remove("maskChannel");
        });
        assertEquals(fill(CheckpointFolder.resolve(TinyGan.run())), fill(c));
        assertEquals(TinyGan.STEPS + 2, resume(c));
    }

    /**
     * Format 2 (inpaint4j 0.1 and its default model): the model lies inside the training object. It
     * loads as the same model, fills the same, and resumes.
     */
    @Test
    void aFormatTwoCheckpointLoadsAndResumes(@TempDir Path dir) throws IOException {
        Path c = copyOfTheTinyModel(dir, json -> {
            JsonObject model = json.remove("model").getAsJsonObject();
            JsonObject training = json.getAsJsonObject("training");
            JsonObject legacy = new JsonObject();
            legacy.add("imageSize", model.get("cropSize"));
            legacy.add("batchSize", training.get("batchSize"));
            legacy.add("steps", training.get("steps"));
            legacy.add("seed", training.get("seed"));
            JsonObject generator = model.getAsJsonObject("generator");
            generator.addProperty("bottleneck", generator.get("bottleneck").getAsString().toUpperCase(java.util.Locale.ROOT));
            legacy.add("generator", generator);
            JsonObject discriminator = model.getAsJsonObject("discriminator");
            discriminator.remove("maskChannel");
            legacy.add("discriminator", discriminator);
            legacy.add("learningRate", training.get("learningRate"));
            legacy.add("beta1", training.get("beta1"));
            legacy.add("beta2", training.get("beta2"));
            legacy.add("l1Weight", training.get("l1Weight"));
            legacy.addProperty("generatorLoss", "NON_SATURATING");
            for (String name : new String[] {"logEvery", "checkpointEvery", "keep", "validationFraction",
                    "validationCrops", "guideProbability", "threads"}) {
                legacy.add(name, training.get(name));
            }
            JsonObject masks = new JsonObject();
            masks.addProperty("rectangles", 1.0);
            masks.addProperty("strokes", 1.0);
            masks.addProperty("wide", 1.0);
            masks.addProperty("scratches", 0.0);
            masks.addProperty("text", 0.0);
            legacy.add("masks", masks);
            json.add("training", legacy);
            json.addProperty("formatVersion", 2);
        });
        CheckpointMetadata read = Checkpoint.readMetadata(c);
        CheckpointMetadata original = Checkpoint.readMetadata(CheckpointFolder.resolve(TinyGan.run()));
        assertEquals(original.model(), read.model());
        assertEquals(Checkpoint.GENERATOR, read.generatorWeights());
        assertFalse(read.training().containsKey("imageSize"), "the model is not provenance");
        assertEquals(fill(CheckpointFolder.resolve(TinyGan.run())), fill(c));
        assertEquals(TinyGan.STEPS + 2, resume(c));
    }
}
