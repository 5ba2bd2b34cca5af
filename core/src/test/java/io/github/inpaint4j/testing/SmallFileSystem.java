package io.github.inpaint4j.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A tiny tmpfs mounted on a test's folder, to fill the disk for real. Mounting needs root (and a
 * sandbox that allows it); where it is refused the test is skipped, not failed. Close to unmount.
 */
public final class SmallFileSystem implements AutoCloseable {

    private final Path mountPoint;

    private SmallFileSystem(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /**
     * Mounts a tmpfs of {@code kibibytes} KiB on the new folder {@code mountPoint}.
     *
     * @throws org.opentest4j.TestAbortedException (the test is skipped) if mounting is not allowed here
     */
    public static SmallFileSystem mount(Path mountPoint, int kibibytes) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + kibibytes + "k", "tmpfs", mountPoint.toString()),
                "cannot mount a tmpfs here (needs root)");
        return new SmallFileSystem(mountPoint);
    }

    /** The folder the file system is mounted on. */
    public Path root() {
        return mountPoint;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!run("umount", mountPoint.toString())) {
                throw new IOException("cannot unmount the test tmpfs at " + mountPoint);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unmounting the test tmpfs at " + mountPoint, e);
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
