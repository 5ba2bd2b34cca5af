package io.github.inpaint4j.cli;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.EfrosLeungSynthesizer;
import io.github.inpaint4j.texture.SearchMode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code inpaint synth}: grows a new texture of any size from a sample (Efros–Leung texture synthesis). */
@Command(name = "synth", sortOptions = false, usageHelpAutoWidth = true,
        description = "Grow a new texture from a small sample picture (Efros–Leung texture synthesis).")
final class SynthCommand implements Callable<Integer> {

    /** The largest output side accepted, in pixels. */
    static final int MAX_SIDE = 8192;

    @Spec
    private CommandSpec spec;

    @Option(names = "--sample", required = true, paramLabel = "FILE", description = "the sample texture (PNG, JPEG, BMP, GIF, TIFF)")
    Path sample;

    @Option(names = "--width", required = true, paramLabel = "W", description = "width of the new texture")
    int width;

    @Option(names = "--height", required = true, paramLabel = "H", description = "height of the new texture")
    int height;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "result (.png, .jpg or .bmp)")
    Path output;

    @Option(names = "--window", paramLabel = "N",
            description = "window width, odd >= 3 (default " + EfrosLeungConfig.DEFAULT_WINDOW + ")")
    Integer window;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "candidates within (1 + E) times the best distance (default "
                    + EfrosLeungConfig.DEFAULT_EPSILON + ")")
    Double epsilon;

    @Option(names = "--fast", description = "coarse-to-fine search instead of the exact one")
    boolean fast;

    @Mixin
    SeedOption seed;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

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
        EfrosLeungConfig config;
        try {
            if (threads != null) {
                Threads.require("--threads", threads);
            }
            config = EfrosLeungConfig.defaults();
            config = config.withWindow(window == null ? config.window() : window)
                    .withEpsilon(epsilon == null ? config.epsilon() : epsilon)
                    .withSearch(fast ? SearchMode.FAST : SearchMode.EXACT)
                    .withThreads(threads == null ? config.threads() : threads)
                    .withSeed(seed.or(config.seed()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
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
