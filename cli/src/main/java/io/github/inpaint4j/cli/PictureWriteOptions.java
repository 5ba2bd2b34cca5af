package io.github.inpaint4j.cli;

import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.WriteOptions;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --depth}, {@code --strip-metadata} and {@code --jpeg-quality}, the options of the commands
 * that write a filled picture back, built from their declarations ({@link WriteOptions#SETTINGS}), and
 * the {@link WriteOptions} they give: by default the output keeps the input's depth (8, 16 bits or
 * 32-bit float, as far as its format holds it) and its EXIF, ICC profile and XMP.
 */
final class PictureWriteOptions {

    private PictureWriteOptions() {
    }

    /** Adds the three options to a command. */
    static CommandSpec add(CommandSpec command) {
        return SettingOptions.addAll(command, WriteOptions.SETTINGS);
    }

    /**
     * The write options given, checked against {@code output}'s format.
     *
     * @param output the output file, its extension already checked ({@link OutputFile#check})
     * @throws ParameterException naming the option if a value is refused or the format cannot hold the depth
     */
    static WriteOptions given(CommandSpec command, Path output) {
        WriteOptions options = WriteOptions.of(SettingOptions.given(command, WriteOptions.SETTINGS));
        try {
            ImageFiles.checkWritable(output, options);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--" + WriteOptions.DEPTH.name() + ": "
                    + e.getMessage(), e);
        }
        return options;
    }
}
