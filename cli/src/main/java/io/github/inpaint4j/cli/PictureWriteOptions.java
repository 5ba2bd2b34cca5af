package io.github.inpaint4j.cli;

import io.github.inpaint4j.io.BitDepth;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.WriteOptions;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --depth}, {@code --strip-metadata} and {@code --jpeg-quality}, the options of the commands
 * that write a filled picture back, and the {@link WriteOptions} they give: by default the output
 * keeps the input's depth (8, 16 bits or 32-bit float, as far as its format holds it) and its EXIF,
 * ICC profile and XMP.
 */
final class PictureWriteOptions {

    /** The command that uses this mixin, for its usage errors. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--depth", paramLabel = "BITS",
            description = "bits a sample of the output: 8, 16 (.png, .tif) or 32 (float, .tif); default: the"
                    + " input's, as far as the output's format holds it")
    Integer depth;

    @Option(names = "--strip-metadata",
            description = "write no EXIF, ICC profile or XMP (by default the output keeps the input's)")
    boolean stripMetadata;

    @Option(names = "--jpeg-quality", paramLabel = "Q", defaultValue = "" + WriteOptions.DEFAULT_JPEG_QUALITY,
            description = "quality of a JPEG output, in (0, 1] (default: ${DEFAULT-VALUE})")
    float jpegQuality;

    /**
     * The write options of the command line, checked against {@code output}'s format when it is known.
     *
     * @param output the output file, or {@code null} (a folder of outputs)
     * @throws ParameterException naming the option if a value is out of range or the format cannot hold the depth
     */
    WriteOptions writeOptions(Path output) {
        WriteOptions options;
        try {
            options = WriteOptions.defaults().withKeepMetadata(!stripMetadata).withJpegQuality(jpegQuality);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--jpeg-quality: " + e.getMessage(), e);
        }
        if (depth != null) {
            try {
                options = options.withDepth(BitDepth.ofBits(depth));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), "--depth: " + e.getMessage(), e);
            }
        }
        if (output != null) {
            try {
                ImageFiles.checkWritable(output, options);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), "--depth: " + e.getMessage(), e);
            }
        }
        return options;
    }
}
