package io.github.inpaint4j.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes (FIFOs) fed by a thread, standing for {@code <(cat picture.png)} in tests. */
public final class NamedPipes {

    private NamedPipes() {
    }

    /**
     * Creates a named pipe at {@code path} and starts writing {@code bytes} into it, which happens
     * once a reader opens it; a reader that stops early is fine. The test is skipped where
     * {@code mkfifo} is missing.
     */
    public static Path feeding(Path path, byte[] bytes) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e.getMessage());
            throw e;
        }
        p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        Thread writer = new Thread(() -> {
            try {
                Files.write(path, bytes);
            } catch (IOException e) {
                // the reader closed the pipe before the end (a refused picture)
            }
        }, "pipe-writer");
        writer.setDaemon(true);
        writer.start();
        return path;
    }
}
