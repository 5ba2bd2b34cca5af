package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionDescription;
import io.github.inpaint4j.registry.OptionValues;
import io.github.inpaint4j.texture.PatchMatchConfig;
import io.github.inpaint4j.texture.PatchMatchInpainter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Registers {@code patchmatch}: {@link PatchMatchInpainter}. */
public final class PatchMatchProvider implements InpainterProvider {

    private static final MethodDescription DESCRIPTION = new MethodDescription("patchmatch",
            "Wexler 2007 / PatchMatch 2009 multi-scale completion: large holes, object removal, any picture size",
            List.of(
                    OptionDescription.integer("patch", (long) PatchMatchConfig.DEFAULT_PATCH, 3L,
                            (long) PatchMatchConfig.MAX_PATCH, "patch width, odd; larger keeps larger structures"),
                    OptionDescription.integer("levels", (long) PatchMatchConfig.AUTO_LEVELS, 0L,
                            (long) PatchMatchConfig.MAX_LEVELS,
                            "pyramid levels, the full resolution included (0: until the hole is about two patches"
                                    + " across)"),
                    OptionDescription.integer("coarsest-iterations", (long) PatchMatchConfig.DEFAULT_COARSEST_ITERATIONS,
                            1L, (long) PatchMatchConfig.MAX_ITERATIONS, "EM iterations at the coarsest level"),
                    OptionDescription.integer("finest-iterations", (long) PatchMatchConfig.DEFAULT_FINEST_ITERATIONS,
                            1L, (long) PatchMatchConfig.MAX_ITERATIONS, "EM iterations at the full resolution"),
                    OptionDescription.integer("search-iterations", (long) PatchMatchConfig.DEFAULT_SEARCH_ITERATIONS,
                            1L, (long) PatchMatchConfig.MAX_SEARCH_ITERATIONS,
                            "PatchMatch passes (propagation and random search) per EM iteration"),
                    SourceMaskOption.DESCRIPTION,
                    OptionDescription.text("guide", PatchMatchConfig.DEFAULT_GUIDE,
                            "method whose fill guides the coarse levels: telea, gan (with inpaint4j-gan), ..., or none"),
                    OptionDescription.number("guide-weight", PatchMatchConfig.DEFAULT_GUIDE_WEIGHT, 0.0,
                            PatchMatchConfig.MAX_GUIDE_WEIGHT,
                            "weight of the guide in the coarsest level's patch distance, falling to 0 at the finest"),
                    OptionDescription.choice("blend", "gradient", List.of("gradient", "none"),
                            "gradient: blend the fill in the gradient domain (no colour step at the border);"
                                    + " none: every filled pixel a copy of a known one"),
                    OptionDescription.seed(PatchMatchConfig.DEFAULT_SEED),
                    OptionDescription.threads("worker threads; the output does not depend on them")));

    @Override
    public MethodDescription description() {
        return DESCRIPTION;
    }

    @Override
    public Inpainter create(OptionValues options) throws IOException {
        return new PatchMatchInpainter(new PatchMatchConfig(options.getInt("patch"), options.getInt("levels"),
                options.getInt("coarsest-iterations"), options.getInt("finest-iterations"),
                options.getInt("search-iterations"), options.getLong(OptionDescription.SEED),
                options.getInt(OptionDescription.THREADS), SourceMaskOption.read(options), options.getString("guide"),
                options.getDouble("guide-weight"),
                PatchMatchConfig.Blend.valueOf(options.getString("blend").toUpperCase(Locale.ROOT))));
    }
}
