package io.github.inpaint4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inpaint extend}: outpainting. Adds pixels on the sides of a picture and fills them with one
 * method, as holes that touch the border; a mask may also name holes of the picture itself.
 */
@Command(name = "extend", sortOptions = false, usageHelpAutoWidth = true, modelTransformer = ExtendCommand.Options.class,
        description = {"Extend the canvas of a picture: add pixels on its sides and fill them with a method"
                + " (outpainting). The picture's own pixels are kept; --mask may also name holes to fill in it."})
final class ExtendCommand implements Callable<Integer> {

    /** Adds the four sides, then {@code fill}'s own options and the methods'. */
    static final class Options implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            return new FillCommand.Options().transform(CanvasOptions.add(command));
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--method", required = true, paramLabel = "NAME",
            description = "the method (see `inpaint methods`): telea, efros-leung, criminisi, patchmatch, gan")
    String method;

    @Option(names = "--image", required = true, paramLabel = "FILE", description = "picture to extend (PNG, JPEG, BMP, GIF, TIFF)")
    Path image;

    @Option(names = "--mask", paramLabel = "FILE", description = "holes of the picture to fill as well, same size as the picture")
    Path mask;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "result (.png, .jpg, .bmp, .tif); it keeps the picture's depth and metadata")
    Path output;

    @Mixin
    SeedOption seed;

    @Mixin
    ForceOption force;

    @Mixin
    ProgressOption progress;

    @Mixin
    PictureReadOptions reading;

    @Override
    public Integer call() throws IOException {
        return FillCommand.run(spec, method, image, mask, CanvasOptions.required(spec), output, seed, force, progress,
                reading);
    }
}
