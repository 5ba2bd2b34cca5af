package io.github.inpaint4j.cli;

import io.github.inpaint4j.ProgressListener;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --no-progress}, shared by the commands that show a progress bar on stderr. */
final class ProgressOption {

    @Option(names = "--no-progress", description = "do not show a progress bar")
    boolean off;

    /** A bar on the command's stderr, or {@code null} with {@code --no-progress}; close it when the work ends. */
    ProgressBar open(CommandSpec spec, String label) {
        return off ? null : ProgressBar.onStderr(spec.commandLine().getErr(), label);
    }

    /** The listener to give the work: the bar, or nothing when there is none. */
    static ProgressListener listener(ProgressBar bar) {
        return bar == null ? ProgressListener.NONE : bar;
    }
}
