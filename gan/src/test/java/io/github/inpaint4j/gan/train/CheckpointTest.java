package io.github.inpaint4j.gan.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.github.inpaint4j.gan.GanInpainter;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.checkpoint.CheckpointException;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointFolder;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointManifest;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.model.GeneratorConfig;
import io.github.inpaint4j.gan.internal.model.UNetGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("kernels") // also run under forced-down CPU kernel families (gan/pom.xml)
class CheckpointTest {

    private static Path checkpoint;

    @BeforeAll
    static void trainTwoSteps(@TempDir Path dir) throws IOException {
        checkpoint = dir.resolve("step-00000002");
        try (TinyNetworks n = new TinyNetworks(7, 2e-4f, 0, null, false)) {
            n.train(TinyNetworks.sampler(7), 1, 2);
            n.save(checkpoint, 2);
        }
    }

    private static float[] generate(Model model, NDManager manager) {
        float[] input = new float[5 * 16 * 16];
        for (int i = 0; i < input.length; i++) {
            input[i] = (i % 13) / 6.5f - 1;
        }
        return model.getBlock().forward(new ParameterStore(manager, false),
                new NDList(manager.create(input, new Shape(1, 5, 16, 16))), false).singletonOrThrow().toFloatArray();
    }

    private static Model loadGenerator(Path folder, GeneratorConfig config) throws IOException {
        Model model = Model.newInstance(Checkpoint.GENERATOR, TorchRuntime.device(TorchRuntime.start(1)));
        model.setBlock(new UNetGenerator(config));
        try {
            Checkpoint.loadParameters(folder, Checkpoint.GENERATOR, model, TinyNetworks.G_INPUT);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
        return model;
    }

    private static Path copy(Path dir) throws IOException {
        Path target = dir.resolve("copy");
        Files.createDirectories(target);
        try (var files = Files.list(checkpoint)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    @Test
    void holdsBothNetworksTheirAdamStateAndMetadata() throws IOException {
        try (var files = Files.list(checkpoint)) {
            assertEquals(List.of("checkpoint.json", "discriminator-0000.params", "discriminator-adam.ndlist",
                    "files.sha256", "generator-0000.params", "generator-adam.ndlist"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        CheckpointMetadata m = Checkpoint.readMetadata(checkpoint);
        assertEquals(2, m.step());
        assertEquals(TinyNetworks.GENERATOR, m.model().generator());
        assertEquals(16, m.model().cropSize());
        assertEquals(Checkpoint.GENERATOR, m.generatorWeights());
        assertEquals("4", m.training().get("batchSize"));
    }

    @Test
    void aRoundTripGivesIdenticalOutputs(@TempDir Path dir) throws IOException {
        Path again = dir.resolve("again");
        try (Model first = loadGenerator(checkpoint, TinyNetworks.GENERATOR);
                NDManager manager = NDManager.newBaseManager()) {
            float[] expected = generate(first, manager);
            first.setProperty("Epoch", "0");
            Files.createDirectories(again);
            first.save(again, Checkpoint.GENERATOR);
            try (Model second = loadGenerator(again, TinyNetworks.GENERATOR)) {
                assertArrayEquals(expected, generate(second, manager));
            }
        }
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path dir) {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> Checkpoint.readMetadata(dir.resolve("nowhere")));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void aFolderWithoutMetadataIsNotACheckpoint(@TempDir Path dir) {
        CheckpointException e = assertThrows(CheckpointException.class, () -> Checkpoint.readMetadata(dir));
        assertTrue(e.getMessage().contains("has no checkpoint.json"), e.getMessage());
    }

    @Test
    void corruptMetadataIsReportedWithTheFile(@TempDir Path dir) throws IOException {
        Path c = copy(dir);
        Files.writeString(c.resolve("checkpoint.json"), "{\"format\": \"inpaint4j-gan-checkpoint\", \"formatVer");
        assertMetadataRefused(c, "checkpoint.json", "not valid JSON");
    }

    @Test
    void aMissingModelFieldIsNamed(@TempDir Path dir) throws IOException {
        Path c = copy(dir);
        replaceInMetadata(c, "\"depth\": 2,", "");
        assertMetadataRefused(c, "field 'model.generator.depth' is missing or not a number");
    }

    @Test
    void aNewerFormatVersionIsRefused(@TempDir Path dir) throws IOException {
        Path c = copy(dir);
        replaceInMetadata(c, "\"formatVersion\": 3", "\"formatVersion\": 4");
        assertMetadataRefused(c, "format version 4", "reads versions 2 to 3", "upgrade inpaint4j");
    }

    /**
     * A checkpoint of the first format (a generator without the guide plane, written by inpaint4j
     * 0.1.0 before the multi-scale work) is refused with what to do instead.
     */
    @Test
    void aFormatOneCheckpointIsRefusedSayingWhatToDo(@TempDir Path dir) throws IOException {
        Path c = Files.createDirectories(dir.resolve("step-00002000"));
        Files.writeString(c.resolve(Checkpoint.METADATA), """
                {
                  "format": "inpaint4j-gan-checkpoint",
                  "formatVersion": 1,
                  "libraryVersion": "0.1.0-SNAPSHOT",
                  "step": 2000,
                  "validationHolePsnr": 18.4,
                  "training": {"imageSize": 64, "batchSize": 16, "steps": 2000, "seed": 42,
                    "generator": {"width": 16, "depth": 3, "gated": false},
                    "discriminator": {"width": 32, "layers": 3}, "learningRate": 2.0E-4, "beta1": 0.5,
                    "beta2": 0.999, "l1Weight": 100.0, "generatorLoss": "NON_SATURATING", "logEvery": 50,
                    "checkpointEvery": 500, "keep": 3, "validationFraction": 0.1, "validationCrops": 4, "threads": 1}
                }
                """, StandardCharsets.UTF_8);
        assertMetadataRefused(c, "format version 1", "older than the versions this library reads (2 to 3)",
                "inpaint train", "--init default");
        CheckpointException e = assertThrows(CheckpointException.class, () -> GanInpainter.load(c));
        assertTrue(e.getMessage().contains("format version 1"), e.getMessage());
    }

    @Test
    void anInvalidValueIsReported(@TempDir Path dir) throws IOException {
        Path c = copy(dir);
        replaceInMetadata(c, "\"width\": 8", "\"width\": 1");
        assertMetadataRefused(c, "generator width must be in [4, 256], got 1");
    }

    @Test
    void aMissingParameterFileIsNamed(@TempDir Path dir) throws IOException {
        Path c = copy(dir);
        Files.delete(c.resolve("generator-0000.params"));
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> loadGenerator(c, TinyNetworks.GENERATOR).close());
        assertTrue(e.getMessage().contains("generator-0000.params") && e.getMessage().contains("missing"),
                e.getMessage());
    }

    @Test
    void aParameterFileThatIsNotDjlIsRefused(@TempDir Path dir) throws IOException {
        Path c = copy(dir);
        Files.writeString(c.resolve("generator-0000.params"), "PK\u0003\u0004 not a DJL file");
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> loadGenerator(c, TinyNetworks.GENERATOR).close());
        assertTrue(e.getMessage().contains("not a DJL parameter file"), e.getMessage());
    }

    @Test
    void aTruncatedParameterFileIsRefused(@TempDir Path dir) throws IOException {
        Path c = copy(dir);
        Path params = c.resolve("generator-0000.params");
        byte[] bytes = Files.readAllBytes(params);
        Files.write(params, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> loadGenerator(c, TinyNetworks.GENERATOR).close());
        assertEquals("bad checkpoint " + params + ": it is damaged: its content (" + bytes.length / 2 + " bytes) is "
                + "not what was written, its SHA-256 differs from the one in files.sha256 (a truncated or altered copy)",
                e.getMessage());
    }

    @Test
    void aTruncatedParameterFileWithoutAFileListIsCalledTruncated(@TempDir Path dir) throws IOException {
        Path c = copy(dir);
        Files.delete(c.resolve(CheckpointManifest.FILE)); // as written before the list existed
        Path params = c.resolve("generator-0000.params");
        byte[] bytes = Files.readAllBytes(params);
        for (int length : new int[] {10, 400, bytes.length / 2, bytes.length - 3}) {
            Files.write(params, java.util.Arrays.copyOf(bytes, length));
            CheckpointException e = assertThrows(CheckpointException.class,
                    () -> loadGenerator(c, TinyNetworks.GENERATOR).close());
            assertEquals("bad checkpoint " + params + ": it is truncated: it ends before the generator's parameters do",
                    e.getMessage());
        }
    }

    @Test
    void aFlippedBitInTheWeightsIsCaught(@TempDir Path dir) throws IOException {
        Path c = copy(dir);
        Path params = c.resolve("generator-0000.params");
        byte[] bytes = Files.readAllBytes(params);
        bytes[bytes.length - 10] ^= 0x10; // inside the last weight: DJL alone loads this without complaint
        Files.write(params, bytes);
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> loadGenerator(c, TinyNetworks.GENERATOR).close());
        assertTrue(e.getMessage().startsWith("bad checkpoint " + params + ": it is damaged"), e.getMessage());

        Path adam = c.resolve("discriminator-adam.ndlist");
        Files.write(params, Files.readAllBytes(checkpoint.resolve("generator-0000.params")));
        byte[] moments = Files.readAllBytes(adam);
        moments[moments.length / 2] ^= 0x01;
        Files.write(adam, moments);
        e = assertThrows(CheckpointException.class, () -> new TinyNetworks(1, 2e-4f, 2, c, true).close());
        assertTrue(e.getMessage().startsWith("bad checkpoint " + adam + ": it is damaged"), e.getMessage());
    }

    @Test
    void aFlippedBitInTheHeaderWithoutAFileListIsNotCalledNull(@TempDir Path dir) throws IOException {
        Path c = copy(dir);
        Files.delete(c.resolve(CheckpointManifest.FILE));
        Path params = c.resolve("generator-0000.params");
        byte[] bytes = Files.readAllBytes(params);
        bytes[5] ^= 0x10; // the format version
        Files.write(params, bytes);
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> loadGenerator(c, TinyNetworks.GENERATOR).close());
        assertTrue(e.getMessage().endsWith("or the file is damaged (Unsupported model version: 1048577)"),
                e.getMessage());
    }

    @Test
    void aCheckpointWithoutAFileListStillLoads(@TempDir Path dir) throws IOException {
        Path c = copy(dir);
        Files.delete(c.resolve(CheckpointManifest.FILE));
        assertEquals(List.of(), CheckpointManifest.missingFiles(c));
        try (Model original = loadGenerator(checkpoint, TinyNetworks.GENERATOR);
                Model legacy = loadGenerator(c, TinyNetworks.GENERATOR);
                NDManager manager = NDManager.newBaseManager()) {
            assertArrayEquals(generate(original, manager), generate(legacy, manager));
        }
        new TinyNetworks(1, 2e-4f, 2, c, true).close();
    }

    @Test
    void parametersOfAnotherArchitectureAreRefused() {
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> loadGenerator(checkpoint, TinyNetworks.GENERATOR.withWidth(12)).close());
        assertTrue(e.getMessage().contains("has shape") && e.getMessage().contains("needs"), e.getMessage());
        e = assertThrows(CheckpointException.class,
                () -> loadGenerator(checkpoint, TinyNetworks.GENERATOR.withDepth(3)).close());
        assertTrue(e.getMessage().contains("do not fit the generator"), e.getMessage());
    }

    @Test
    void aMissingOptimiserStateIsNamed(@TempDir Path dir) throws IOException {
        Path c = copy(dir);
        Files.delete(c.resolve("discriminator-adam.ndlist"));
        CheckpointException e = assertThrows(CheckpointException.class, () -> new TinyNetworks(1, 2e-4f, 2, c, true));
        assertTrue(e.getMessage().contains("discriminator-adam.ndlist") && e.getMessage().contains("missing"),
                e.getMessage());
    }

    @Test
    void theFolderOfARunResolvesToItsNewestCheckpoint(@TempDir Path dir) throws IOException {
        for (int step : new int[] {5, 20, 10}) {
            Path c = Files.createDirectories(dir.resolve(CheckpointFolder.folderName(step)));
            for (String file : CheckpointManifest.LEGACY_FILES) {
                Files.writeString(c.resolve(file), "{}");
            }
        }
        Files.createDirectories(dir.resolve("step-00000030")); // no metadata: incomplete, ignored
        assertEquals(dir.resolve("step-00000020"), CheckpointFolder.resolve(dir));
        assertEquals(dir.resolve("step-00000005"), CheckpointFolder.resolve(dir.resolve("step-00000005")));
        CheckpointFolder.prune(dir, 2);
        assertEquals(List.of(dir.resolve("step-00000010"), dir.resolve("step-00000020")),
                CheckpointFolder.checkpoints(dir));
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> CheckpointFolder.resolve(dir.resolve("step-00000030")));
        assertTrue(e.getMessage().contains("no checkpoint.json and no step-NNNNNNNN"), e.getMessage());
    }

    @Test
    void metadataSurvivesAJsonRoundTrip() throws CheckpointException {
        TrainingConfig d = TrainingConfig.defaults();
        TrainingConfig config = d.withSeed(-7_000_000_000L)
                .withOptimisation(d.optimisation().withLearningRate(3e-4f).withEmaDecay(0.999f))
                .withModel(d.model().withDiscriminator(d.model().discriminator().withMaskChannel(true)));
        CheckpointMetadata m = new CheckpointMetadata("1.2.3", 1234, config.model(), Checkpoint.AVERAGED_GENERATOR,
                config.settings(), 21.5);
        assertEquals(m, CheckpointMetadata.parse(m.toJson(), Path.of("x.json")));
        CheckpointMetadata none = new CheckpointMetadata("1.2.3", 0, config.model(), Checkpoint.GENERATOR,
                config.settings(), null);
        assertEquals(none, CheckpointMetadata.parse(none.toJson(), Path.of("x.json")));
        assertEquals(config, TrainingConfig.fromSettings(none.model(), none.training()).withThreads(config.threads()));
    }

    private static void assertMetadataRefused(Path folder, String... fragments) {
        CheckpointException e = assertThrows(CheckpointException.class, () -> Checkpoint.readMetadata(folder));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), e.getMessage());
        }
    }

    private static void replaceInMetadata(Path folder, String from, String to) throws IOException {
        Path file = folder.resolve(Checkpoint.METADATA);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "fixture JSON lacks " + from + ":\n" + text);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
