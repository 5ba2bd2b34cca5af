package io.github.inpaint4j.cli;

import io.github.inpaint4j.CanvasExtension;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --left}, {@code --right}, {@code --top}, {@code --bottom}: the pixels {@code extend} and
 * {@code batch} add on each side, built from their declarations ({@link CanvasExtension#SETTINGS}).
 */
final class CanvasOptions {

    private CanvasOptions() {
    }

    /** Adds the four options to a command. */
    static CommandSpec add(CommandSpec command) {
        return SettingOptions.addAll(command, CanvasExtension.SETTINGS);
    }

    /**
     * The extension given, {@link CanvasExtension#none()} if no side is.
     *
     * @throws ParameterException naming the option for a side out of range
     */
    static CanvasExtension given(CommandSpec command) {
        return CanvasExtension.of(SettingOptions.given(command, CanvasExtension.SETTINGS));
    }

    /**
     * The extension given, at least one side.
     *
     * @throws ParameterException for a side out of range, or none given
     */
    static CanvasExtension required(CommandSpec command) {
        CanvasExtension extension = given(command);
        if (extension.isNone()) {
            throw new ParameterException(command.commandLine(), "give at least one of --left, --right, --top and"
                    + " --bottom (pixels to add on that side)");
        }
        return extension;
    }
}
