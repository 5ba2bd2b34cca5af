package io.github.inpaint4j.cli;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.EfrosLeungSynthesizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code inpaint synth}: grows a new texture of any size from a sample (Efros–Leung texture synthesis). */
@Command(name = "synth", modelTransformer = SynthCommand.Options.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "Grow a new texture from a small sample picture (Efros–Leung texture synthesis).")
final class SynthCommand implements Callable<Integer> {

    /** The largest output side accepted, in pixels. */
    static final int MAX_SIDE = 8192;

    /** Efros–Leung's settings that synthesis takes; the seed is {@code --seed}. */
    static final Settings SETTINGS = Settings.of(EfrosLeungConfig.WINDOW, EfrosLeungConfig.EPSILON,
            EfrosLeungConfig.SEARCH, EfrosLeungConfig.SEED, EfrosLeungConfig.THREADS);

    @Spec
    private CommandSpec spec;

    /** Adds the options of Efros–Leung's settings (but the seed, which is {@link SeedOption}'s). */
    static final class Options implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            return SettingOptions.addAll(command, SETTINGS.without(EfrosLeungConfig.SEED.name()));
        }
    }

    @Option(names = "--sample", required = true, paramLabel = "FILE", description = "the sample texture (PNG, JPEG, BMP, GIF, TIFF)")
    Path sample;

    @Option(names = "--width", required = true, paramLabel = "W", description = "width of the new texture")
    int width;

    @Option(names = "--height", required = true, paramLabel = "H", description = "height of the new texture")
    int height;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "result (.png, .jpg or .bmp)")
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
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new ParameterException(spec.commandLine(), "--width and --height must be in [1, " + MAX_SIDE
                    + "], got " + width + "×" + height);
        }
        SettingValues given = SettingOptions.given(spec, SETTINGS);
        EfrosLeungConfig config = EfrosLeungConfig.builder().window(given.get(EfrosLeungConfig.WINDOW))
                .epsilon(given.get(EfrosLeungConfig.EPSILON)).search(given.get(EfrosLeungConfig.SEARCH))
                .threads(given.get(EfrosLeungConfig.THREADS)).seed(given.get(EfrosLeungConfig.SEED)).build();
        OutputFile.check(spec.commandLine(), output, force.on);
        RgbImage texture = ImageFiles.read(sample, reading.readOptions());
        long start = System.nanoTime();
        RgbImage result;
        try (ProgressBar bar = progress.open(spec, "synth")) {
            result = new EfrosLeungSynthesizer(config).synthesize(texture, width, height, ProgressOption.listener(bar),
                    CancellationToken.create());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ImageFiles.write(result, output, force.on);
        spec.commandLine().getOut().printf("%s: synthesised %d×%d from %s (%d×%d) in %.2f s%n", output, width,
                height, sample, texture.width(), texture.height(), seconds);
        return 0;
    }
}
