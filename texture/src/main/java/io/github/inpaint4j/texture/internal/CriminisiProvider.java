package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionDescription;
import io.github.inpaint4j.registry.OptionValues;
import io.github.inpaint4j.texture.CriminisiConfig;
import io.github.inpaint4j.texture.CriminisiInpainter;
import java.io.IOException;
import java.util.List;

/** Registers {@code criminisi}: {@link CriminisiInpainter}. Deterministic, so it takes no seed. */
public final class CriminisiProvider implements InpainterProvider {

    private static final MethodDescription DESCRIPTION = new MethodDescription("criminisi",
            "Criminisi 2004 exemplar patches: object removal, large holes, structure and texture", List.of(
                    OptionDescription.integer("patch", (long) CriminisiConfig.DEFAULT_PATCH, 3L, null,
                            "patch width, odd; use a larger patch when foreign pieces appear in the fill"),
                    OptionDescription.integer("search-radius", (long) CriminisiConfig.UNLIMITED, 0L, null,
                            "take exemplars only from patches centred within this many pixels of the patch being filled"
                                    + " (0: the whole picture)"),
                    SourceMaskOption.DESCRIPTION,
                    ContextOption.DESCRIPTION,
                    OptionDescription.threads("worker threads of the exemplar search")));

    @Override
    public MethodDescription description() {
        return DESCRIPTION;
    }

    @Override
    public Inpainter create(OptionValues options) throws IOException {
        return new CriminisiInpainter(new CriminisiConfig(options.getInt("patch"), options.getInt("search-radius"),
                options.getInt(OptionDescription.THREADS), SourceMaskOption.read(options), ContextOption.read(options)));
    }
}
