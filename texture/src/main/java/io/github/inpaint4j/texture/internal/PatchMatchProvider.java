package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionValues;
import io.github.inpaint4j.texture.PatchMatchConfig;
import io.github.inpaint4j.texture.PatchMatchInpainter;
import java.io.IOException;
import java.util.List;

/** Registers {@code patchmatch}: {@link PatchMatchInpainter}. */
public final class PatchMatchProvider implements InpainterProvider {

    private static final MethodDescription DESCRIPTION = new MethodDescription("patchmatch",
            "Wexler 2007 / PatchMatch 2009 multi-scale completion: large holes, object removal, any picture size",
            List.of(PatchMatchConfig.PATCH, PatchMatchConfig.LEVELS, PatchMatchConfig.COARSEST_ITERATIONS,
                    PatchMatchConfig.FINEST_ITERATIONS, PatchMatchConfig.SEARCH_ITERATIONS, SourceMaskOption.SETTING,
                    PatchMatchConfig.GUIDE, PatchMatchConfig.GUIDE_WEIGHT, PatchMatchConfig.BLEND, PatchMatchConfig.SEED,
                    PatchMatchConfig.THREADS));

    @Override
    public MethodDescription description() {
        return DESCRIPTION;
    }

    @Override
    public Inpainter create(OptionValues options) throws IOException {
        return new PatchMatchInpainter(PatchMatchConfig.builder().patch(options.get(PatchMatchConfig.PATCH))
                .levels(options.get(PatchMatchConfig.LEVELS))
                .coarsestIterations(options.get(PatchMatchConfig.COARSEST_ITERATIONS))
                .finestIterations(options.get(PatchMatchConfig.FINEST_ITERATIONS))
                .searchIterations(options.get(PatchMatchConfig.SEARCH_ITERATIONS)).seed(options.get(PatchMatchConfig.SEED))
                .threads(options.get(PatchMatchConfig.THREADS)).sourceMask(SourceMaskOption.read(options))
                .guide(options.get(PatchMatchConfig.GUIDE)).guideWeight(options.get(PatchMatchConfig.GUIDE_WEIGHT))
                .blend(options.get(PatchMatchConfig.BLEND)).build());
    }
}
