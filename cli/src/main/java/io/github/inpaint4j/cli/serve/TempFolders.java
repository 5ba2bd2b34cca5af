package io.github.inpaint4j.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removal of the server's own temporary files; a failure is logged, never thrown (it must not fail a request). */
final class TempFolders {

    private static final Logger LOG = LoggerFactory.getLogger(TempFolders.class);

    private TempFolders() {
    }

    /** Deletes a file if it is there. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete the temporary file {}: {}", file, e.toString());
        }
    }

    /**
     * Deletes a folder and everything in it, if it is there. A job's own clean-up may delete its
     * files at the same time (closing the server while a fill ends): a file that vanishes during the
     * walk is already gone, not an error.
     */
    static void deleteTree(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) {
                    delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // the folder itself is already gone
        } catch (IOException e) {
            LOG.warn("cannot delete the temporary folder {}: {}", folder, e.toString());
        }
    }
}
