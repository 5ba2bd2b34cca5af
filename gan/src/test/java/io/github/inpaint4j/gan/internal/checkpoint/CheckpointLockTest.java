package io.github.inpaint4j.gan.internal.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.gan.ChildJvm;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CheckpointLockTest {

    /** Holds the lock of the folder {@code args[0]} until killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            try (CheckpointLock lock = CheckpointLock.acquire(Path.of(args[0]))) {
                System.out.println("locked " + lock.folder());
                System.out.flush();
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            }
        }
    }

    @Test
    void aSecondLockIsRefusedAtOnceUntilTheFirstIsReleased(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("runs/mine");
        try (CheckpointLock lock = CheckpointLock.acquire(run)) {
            assertEquals(run, lock.folder());
            assertTrue(Files.isDirectory(run), "the folder is created");
            assertTrue(Files.readString(run.resolve(CheckpointLock.FILE))
                    .startsWith("process " + ProcessHandle.current().pid() + ", since "));
            FileSystemException e = assertThrows(FileSystemException.class, () -> CheckpointLock.acquire(run));
            assertEquals(run + ": the checkpoint folder is in use by another training run (process "
                    + ProcessHandle.current().pid() + ", this one); wait for it to end, or train into another folder",
                    e.getMessage());
            assertThrows(FileSystemException.class, () -> CheckpointLock.acquire(dir.resolve("runs/../runs/mine")),
                    "another spelling of the same folder");
        }
        CheckpointLock.acquire(run).close();
        assertTrue(Files.exists(run.resolve(CheckpointLock.FILE)), "the lock file stays; its OS lock is what counts");
    }

    @Test
    void aFileIsNoCheckpointFolder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("run.png"), "a picture");
        FileSystemException e = assertThrows(FileSystemException.class, () -> CheckpointLock.acquire(file));
        assertEquals(file + ": is a file; the checkpoint folder must be a folder (it is created if missing)",
                e.getMessage());
        e = assertThrows(FileSystemException.class, () -> CheckpointLock.acquire(file.resolve("run")));
        assertEquals(file.resolve("run") + ": " + file + " is a file, so the checkpoint folder cannot be created in it",
                e.getMessage());
    }

    @Test
    @Timeout(60) // a safety net should the child hang; nothing is timed
    void anotherProcessIsRefusedAndItsLockEndsWhenItIsKilled(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("run");
        try (ChildJvm child = ChildJvm.start(Holder.class, dir.resolve("child.log"), run.toString())) {
            child.awaitLine("locked");
            FileSystemException e = assertThrows(FileSystemException.class, () -> CheckpointLock.acquire(run));
            assertTrue(e.getMessage().startsWith(run + ": the checkpoint folder is in use by another training run "
                    + "(process " + child.pid() + ", since "), e.getMessage());
            child.kill();
        }
        try (CheckpointLock lock = CheckpointLock.acquire(run)) {
            assertEquals(run, lock.folder());
        }
    }
}
