package io.github.inpaint4j.gan.internal;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that a run's output folder does not lie inside one of its input folders, where the run
 * would read its own files (its loss-curve picture) as pictures. Paths are compared where they
 * really are: relative spellings, {@code ..} and symbolic links are resolved first.
 */
public final class FolderLayout {

    private FolderLayout() {
    }

    /**
     * @param output the folder written, which need not exist yet; nothing is checked if it is a
     *     file (creating the folder reports that, the plainer mistake)
     * @param input the folder of pictures read; nothing is checked if it does not exist (reading
     *     it reports that)
     * @param role what the input folder is, for the message ("data")
     * @throws FileSystemException naming both folders if {@code output} is {@code input} or lies
     *     inside it
     */
    public static void requireOutside(Path output, Path input, String role) throws IOException {
        if (!Files.isDirectory(input) || Files.isRegularFile(output)) {
            return;
        }
        if (realLocation(output).startsWith(input.toRealPath())) {
            throw new FileSystemException(output.toString(), null, "the checkpoint folder lies inside the " + role
                    + " folder " + input + ", so the run's own pictures (loss-curve.png) would be read as " + role
                    + " pictures; choose a checkpoint folder outside " + input);
        }
    }

    /** The real path of {@code path}'s nearest existing ancestor, followed by the rest of {@code path}. */
    static Path realLocation(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        while (!Files.exists(existing)) {
            existing = existing.getParent(); // the root always exists
        }
        return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    }
}
