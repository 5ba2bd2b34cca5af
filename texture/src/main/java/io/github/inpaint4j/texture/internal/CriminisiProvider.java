package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionValues;
import io.github.inpaint4j.texture.CriminisiConfig;
import io.github.inpaint4j.texture.CriminisiInpainter;
import java.io.IOException;
import java.util.List;

/** Registers {@code criminisi}: {@link CriminisiInpainter}. Deterministic, so it takes no seed. */
public final class CriminisiProvider implements InpainterProvider {

    private static final MethodDescription DESCRIPTION = new MethodDescription("criminisi",
            "Criminisi 2004 exemplar patches: object removal, large holes, structure and texture", List.of(
                    CriminisiConfig.PATCH, CriminisiConfig.SEARCH_RADIUS, SourceMaskOption.SETTING,
                    CriminisiConfig.CONTEXT, CriminisiConfig.THREADS));

    @Override
    public MethodDescription description() {
        return DESCRIPTION;
    }

    @Override
    public Inpainter create(OptionValues options) throws IOException {
        return new CriminisiInpainter(CriminisiConfig.builder().patch(options.get(CriminisiConfig.PATCH))
                .searchRadius(options.get(CriminisiConfig.SEARCH_RADIUS)).threads(options.get(CriminisiConfig.THREADS))
                .sourceMask(SourceMaskOption.read(options)).context(options.get(CriminisiConfig.CONTEXT)).build());
    }
}
