package io.github.inpaint4j.gan.internal.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/**
 * The exclusive right of one training run to write a checkpoint folder, held from the start of the
 * run to its end: an operating-system lock on the file {@value #FILE} in the folder.
 *
 * <p>The operating system releases the lock when the process ends, however it ends (a crash,
 * {@code kill -9}, a power cut), so a lock left by a dead run never blocks the next one and no
 * process id has to be guessed at. The file itself stays in the folder: deleting it would let two
 * runs lock two different files of the same name. What it contains (the holder's process id and
 * start time) is only quoted in the refusal message.
 *
 * <p>Locks held by this JVM are also tracked in memory, so that a second attempt from the same
 * process is refused without opening the file a second time: on POSIX systems closing any channel
 * of a file drops every lock the process holds on it. Thread-safe.
 */
public final class CheckpointLock implements AutoCloseable {

    /** The lock file in the checkpoint folder. */
    public static final String FILE = "train.lock";

    /** Real paths of the folders this JVM holds. */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path folder;
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private CheckpointLock(Path folder, Path key, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates {@code folder} if needed and locks it, refusing at once if another run holds it.
     *
     * @throws FileSystemException naming the folder if it (or one of its parents) is a file, or if
     *     another training run holds it (the message names that run's process when it can), or if
     *     its file system cannot lock files
     */
    public static CheckpointLock acquire(Path folder) throws IOException {
        createFolder(folder);
        Path key = folder.toRealPath();
        synchronized (HELD) {
            if (!HELD.add(key)) {
                throw inUse(folder, "process " + ProcessHandle.current().pid() + ", this one");
            }
        }
        try {
            return lock(folder, key);
        } catch (IOException | RuntimeException e) {
            release(key);
            throw e;
        }
    }

    private static CheckpointLock lock(Path folder, Path key) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held through another class loader of this JVM
            } catch (IOException e) {
                throw new FileSystemException(folder.toString(), null, "cannot lock " + FILE + " (" + e.getMessage()
                        + "); the checkpoint folder must be on a file system that supports file locks");
            }
            if (lock == null) {
                throw inUse(folder, holder(channel));
            }
            String holder = "process " + ProcessHandle.current().pid() + ", since "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            return new CheckpointLock(folder, key, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileSystemException inUse(Path folder, String holder) {
        return new FileSystemException(folder.toString(), null, "the checkpoint folder is in use by another training "
                + "run (" + holder + "); wait for it to end, or train into another folder");
    }

    /** What the holder wrote into the lock file, or a plain phrase if it cannot be read. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(200);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            String line = text.lines().findFirst().orElse("").strip();
            return line.isEmpty() ? "another process" : line;
        } catch (IOException e) {
            return "another process"; // Windows forbids reading a locked region
        }
    }

    /** Creates the folder, naming the file that is in the way when a path element is not a folder. */
    private static void createFolder(Path folder) throws IOException {
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new FileSystemException(folder.toString(), null, p.equals(folder.toAbsolutePath())
                        ? "is a file; the checkpoint folder must be a folder (it is created if missing)"
                        : p + " is a file, so the checkpoint folder cannot be created in it");
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new FileSystemException(folder.toString(), null, "cannot be created: " + e.getFile()
                    + " is in the way and is not a folder");
        }
    }

    private static void release(Path key) {
        synchronized (HELD) {
            HELD.remove(key);
        }
    }

    /** The folder locked. */
    public Path folder() {
        return folder;
    }

    /** Releases the lock (a second call does nothing); the lock file stays. */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } finally {
            channel.close();
            release(key);
        }
    }
}
