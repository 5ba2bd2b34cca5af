package io.github.inpaint4j.cli;

import io.github.inpaint4j.io.ImageFormat;
import io.github.inpaint4j.io.OutputGuard;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** Checks an output picture before any work is done. */
final class OutputFile {

    /** The option that names the output; every other file option of the command is an input. */
    private static final String OUTPUT_OPTION = "--output";

    private OutputFile() {
    }

    /**
     * Fails unless {@code output} has a supported extension (a usage error) and can be written: its
     * folder exists and is writable, it is not a folder, it does not exist yet unless {@code force},
     * and it is none of the files the command reads (every other file option given: {@code --image},
     * {@code --mask}, {@code --sample} ...), whatever {@code force} says.
     */
    static void check(CommandLine cli, Path output, boolean force) throws IOException {
        try {
            ImageFormat.fromFileName(output);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, e.getMessage());
        }
        try {
            OutputGuard.check(output, force, inputs(cli));
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(output.toString(), null,
                    "output file exists (use --force to overwrite it)");
        }
    }

    /** The values of the file options given, but the output's. */
    static List<Path> inputs(CommandLine cli) {
        return cli.getParseResult().matchedOptions().stream()
                .filter(option -> !option.longestName().equals(OUTPUT_OPTION))
                .map(OptionSpec::getValue)
                .filter(Path.class::isInstance)
                .map(Path.class::cast)
                .toList();
    }
}
