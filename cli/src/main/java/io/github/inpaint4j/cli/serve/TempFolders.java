package io.github.inpaint4j.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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

    /** Deletes a folder and everything in it, if it is there. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
            deepestFirst.forEach(TempFolders::delete);
        } catch (IOException e) {
            LOG.warn("cannot delete the temporary folder {}: {}", folder, e.toString());
        }
    }
}
