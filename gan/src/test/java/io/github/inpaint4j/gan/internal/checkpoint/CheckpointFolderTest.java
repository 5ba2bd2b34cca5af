package io.github.inpaint4j.gan.internal.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.gan.checkpoint.CheckpointException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint folder's bookkeeping on plain files: which checkpoints count, pruning, leftovers of a killed run. */
class CheckpointFolderTest {

    /** A complete checkpoint of {@code step} with a file list, its files holding placeholder text. */
    private static Path checkpoint(Path root, long step) throws IOException {
        Path c = Files.createDirectories(root.resolve(CheckpointFolder.folderName(step)));
        for (String file : CheckpointManifest.LEGACY_FILES) {
            Files.writeString(c.resolve(file), file);
        }
        CheckpointManifest.write(c);
        return c;
    }

    private static List<String> names(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCheckpointCountsOnlyWithEveryFileItLists(@TempDir Path root) throws IOException {
        Path two = checkpoint(root, 2);
        Path four = checkpoint(root, 4);
        Files.delete(four.resolve("discriminator-adam.ndlist"));
        assertEquals(List.of(two), CheckpointFolder.checkpoints(root));
        assertEquals(two, CheckpointFolder.resolve(root));
    }

    @Test
    void aFolderHalfDeletedByAnOlderPruneIsNoCheckpointAndThePruneAfterRemovesIt(@TempDir Path root)
            throws IOException {
        // An older version deleted the files in reverse name order: checkpoint.json went last.
        Path half = Files.createDirectories(root.resolve(CheckpointFolder.folderName(1)));
        Files.writeString(half.resolve(Checkpoint.METADATA), "{}");
        checkpoint(root, 2);
        checkpoint(root, 3);
        assertEquals(List.of(root.resolve("step-00000002"), root.resolve("step-00000003")),
                CheckpointFolder.checkpoints(root));
        CheckpointFolder.removeLeftovers(root); // older than the newest complete one: ignored, kept
        assertTrue(Files.exists(half));
        CheckpointFolder.prune(root, 2);
        assertEquals(List.of("step-00000002", "step-00000003"), names(root));
    }

    @Test
    void pruningDeletesTheOldestAndLeavesNoCheckpointLookalike(@TempDir Path root) throws IOException {
        for (long step = 1; step <= 4; step++) {
            checkpoint(root, step);
        }
        CheckpointFolder.prune(root, 2);
        assertEquals(List.of("step-00000003", "step-00000004"), names(root));
    }

    @Test
    void leftoversOfAKilledRunAreDeletedAndNothingElse(@TempDir Path root) throws IOException {
        checkpoint(root, 2);
        Path writing = Files.createDirectories(root.resolve(".step-00000004.8412907761"));
        Files.writeString(writing.resolve("generator-0000.params"), "half");
        Files.createDirectories(root.resolve(".step-00000001.deleted"));
        Files.writeString(root.resolve(".loss-curve.png.1234567.tmp"), "half a picture");
        Files.writeString(root.resolve(".metrics.csv.98765.tmp"), "step,d_loss");
        Files.writeString(root.resolve("metrics.csv"), "step,d_loss\n");
        Files.writeString(root.resolve(CheckpointLock.FILE), "process 1\n");
        Files.writeString(root.resolve(".notes.txt.1.tmp"), "the user's");
        CheckpointFolder.removeLeftovers(root);
        assertEquals(List.of(".notes.txt.1.tmp", "metrics.csv", "step-00000002", CheckpointLock.FILE), names(root));
    }

    @Test
    void anIncompleteFolderNewerThanEveryCheckpointIsRefused(@TempDir Path root) throws IOException {
        checkpoint(root, 2);
        Path later = checkpoint(root, 6);
        Files.delete(later.resolve("generator-0000.params"));
        CheckpointException e = assertThrows(CheckpointException.class, () -> CheckpointFolder.removeLeftovers(root));
        assertEquals("bad checkpoint " + later + ": it is an incomplete checkpoint (generator-0000.params missing) "
                + "newer than every complete one; training would collide with it: move or delete it", e.getMessage());
        assertTrue(Files.exists(later.resolve(Checkpoint.METADATA)), "nothing of it is deleted");
        assertFalse(CheckpointFolder.checkpoints(root).contains(later));
    }
}
