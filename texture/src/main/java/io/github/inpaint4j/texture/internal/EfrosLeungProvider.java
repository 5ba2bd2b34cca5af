package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionDescription;
import io.github.inpaint4j.registry.OptionValues;
import io.github.inpaint4j.texture.CandidateChoice;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.EfrosLeungInpainter;
import io.github.inpaint4j.texture.SearchMode;
import io.github.inpaint4j.texture.WindowDistance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Registers {@code efros-leung}: {@link EfrosLeungInpainter}. */
public final class EfrosLeungProvider implements InpainterProvider {

    private static final MethodDescription DESCRIPTION = new MethodDescription("efros-leung",
            "Efros–Leung 1999 pixel sampling: textures and small holes, faithful, slowest", List.of(
                    OptionDescription.integer("window", (long) EfrosLeungConfig.DEFAULT_WINDOW, 3L, null,
                            "window width, odd: about the size of the texture's largest elements; the work grows with"
                                    + " its square"),
                    OptionDescription.number("epsilon", EfrosLeungConfig.DEFAULT_EPSILON, 0.0, null,
                            "candidates within (1 + epsilon) times the best distance are drawn from"),
                    OptionDescription.flag("fast", "coarse-to-fine search: about 5 times faster than the exact"
                            + " default, with the same quality on average"),
                    OptionDescription.choice("distance", "gaussian-ssd", List.of("gaussian-ssd", "normalised-ssd"),
                            "window distance: Gaussian-weighted SSD (the original) or the SSD normalised by the windows'"
                                    + " energies"),
                    OptionDescription.choice("choice", "uniform", List.of("uniform", "weighted"),
                            "how one candidate is drawn: uniformly (the original), or the closer ones more often"),
                    OptionDescription.number("max-error", EfrosLeungConfig.DEFAULT_MAX_ERROR_THRESHOLD, 0.0, null,
                            "a pixel is filled only from a candidate closer than this; relaxed by 10 % when no pixel"
                                    + " passes"),
                    OptionDescription.file("sample", "take the candidate windows from this texture instead of the"
                            + " picture's known pixels"),
                    SourceMaskOption.DESCRIPTION,
                    ContextOption.DESCRIPTION,
                    OptionDescription.seed(EfrosLeungConfig.DEFAULT_SEED),
                    OptionDescription.threads("worker threads of the candidate search")));

    @Override
    public MethodDescription description() {
        return DESCRIPTION;
    }

    @Override
    public Inpainter create(OptionValues options) throws IOException {
        EfrosLeungConfig config = new EfrosLeungConfig(options.getInt("window"), options.getDouble("epsilon"),
                options.getDouble("max-error"),
                options.getString("distance").equals("gaussian-ssd") ? WindowDistance.GAUSSIAN_SSD
                        : WindowDistance.NORMALISED_SSD,
                options.getString("choice").equals("uniform") ? CandidateChoice.UNIFORM
                        : CandidateChoice.WEIGHTED_BY_DISTANCE,
                options.getFlag("fast") ? SearchMode.COARSE_TO_FINE : SearchMode.EXACT,
                options.getInt(OptionDescription.THREADS), options.getLong(OptionDescription.SEED),
                SourceMaskOption.read(options), ContextOption.read(options));
        Optional<Path> sample = options.getFile("sample");
        return sample.isEmpty() ? new EfrosLeungInpainter(config) : new EfrosLeungInpainter(config,
                ImageFiles.read(sample.get(), options.reading()));
    }
}
