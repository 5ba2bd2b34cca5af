package io.github.inpaint4j.cli;

import io.github.inpaint4j.io.ReadOptions;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --max-pixels}, the option of every command that reads pictures, and the
 * {@link ReadOptions} it gives: that limit, orientation applied, and read warnings printed on
 * stderr as {@code inpaint: warning: …} lines instead of log lines.
 */
final class PictureReadOptions {

    /** The command that uses this mixin, for its stderr and usage errors. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--max-pixels", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_PIXELS,
            description = "refuse pictures of more than N pixels (width × height), checked before decoding"
                    + " (default: ${DEFAULT-VALUE}; at most " + ReadOptions.LARGEST_MAX_PIXELS + ")")
    long maxPixels;

    /**
     * The read options of the command line.
     *
     * @throws ParameterException if {@code --max-pixels} is out of range
     */
    ReadOptions readOptions() {
        PrintWriter err = command.commandLine().getErr();
        try {
            return ReadOptions.defaults().withMaxPixels(maxPixels).withWarnings(warning -> {
                err.println("inpaint: warning: " + warning);
                err.flush();
            });
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--max-pixels: " + e.getMessage(), e);
        }
    }
}
