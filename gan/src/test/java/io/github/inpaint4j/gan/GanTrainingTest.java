package io.github.inpaint4j.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.gan.train.Checkpoint;
import io.github.inpaint4j.gan.train.CheckpointFolder;
import io.github.inpaint4j.gan.train.MetricsLog;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingListener;
import io.github.inpaint4j.gan.train.TrainingMetrics;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GanTrainingTest {

    private static TrainingConfig config(int steps) {
        return TinyGan.config(steps).toBuilder().optLogEvery(1).optCheckpointEvery(2).optKeep(10).build();
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

    @Test
    void theSameSeedGivesTheSameLosses(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        GanTraining.Result a = train(data, dir.resolve("a"), config(3), false);
        GanTraining.Result b = train(data, dir.resolve("b"), config(3), false);
        assertEquals(losses(a.metrics()), losses(b.metrics()));
        GanTraining.Result c = train(data, dir.resolve("c"), config(3).toBuilder().optSeed(43).build(), false);
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
        TrainingConfig config = config(6).toBuilder().optCheckpointEvery(5).build();
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
                config(5).toBuilder().optCheckpointEvery(1).optKeep(2).build(), false);
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
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> train(data, dir.resolve("run"), config(4).toBuilder().optBatchSize(4).build(), true));
        assertTrue(e.getMessage().contains("batchSize (checkpoint 8, now 4)"), e.getMessage());
    }

    @Test
    void anEmptyFolderIsAnError(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a picture");
        IOException e = assertThrows(IOException.class, () -> train(empty, dir.resolve("run"), config(2), false));
        assertTrue(e.getMessage().contains("no usable training picture in " + empty), e.getMessage());
        assertThrows(NoSuchFileException.class, () -> train(dir.resolve("missing"), dir.resolve("run"), config(2), false));
    }
}
