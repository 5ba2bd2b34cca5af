package io.github.inpaint4j.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Refuses to write an output over one of the inputs of the same run, whatever asked to overwrite:
 * a result written over its own picture or mask destroys the original. The same file is found
 * whatever its spelling ({@code ./../dir/in.png}), through symbolic links, and as a hard link (the
 * file system's identity of the file, {@link Files#isSameFile}).
 */
public final class OutputGuard {

    private OutputGuard() {
    }

    /**
     * Checks before any work that {@code output} can be written ({@link AtomicFiles#checkWritable})
     * and is none of {@code inputs}.
     *
     * @throws FileSystemException as {@link AtomicFiles#checkWritable}, or naming both files if the
     *     output is an input
     */
    public static void check(Path output, boolean overwrite, Collection<Path> inputs) throws IOException {
        requireNotInput(output, inputs);
        AtomicFiles.checkWritable(output, overwrite);
    }

    /**
     * Fails if {@code output} is the same file as one of {@code inputs}. An input or output that
     * does not exist is no conflict (nothing of the input can be lost).
     *
     * @throws FileSystemException naming the output and the input it is
     */
    public static void requireNotInput(Path output, Collection<Path> inputs) throws IOException {
        if (!Files.exists(output)) {
            return;
        }
        for (Path input : inputs) {
            if (Files.exists(input) && Files.isSameFile(output, input)) {
                throw new FileSystemException(output.toString(), input.toString(), "is the same file as the input "
                        + input + "; an input is never overwritten, even when overwriting is asked");
            }
        }
    }
}
