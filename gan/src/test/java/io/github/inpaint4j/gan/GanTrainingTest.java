package io.github.inpaint4j.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointFolder;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointLock;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointManifest;
import io.github.inpaint4j.gan.internal.train.MetricsLog;
import io.github.inpaint4j.gan.loss.DiscriminatorTarget;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import io.github.inpaint4j.gan.train.Augmentation;
import io.github.inpaint4j.gan.data.GuideSource;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingListener;
import io.github.inpaint4j.gan.train.TrainingMetrics;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("kernels") // also run under forced-down CPU kernel families (gan/pom.xml)
class GanTrainingTest {

    private static TrainingConfig config(int steps) {
        return schedule(TinyGan.config(steps), 1, 2, 10);
    }

    /** {@code c} logging every {@code logEvery} steps, checkpointing every {@code every}, keeping {@code keep}. */
    static TrainingConfig schedule(TrainingConfig c, int logEvery, int every, int keep) {
        return c.with(TrainingConfig.LOG_EVERY, logEvery).with(TrainingConfig.CHECKPOINT_EVERY, every)
                .with(TrainingConfig.KEEP, keep);
    }

    private static GanTraining.Result train(Path data, Path run, TrainingConfig config, boolean resume)
            throws IOException {
        return GanTraining.builder().setDataFolder(data).setCheckpointFolder(run).optConfig(config).optResume(resume)
                .build().run(CancellationToken.NONE);
    }

    /** The losses of a row, without its timing. */
    private static List<Double> losses(TrainingMetrics m) {
        return List.of(m.discriminatorLoss(), m.generatorAdversarialLoss(), m.generatorL1Loss(), m.validationHolePsnr());
    }

    private static List<List<Double>> losses(List<TrainingMetrics> rows) {
        return rows.stream().map(GanTrainingTest::losses).toList();
    }

    @Test
    void resumeContinuesTheStepCountWithTheLossesOfAnUninterruptedRun(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        GanTraining.Result straight = train(data, dir.resolve("straight"), config(4), false);
        assertEquals(4, straight.step());

        GanTraining.Result first = train(data, dir.resolve("split"), config(2), false);
        assertEquals(2, first.step());
        GanTraining.Result resumed = train(data, dir.resolve("split"), config(4), true);
        assertEquals(4, resumed.step());
        assertEquals(dir.resolve("split").resolve("step-00000004"), resumed.lastCheckpoint());
        assertEquals(4, Checkpoint.readMetadata(resumed.lastCheckpoint()).step());
        assertEquals(List.of(1L, 2L, 3L, 4L), resumed.metrics().stream().map(TrainingMetrics::step).toList());
        assertEquals(losses(straight.metrics()), losses(resumed.metrics()));
        assertEquals(losses(straight.metrics()), losses(MetricsLog.read(dir.resolve("split/metrics.csv"))), "CSV");
    }

    /**
     * With every term of the recipe on (grey crops, the weight average, the known-pixel L1, the
     * hole-aware and mask-conditioned discriminator, feature matching, the perceptual loss, R1 and
     * DiffAugment), a resumed run still repeats the uninterrupted one exactly; its checkpoints carry
     * the average, which inference loads.
     */
    @Test
    void theWholeRecipeResumesExactlyAndShipsItsAverage(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        TrainingConfig straightConfig = recipe(config(4));
        GanTraining.Result straight = train(data, dir.resolve("straight"), straightConfig, false);
        train(data, dir.resolve("split"), recipe(config(2)), false);
        GanTraining.Result resumed = train(data, dir.resolve("split"), recipe(config(4)), true);
        assertEquals(losses(straight.metrics()), losses(resumed.metrics()));
        assertTrue(straight.metrics().stream().allMatch(m -> m.generatorFeatureLoss() > 0), "feature terms logged");
        CheckpointMetadata m = Checkpoint.readMetadata(resumed.lastCheckpoint());
        assertEquals(Checkpoint.AVERAGED_GENERATOR, m.generatorWeights());
        assertTrue(Files.isRegularFile(resumed.lastCheckpoint().resolve(Checkpoint.parametersFile(
                Checkpoint.AVERAGED_GENERATOR))));
        assertEquals(straightConfig.withSteps(2).settings(), recipe(config(2)).settings());
        try (GanInpainter gan = GanInpainter.load(resumed.lastCheckpoint(), 1);
                GanInpainter again = GanInpainter.load(straight.lastCheckpoint(), 1)) {
            RgbImage picture = RgbImage.filled(20, 20, 0.3f, 0.5f, 0.7f);
            Mask hole = Mask.fromRectangles(20, 20, new Rect(6, 6, 8, 8));
            assertEquals(again.inpaint(picture, hole), gan.inpaint(picture, hole), "the averages agree too");
        }
    }

    private static TrainingConfig recipe(TrainingConfig c) {
        return c.with(DiscriminatorConfig.MASK_CHANNEL, true).with(TrainingConfig.GREY_PROBABILITY, 0.3)
                .with(TrainingConfig.EMA_DECAY, 0.9).with(TrainingConfig.L1_WEIGHT, 1.0)
                .with(TrainingConfig.KNOWN_L1_WEIGHT, 2.0).with(TrainingConfig.DISCRIMINATOR_TARGET, DiscriminatorTarget.HOLE)
                .with(TrainingConfig.FEATURE_MATCHING_WEIGHT, 5.0).with(TrainingConfig.PERCEPTUAL_WEIGHT, 1.0)
                .with(TrainingConfig.R1_WEIGHT, 0.01).with(TrainingConfig.R1_EVERY, 2)
                .with(TrainingConfig.AUGMENTATION, Augmentation.ALL);
    }

    /**
     * Guides made by the generator itself: the run repeats itself and resumes exactly (the guides
     * of a step depend on the weights a checkpoint restores), and it trains on other inputs than a
     * run whose guides are the truth.
     */
    @Test
    void theGeneratorsOwnGuidesResumeExactly(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        TrainingConfig four = generatorGuides(config(4));
        GanTraining.Result straight = train(data, dir.resolve("straight"), four, false);
        train(data, dir.resolve("split"), generatorGuides(config(2)), false);
        GanTraining.Result resumed = train(data, dir.resolve("split"), four, true);
        assertEquals(losses(straight.metrics()), losses(resumed.metrics()));
        assertEquals("generator", Checkpoint.readMetadata(resumed.lastCheckpoint()).training().get("guide-source"));
        GanTraining.Result truth = train(data, dir.resolve("truth"), config(4)
                .with(TrainingConfig.GUIDE_PROBABILITY, 1.0), false);
        assertNotEquals(losses(truth.metrics()), losses(straight.metrics()));
    }

    private static TrainingConfig generatorGuides(TrainingConfig c) {
        return c.with(TrainingConfig.GUIDE_PROBABILITY, 1.0).with(TrainingConfig.GUIDE_SOURCE, GuideSource.GENERATOR);
    }

    @Test
    void theSameSeedGivesTheSameLosses(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        GanTraining.Result a = train(data, dir.resolve("a"), config(3), false);
        GanTraining.Result b = train(data, dir.resolve("b"), config(3), false);
        assertEquals(losses(a.metrics()), losses(b.metrics()));
        GanTraining.Result c = train(data, dir.resolve("c"), config(3).with(TrainingConfig.SEED, 43L), false);
        assertFalse(losses(a.metrics()).equals(losses(c.metrics())), "another seed should give other losses");
    }

    @Test
    void cancellingFinishesTheStepWritesACheckpointAndCanBeResumed(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        Path run = dir.resolve("run");
        CancellationToken token = CancellationToken.create();
        TrainingListener cancelAtThree = new TrainingListener() {
            @Override
            public void onStep(long step, long totalSteps) {
                if (step == 3) {
                    token.cancel();
                }
            }
        };
        TrainingConfig config = schedule(config(6), 1, 5, 10);
        InpaintingCancelledException e = assertThrows(InpaintingCancelledException.class,
                () -> GanTraining.builder().setDataFolder(data).setCheckpointFolder(run).optConfig(config)
                        .optListener(cancelAtThree).build().run(token));
        assertTrue(e.getMessage().contains("after step 3") && e.getMessage().contains("step-00000003"), e.getMessage());
        assertEquals(3, Checkpoint.readMetadata(CheckpointFolder.resolve(run)).step());

        GanTraining.Result resumed = train(data, run, config, true);
        assertEquals(6, resumed.step());
        assertEquals(List.of(run.resolve("step-00000003"), run.resolve("step-00000005"), run.resolve("step-00000006")),
                CheckpointFolder.checkpoints(run));
    }

    @Test
    void keepsTheNewestCheckpointsAndWritesMetricsAndTheirPlot(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("run");
        GanTraining.Result r = train(TinyGan.data(dir.resolve("data")), run,
                schedule(config(5), 1, 1, 2), false);
        assertEquals(List.of(run.resolve("step-00000004"), run.resolve("step-00000005")),
                CheckpointFolder.checkpoints(run));
        List<TrainingMetrics> rows = MetricsLog.read(run.resolve(GanTraining.METRICS_FILE));
        assertEquals(5, rows.size());
        assertTrue(rows.stream().allMatch(TrainingMetrics::hasValidation), rows.toString());
        assertEquals(r.metrics().size(), rows.size());
        assertTrue(Files.readString(run.resolve(GanTraining.METRICS_FILE)).startsWith(MetricsLog.HEADER + "\n"));
        BufferedImage plot = ImageIO.read(run.resolve(GanTraining.PLOT_FILE).toFile());
        assertEquals(900, plot.getWidth());
        assertEquals(880, plot.getHeight());
    }

    @Test
    void refusesToOverwriteARunWithoutResume(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        train(data, dir.resolve("run"), config(2), false);
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> train(data, dir.resolve("run"), config(4), false));
        assertTrue(e.getMessage().contains("up to step 2") && e.getMessage().contains("resume"), e.getMessage());
    }

    @Test
    void refusesToResumeWithAnotherBatchSize(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        train(data, dir.resolve("run"), config(2), false);
        TrainingConfig four = config(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> train(data, dir.resolve("run"), four.with(TrainingConfig.BATCH_SIZE, 4), true));
        assertTrue(e.getMessage().contains("batch-size (checkpoint 8, now 4)"), e.getMessage());
    }

    @Test
    void resumingWhereThereIsNoCheckpointIsRefused(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        Path typo = dir.resolve("rnu");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> train(data, typo, config(2), true));
        assertEquals(typo + ": no checkpoint to resume: the folder does not exist", e.getMessage());
        assertFalse(Files.exists(typo), "nothing is created");

        Path empty = Files.createDirectories(dir.resolve("empty"));
        e = assertThrows(NoSuchFileException.class, () -> train(data, empty, config(2), true));
        assertEquals(empty + ": no checkpoint to resume: the folder holds no complete step-NNNNNNNN checkpoint "
                + "(train without resume to start a new run)", e.getMessage());
        assertEquals(List.of(CheckpointLock.FILE), names(empty));
    }

    @Test
    void aCheckpointFolderInsideTheDataOrValidationFolderIsRefused(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        for (Path run : new Path[] {data.resolve("runs/mine"), data, dir.resolve("other/../data/run")}) {
            FileSystemException e = assertThrows(FileSystemException.class, () -> train(data, run, config(2), false));
            assertEquals(run + ": the checkpoint folder lies inside the data folder " + data + ", so the run's own "
                    + "pictures (loss-curve.png) would be read as data pictures; choose a checkpoint folder outside "
                    + data, e.getMessage());
        }
        assertFalse(Files.exists(data.resolve("runs")) || Files.exists(data.resolve("run")), "nothing is created");
        Path link = Files.createSymbolicLink(dir.resolve("link"), data);
        assertThrows(FileSystemException.class, () -> train(data, link.resolve("run"), config(2), false));

        Path validation = TinyGan.data(dir.resolve("held-out"));
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> GanTraining.builder().setDataFolder(data).setCheckpointFolder(validation.resolve("run"))
                        .optValidationFolder(validation).optConfig(config(2)).build().run(CancellationToken.NONE));
        assertTrue(e.getMessage().contains("lies inside the validation folder " + validation), e.getMessage());
    }

    @Test
    void aFileAsCheckpointFolderIsNamed(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        Path notes = Files.writeString(dir.resolve("run"), "notes");
        for (Path file : new Path[] {notes, data.resolve("flat00.png")}) {
            for (boolean resume : new boolean[] {false, true}) {
                FileSystemException e = assertThrows(FileSystemException.class,
                        () -> train(data, file, config(2), resume));
                assertEquals(file + ": is a file; the checkpoint folder must be a folder (it is created if missing)",
                        e.getMessage());
            }
        }
    }

    @Test
    void aFolderAnotherRunHoldsIsRefusedBeforeAnyWork(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        Path run = dir.resolve("run");
        train(data, run, config(2), false);
        CheckpointLock other = CheckpointLock.acquire(run);
        try (other) {
            for (boolean resume : new boolean[] {false, true}) {
                FileSystemException e = assertThrows(FileSystemException.class,
                        () -> train(data, run, config(4), resume));
                assertTrue(e.getMessage().startsWith(run + ": the checkpoint folder is in use by another training run"),
                        e.getMessage());
            }
            assertEquals(List.of(run.resolve("step-00000002")), CheckpointFolder.checkpoints(run));
        }
        assertEquals(4, train(data, run, config(4), true).step(), "the lock is released at the end of a run");
        assertEquals(6, train(data, run, config(6), true).step());
    }

    @Test
    void writtenFilesHaveThePermissionsOfAnyNewFile(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path run = dir.resolve("run");
        train(TinyGan.data(dir.resolve("data")), run, config(2), false);
        // What the user's umask gives a new file and folder, whatever it is.
        Set<PosixFilePermission> file = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        Set<PosixFilePermission> folder = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("plain-dir")));
        Path checkpoint = run.resolve("step-00000002");
        assertEquals(folder, Files.getPosixFilePermissions(checkpoint));
        for (Path p : new Path[] {run.resolve(GanTraining.METRICS_FILE), run.resolve(GanTraining.PLOT_FILE),
            run.resolve(CheckpointLock.FILE), checkpoint.resolve(Checkpoint.METADATA),
            checkpoint.resolve(CheckpointManifest.FILE), checkpoint.resolve("generator-0000.params"),
            checkpoint.resolve("generator-adam.ndlist")}) {
            assertEquals(PosixFilePermissions.toString(file), PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(p)), p.toString());
        }
    }

    @Test
    void leftoversOfAKilledRunAreCleanedUpOnTheNextRun(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        Path run = dir.resolve("run");
        train(data, run, config(2), false);
        // What a kill at various moments leaves behind:
        Files.writeString(run.resolve(".loss-curve.png.8251396.tmp"), "half a picture");
        Files.writeString(run.resolve(".metrics.csv.5518.tmp"), MetricsLog.HEADER);
        Path writing = Files.createDirectories(run.resolve(".step-00000004.70012"));
        Files.writeString(writing.resolve("generator-0000.params"), "DJL@ half");
        Path pruned = Files.createDirectories(run.resolve("step-00000001")); // an older version's half-done prune
        Files.copy(run.resolve("step-00000002").resolve(Checkpoint.METADATA), pruned.resolve(Checkpoint.METADATA));
        assertEquals(List.of(run.resolve("step-00000002")), CheckpointFolder.checkpoints(run));

        GanTraining.Result r = train(data, run, config(4), true);
        assertEquals(4, r.step());
        assertEquals(List.of(GanTraining.PLOT_FILE, GanTraining.METRICS_FILE, "step-00000002", "step-00000004",
                CheckpointLock.FILE), names(run));
    }

    @Test
    void anEmptyFolderIsAnError(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a picture");
        IOException e = assertThrows(IOException.class, () -> train(empty, dir.resolve("run"), config(2), false));
        assertTrue(e.getMessage().contains("no usable training picture in " + empty), e.getMessage());
        assertThrows(NoSuchFileException.class, () -> train(dir.resolve("missing"), dir.resolve("run"), config(2), false));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A metrics file written before the feature-loss column existed reads with 0 there. */
    @Test
    void anOlderMetricsFileStillReads(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("metrics.csv");
        Files.writeString(csv, "step,d_loss,g_adversarial_loss,g_l1_loss,images_per_second,validation_hole_psnr,"
                + "validation_texture_fidelity,baseline_hole_psnr,baseline_texture_fidelity\n"
                + "50,0.69,0.7,0.4,80.5,,,,\n100,0.68,0.71,0.35,81.0,30.5,0.6,35.3,0.39\n");
        List<TrainingMetrics> rows = MetricsLog.read(csv);
        assertEquals(2, rows.size());
        assertEquals(0.0, rows.get(0).generatorFeatureLoss());
        assertEquals(0.35, rows.get(1).generatorL1Loss());
        assertEquals(30.5, rows.get(1).validationHolePsnr());
        MetricsLog.write(rows, csv);
        assertEquals(rows, MetricsLog.read(csv));
    }
}
