package io.github.inpaint4j.examples.cli;

import io.github.inpaint4j.io.AtomicFiles;
import io.github.inpaint4j.io.ImageFormat;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks an output picture before any work is done. */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * Fails unless {@code output} has a supported extension (a usage error) and can be written: its
     * folder exists and is writable, and it does not exist yet unless {@code force}.
     */
    static void check(CommandLine cli, Path output, boolean force) throws IOException {
        try {
            ImageFormat.fromFileName(output);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, e.getMessage());
        }
        try {
            AtomicFiles.checkWritable(output, force);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(output.toString(), null,
                    "output file exists (use --force to overwrite it)");
        }
    }
}
