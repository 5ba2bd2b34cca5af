package io.github.inpaint4j.examples.cli;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.EfrosLeungInpainter;
import io.github.inpaint4j.texture.SearchMode;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --method efros-leung}: Efros–Leung non-parametric sampling; uses --seed and --threads. */
final class EfrosLeungMethod implements InpaintMethod {

    @Option(names = "--window", paramLabel = "N",
            description = "efros-leung: window width, odd >= 3 (default " + EfrosLeungConfig.DEFAULT_WINDOW + ")")
    Integer window;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "efros-leung: candidates within (1 + E) times the best distance (default "
                    + EfrosLeungConfig.DEFAULT_EPSILON + ")")
    Double epsilon;

    @Option(names = "--fast", description = "efros-leung: coarse-to-fine search instead of the exact one")
    boolean fast;

    @Option(names = "--sample", paramLabel = "FILE",
            description = "efros-leung: take candidate windows from this texture instead of the picture")
    Path sample;

    @Override
    public String name() {
        return "efros-leung";
    }

    @Override
    public String summary() {
        return "Efros–Leung 1999 pixel sampling: textures and small holes, faithful, slowest";
    }

    @Override
    public Inpainter create(CommonFillOptions common) throws IOException {
        EfrosLeungConfig config = efrosLeungConfig(window, epsilon, fast, common);
        return sample == null ? new EfrosLeungInpainter(config)
                : new EfrosLeungInpainter(config, ImageFiles.read(sample));
    }

    /**
     * The configuration for the options given, defaults for the others.
     *
     * @throws IllegalArgumentException for a bad value
     */
    static EfrosLeungConfig efrosLeungConfig(Integer window, Double epsilon, boolean fast, CommonFillOptions common) {
        EfrosLeungConfig defaults = EfrosLeungConfig.defaults();
        return new EfrosLeungConfig(window == null ? defaults.window() : window,
                epsilon == null ? defaults.epsilon() : epsilon, defaults.maxErrorThreshold(), defaults.distance(),
                defaults.choice(), fast ? SearchMode.COARSE_TO_FINE : SearchMode.EXACT,
                common.threadsOr(defaults.threads()), common.seedOr(defaults.seed()));
    }
}
