package io.github.inpaint4j.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointFolder;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointManifest;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingListener;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A training run killed as {@code kill -9} does, in a JVM of its own, and the runs around it. */
class KilledTrainingTest {

    /** A checkpoint every step, pruned to two, for as long as it is let run. */
    private static TrainingConfig config(int steps) {
        return TinyGan.config(steps).withSchedule(new TrainingConfig.Schedule(steps, 50, 1, 2));
    }

    /** Trains {@code args[0]} into {@code args[1]} and prints a line per checkpoint until killed. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            GanTraining.builder().setDataFolder(Path.of(args[0])).setCheckpointFolder(Path.of(args[1]))
                    .optConfig(config(1_000_000)).optListener(new TrainingListener() {
                        @Override
                        public void onCheckpoint(Path folder, CheckpointMetadata metadata) {
                            System.out.println("checkpoint " + metadata.step());
                            System.out.flush();
                        }
                    }).build().run(CancellationToken.NONE);
        }
    }

    private static GanTraining.Result train(Path data, Path run, int steps, boolean resume) throws IOException {
        return GanTraining.builder().setDataFolder(data).setCheckpointFolder(run).optConfig(config(steps))
                .optResume(resume).build().run(CancellationToken.NONE);
    }

    @Test
    @Timeout(120) // a safety net should the child hang; nothing is timed
    void aRunningTrainingLocksItsFolderAndAfterAKillTheNextRunResumes(@TempDir Path dir) throws IOException {
        Path data = TinyGan.data(dir.resolve("data"));
        Path run = dir.resolve("run");
        try (ChildJvm child = ChildJvm.start(Child.class, dir.resolve("child.log"), data.toString(), run.toString())) {
            child.awaitLine("checkpoint 3"); // older checkpoints pruned, the next being written
            for (boolean resume : new boolean[] {true, false}) {
                FileSystemException e = assertThrows(FileSystemException.class, () -> train(data, run, 5, resume));
                assertTrue(e.getMessage().startsWith(run + ": the checkpoint folder is in use by another training run "
                        + "(process " + child.pid() + ", since "), e.getMessage());
            }
            child.kill();
        }
        long reached = Checkpoint.readMetadata(CheckpointFolder.resolve(run)).step();
        assertTrue(reached >= 3, "step " + reached);

        GanTraining.Result resumed = train(data, run, (int) reached + 2, true);
        assertEquals(reached + 2, resumed.step());
        List<Path> checkpoints = CheckpointFolder.checkpoints(run);
        assertEquals(List.of(run.resolve(CheckpointFolder.folderName(reached + 1)),
                run.resolve(CheckpointFolder.folderName(reached + 2))), checkpoints);
        try (Stream<Path> files = Files.list(run)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of(GanTraining.PLOT_FILE, GanTraining.METRICS_FILE,
                    CheckpointFolder.folderName(reached + 1), CheckpointFolder.folderName(reached + 2), "train.lock"),
                    names, "no leftover of the killed run");
        }
        for (Path c : checkpoints) {
            assertEquals(List.of(), CheckpointManifest.missingFiles(c));
        }
    }
}
