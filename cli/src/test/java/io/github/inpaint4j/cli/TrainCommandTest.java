package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.gan.GanTraining;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.data.MaskMix;
import io.github.inpaint4j.gan.model.Bottleneck;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import io.github.inpaint4j.gan.model.GeneratorConfig;
import io.github.inpaint4j.gan.model.ModelDescription;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingListener;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    private static final String[] TINY = {"--size", "16", "--batch", "4", "--width", "8", "--depth", "2",
        "--d-width", "8", "--d-layers", "2", "--threads", "1", "--log-every", "1", "--no-progress"};

    @TempDir
    Path dir;

    Path data;
    Path run;

    @BeforeEach
    void pictures() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        for (int i = 0; i < 4; i++) {
            ImageFiles.write(i % 2 == 0 ? SyntheticImages.gradient(24, 20) : SyntheticImages.stripes(24, 20, 4 + i),
                    data.resolve("p" + i + ".png"), false);
        }
        run = dir.resolve("run");
    }

    private CliRun train(String... extra) {
        String[] base = {"train", "--data", data.toString(), "--checkpoint", run.toString()};
        String[] args = new String[base.length + TINY.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(TINY, 0, args, base.length, TINY.length);
        System.arraycopy(extra, 0, args, base.length + TINY.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void trainsResumesAndFillsWithTheCheckpoint() throws IOException {
        CliRun first = train("--steps", "2");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("trained to step 2"), first.out());
        assertTrue(Files.isDirectory(run.resolve("step-00000002")));
        assertTrue(Files.exists(run.resolve("metrics.csv")) && Files.exists(run.resolve("loss-curve.png")));

        CliRun again = train("--steps", "3");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("already holds checkpoints up to step 2; resume"), again.err());

        CliRun resumed = CliRun.of("train", "--data", data.toString(), "--checkpoint", run.toString(), "--resume",
                "--steps", "3", "--no-progress");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("trained to step 3"), resumed.out());

        Path image = dir.resolve("in.png");
        Path mask = dir.resolve("mask.png");
        Path output = dir.resolve("out.png");
        ImageFiles.write(SyntheticImages.gradient(40, 30), image, false);
        ImageFiles.writeMask(Mask.fromRectangles(40, 30, new Rect(10, 8, 9, 7)), mask, false);
        CliRun fill = CliRun.of("fill", "--method", "gan", "--checkpoint", run.toString(), "--image", image.toString(),
                "--mask", mask.toString(), "--output", output.toString(), "--no-progress", "--threads", "1");
        assertEquals(0, fill.exitCode(), fill.err());
        assertTrue(fill.out().contains("filled 63 hole pixels with gan"), fill.out());
        InpainterContractTest.assertKnownPixelsUnchanged(ImageFiles.read(image),
                ImageFiles.readMask(mask, MaskRule.nonZero()), ImageFiles.read(output));
    }

    @Test
    void resumingWithAnotherArchitectureIsRefused() {
        assertEquals(0, train("--steps", "1").exitCode());
        CliRun run2 = CliRun.of("train", "--data", data.toString(), "--checkpoint", run.toString(), "--resume",
                "--steps", "2", "--width", "12", "--no-progress");
        assertEquals(1, run2.exitCode());
        assertTrue(run2.err().contains("different generator"), run2.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun badLoss = train("--generator-loss", "hinge");
        assertEquals(2, badLoss.exitCode());
        assertTrue(badLoss.err().contains("--generator-loss must be non_saturating or saturating, got 'hinge'"),
                badLoss.err());
        CliRun badSize = CliRun.of("train", "--data", data.toString(), "--checkpoint", run.toString(), "--size", "4");
        assertEquals(2, badSize.exitCode());
        assertTrue(badSize.err().contains("cropSize must be in [8, 1024], got 4"), badSize.err());
    }

    @Test
    void theMaskMixGuidesAndBottleneckReachTheCheckpoint() throws IOException {
        CliRun r = train("--steps", "1", "--masks", "wide=2,text=1", "--guide-probability", "0.5", "--bottleneck",
                "residual", "--blocks", "2", "--seed", "7");
        assertEquals(0, r.exitCode(), r.err());
        CheckpointMetadata metadata = CheckpointSource.folder(run.resolve("step-00000001")).metadata();
        TrainingConfig stored = TrainingConfig.fromSettings(metadata.model(), metadata.training());
        assertEquals(7, stored.seed());
        assertEquals(new MaskMix(0, 0, 2, 0, 1), stored.data().masks());
        assertEquals(0.5, stored.data().guideProbability());
        assertEquals(Bottleneck.RESIDUAL, stored.model().generator().bottleneck());
        assertEquals(2, stored.model().generator().blocks());
        String csv = Files.readString(run.resolve("metrics.csv"));
        assertTrue(csv.lines().skip(1).allMatch(l -> !l.endsWith(",,,,")), "Telea's scores beside the GAN's:\n" + csv);
        CliRun bad = train("--steps", "1", "--masks", "squares=1");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("'squares=1'"), bad.err());
        CliRun badBottleneck = train("--steps", "1", "--bottleneck", "wide");
        assertEquals(2, badBottleneck.exitCode());
        assertTrue(badBottleneck.err().contains("--bottleneck must be dilated, residual or fourier, got 'wide'"),
                badBottleneck.err());
    }

    /** {@code --init default} fine-tunes the shipped model: its networks, its crop size, its weights. */
    @Test
    void initDefaultFineTunesTheShippedModel() throws IOException {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        for (int i = 0; i < 2; i++) {
            ImageFiles.write(SyntheticImages.noise(96, 80, i), photos.resolve("n" + i + ".png"), false);
        }
        CliRun r = CliRun.of("train", "--data", photos.toString(), "--checkpoint", run.toString(), "--init", "default",
                "--steps", "1", "--batch", "2", "--threads", "1", "--validation-fraction", "0", "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
        ModelDescription shipped = CheckpointSource.defaultModel().metadata().model();
        assertEquals(shipped, CheckpointSource.find(run).metadata().model());
        CliRun other = CliRun.of("train", "--data", photos.toString(), "--checkpoint", dir.resolve("other").toString(),
                "--init", "default", "--width", "12", "--steps", "1", "--no-progress");
        assertEquals(1, other.exitCode());
        assertTrue(other.err().contains("cannot fine-tune the default model"), other.err());
    }

    @Test
    void anEmptyFolderFailsWithOneLine() throws IOException {
        data = Files.createDirectories(dir.resolve("empty"));
        CliRun r = train("--steps", "1");
        assertEquals(1, r.exitCode());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("no usable training picture in " + data), r.err());
    }

    @Test
    void aFolderInUseAWrongFolderAndNothingToResumeFailWithOneLine() throws Exception {
        // another training run into the same folder, held after its first step until the command has run
        CountDownLatch stepped = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TrainingConfig d = TrainingConfig.defaults();
        TrainingConfig tiny = d.withModel(new ModelDescription(16, GeneratorConfig.defaults().withWidth(8).withDepth(2),
                new DiscriminatorConfig(8, 2))).withData(d.data().withBatchSize(4)).withSteps(2).withThreads(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<GanTraining.Result> other = pool.submit(() -> GanTraining.builder().setDataFolder(data)
                    .setCheckpointFolder(run).optConfig(tiny).optListener(new TrainingListener() {
                        @Override
                        public void onStep(long step, long totalSteps) {
                            stepped.countDown();
                            try {
                                release.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                    }).build().run(CancellationToken.NONE));
            assertTrue(stepped.await(5, TimeUnit.MINUTES), "the other run trains");
            CliRun locked = train("--steps", "1");
            release.countDown();
            assertEquals(1, locked.exitCode());
            assertEquals("inpaint: error: " + run + ": the checkpoint folder is in use by another training run "
                    + "(process " + ProcessHandle.current().pid() + ", this one); wait for it to end, or train into "
                    + "another folder",
                    locked.err().strip());
            assertEquals(2, other.get().step());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        CliRun notAFolder = CliRun.of("train", "--data", data.toString(), "--checkpoint", file.toString(), "--steps", "1");
        assertEquals(1, notAFolder.exitCode());
        assertEquals("inpaint: error: " + file + ": is a file; the checkpoint folder must be a folder (it is created "
                + "if missing)", notAFolder.err().strip());

        Path typo = dir.resolve("rnu");
        CliRun nothing = CliRun.of("train", "--data", data.toString(), "--checkpoint", typo.toString(), "--resume",
                "--steps", "1", "--no-progress");
        assertEquals(1, nothing.exitCode());
        assertEquals("inpaint: error: " + typo + ": no checkpoint to resume: the folder does not exist",
                nothing.err().strip());

        Path inside = data.resolve("run");
        CliRun own = CliRun.of("train", "--data", data.toString(), "--checkpoint", inside.toString(), "--steps", "1");
        assertEquals(1, own.exitCode());
        assertEquals(1, own.errLines(), own.err());
        assertTrue(own.err().contains(inside + ": the checkpoint folder lies inside the data folder " + data),
                own.err());
    }

    @Test
    void ganWithoutACheckpointIsTheDefaultModelAndTeleaRefusesOne() throws IOException {
        Path image = dir.resolve("in.png");
        Path mask = dir.resolve("mask.png");
        ImageFiles.write(SyntheticImages.gradient(20, 20), image, false);
        ImageFiles.writeMask(Mask.fromRectangles(20, 20, new Rect(5, 5, 4, 4)), mask, false);
        String out = dir.resolve("out.png").toString();
        CliRun byDefault = CliRun.of("fill", "--method", "gan", "--image", image.toString(), "--mask",
                mask.toString(), "--output", out, "--threads", "1", "--no-progress");
        assertEquals(0, byDefault.exitCode(), byDefault.err());
        InpainterContractTest.assertKnownPixelsUnchanged(ImageFiles.read(image),
                Mask.fromRectangles(20, 20, new Rect(5, 5, 4, 4)), ImageFiles.read(Path.of(out)));
        Files.delete(Path.of(out));
        CliRun teleaWithCheckpoint = CliRun.of("fill", "--method", "telea", "--checkpoint", dir.toString(), "--image",
                image.toString(), "--mask", mask.toString(), "--output", out);
        assertEquals(2, teleaWithCheckpoint.exitCode());
        assertTrue(teleaWithCheckpoint.err().contains("--checkpoint does not apply to method telea"),
                teleaWithCheckpoint.err());
        CliRun missing = CliRun.of("fill", "--method", "gan", "--checkpoint", dir.resolve("none").toString(), "--image",
                image.toString(), "--mask", mask.toString(), "--output", out);
        assertEquals(1, missing.exitCode());
        assertEquals("inpaint: error: " + dir.resolve("none") + ": no checkpoint here", missing.err().strip());
    }
}
