package io.github.inpaint4j.cli;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.CanvasExtension;
import io.github.inpaint4j.CostEstimate;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.MaskSizeException;
import io.github.inpaint4j.io.FillFiles;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.io.WriteOptions;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inpaint fill}: reads a picture and a mask, fills the holes with one method, writes the result. */
@Command(name = "fill", sortOptions = false, usageHelpAutoWidth = true, modelTransformer = FillCommand.Options.class,
        description = "Fill the holes of a picture. The mask is white (non-zero) where the picture is to be filled.")
final class FillCommand implements Callable<Integer> {

    /** The settings of {@code fill} itself: the mask rule and the dilation. */
    static final Settings OWN = Settings.of(MaskRule.SETTING, Mask.DILATE);

    @Spec
    private CommandSpec spec;

    /** Adds {@code --mask-rule}, {@code --dilate}, the write options, then the methods' options. */
    static final class Options implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            return new MethodOptions().transform(PictureWriteOptions.add(SettingOptions.addAll(command, OWN)));
        }
    }

    @Option(names = "--method", required = true, paramLabel = "NAME",
            description = "the method (see `inpaint methods`): telea, efros-leung, criminisi, gan, ...")
    String method;

    @Option(names = "--image", required = true, paramLabel = "FILE", description = "picture to repair (PNG, JPEG, BMP, GIF, TIFF)")
    Path image;

    @Option(names = "--mask", required = true, paramLabel = "FILE", description = "hole mask, same size as the picture")
    Path mask;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "result (.png, .jpg, .bmp, .tif); it keeps the picture's depth and metadata")
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
        return run(spec, method, image, mask, CanvasExtension.none(), output, seed, force, progress, reading);
    }

    /**
     * Fills a picture, its holes grown by {@code --dilate}, its canvas extended by {@code extension}: what
     * {@code fill} and {@code extend} do ({@code spec} has {@link #OWN}'s options, the mask rule and the dilation,
     * and the write options).
     *
     * @param mask the mask file, or {@code null} for none (only the extension's border is filled)
     */
    static int run(CommandSpec spec, String method, Path image, Path mask, CanvasExtension extension, Path output,
            SeedOption seed, ForceOption force, ProgressOption progress, PictureReadOptions reading)
            throws IOException {
        MethodDescription selected = MethodOptions.select(spec, List.of(method)).get(0);
        SettingValues own = SettingOptions.given(spec, OWN);
        MaskRule rule = own.get(MaskRule.SETTING);
        int dilate = own.get(Mask.DILATE);
        OutputFile.check(spec.commandLine(), output, force.on);
        WriteOptions write = PictureWriteOptions.given(spec, output);
        ReadOptions read = reading.readOptions();
        try (Inpainter inpainter = MethodOptions.create(spec, selected, seed.value, read)) {
            FillFiles.Inputs inputs;
            try {
                inputs = FillFiles.read(image, mask, rule, read);
            } catch (MaskSizeException e) {
                throw new IllegalArgumentException("mask " + mask + " is " + e.maskSize() + " but image " + image
                        + " is " + e.size() + (e.reason().isEmpty() ? "" : ": " + e.reason()), e);
            }
            int width = inputs.image().width();
            int height = inputs.image().height();
            if (inputs.holes().isEmpty() && extension.isNone()) {
                spec.commandLine().getErr().println("inpaint: warning: mask " + mask
                        + " has no hole pixels; the output is a copy of the input");
            }
            inputs = inputs.dilated(dilate);
            long pixels = extension.pixels(width, height);
            if (pixels > read.maxPixels()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the extended canvas of %s would be"
                        + " %d×%d = %,d pixels, more than the limit of %,d pixels (raise it with --max-pixels N)", image,
                        extension.width(width), extension.height(height), pixels, read.maxPixels()));
            }
            FillFiles.Inputs canvas = FillFiles.extend(inputs, extension, read.maxPixels());
            inpainter.estimate(canvas.holes()).flatMap(cost -> longRunWarning(selected.name(), cost))
                    .ifPresent(spec.commandLine().getErr()::println);
            long start = System.nanoTime();
            try (ProgressBar bar = progress.open(spec, selected.name())) {
                FillFiles.fillAndWrite(inpainter, canvas, output, force.on, write, ProgressOption.listener(bar),
                        CancellationToken.create());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().printf("%s: filled %d hole pixels with %s in %.2f s%s%n", output,
                    canvas.holes().holeCount(), selected.name(), seconds, extension.isNone() ? ""
                            : String.format(Locale.ROOT, " (%d×%d, extended from %d×%d)", canvas.image().width(),
                                    canvas.image().height(), width, height));
        }
        return 0;
    }

    /**
     * The warning line for a run of {@code method} estimated at {@code cost}, if it is
     * {@linkplain CostEstimate#isLong long}: the count, the time and the estimate's hint.
     */
    static Optional<String> longRunWarning(String method, CostEstimate cost) {
        if (!cost.isLong()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "inpaint: warning: %s is estimated at %.2g %s, about %s at"
                + " the reference rate on its threads; %s", method, cost.operations(), cost.unit(), ProgressBar.duration(cost.seconds()),
                cost.hint()));
    }
}
