package io.github.inpaint4j.cli;

import io.github.inpaint4j.CanvasExtension;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --left}, {@code --right}, {@code --top}, {@code --bottom}: the pixels {@code extend} and {@code batch} add on each side. */
final class CanvasOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--left", paramLabel = "N", defaultValue = "0", description = "pixels added on the left (default: 0)")
    int left;

    @Option(names = "--right", paramLabel = "N", defaultValue = "0", description = "pixels added on the right (default: 0)")
    int right;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0", description = "pixels added at the top (default: 0)")
    int top;

    @Option(names = "--bottom", paramLabel = "N", defaultValue = "0",
            description = "pixels added at the bottom (default: 0)")
    int bottom;

    /**
     * The extension asked for.
     *
     * @throws ParameterException for a side out of range, or none given
     */
    CanvasExtension extension() {
        CanvasExtension extension = extensionOrNone();
        if (extension.isNone()) {
            throw new ParameterException(command.commandLine(), "give at least one of --left, --right, --top and"
                    + " --bottom (pixels to add on that side)");
        }
        return extension;
    }

    /**
     * The extension asked for, {@link CanvasExtension#none()} if no side is given.
     *
     * @throws ParameterException for a side out of range
     */
    CanvasExtension extensionOrNone() {
        try {
            return new CanvasExtension(left, right, top, bottom);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--" + e.getMessage(), e);
        }
    }
}
