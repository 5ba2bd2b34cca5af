package io.github.inpaint4j.examples.cli;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.texture.CriminisiConfig;
import io.github.inpaint4j.texture.CriminisiInpainter;
import picocli.CommandLine.Option;

/** {@code --method criminisi}: Criminisi's exemplar-based filling. Deterministic: uses --threads, ignores --seed. */
final class CriminisiMethod implements InpaintMethod {

    @Option(names = "--patch", paramLabel = "N",
            description = "criminisi: patch width, odd >= 3 (default " + CriminisiConfig.DEFAULT_PATCH + ")")
    Integer patch;

    @Option(names = "--search-radius", paramLabel = "PX",
            description = "criminisi: take exemplars within PX pixels of the patch (default: the whole picture)")
    Integer searchRadius;

    @Override
    public String name() {
        return "criminisi";
    }

    @Override
    public String summary() {
        return "Criminisi 2004 exemplar patches: object removal, large holes, structure and texture";
    }

    @Override
    public Inpainter create(CommonFillOptions common) {
        CriminisiConfig defaults = CriminisiConfig.defaults();
        return new CriminisiInpainter(new CriminisiConfig(patch == null ? defaults.patch() : patch,
                searchRadius == null ? defaults.searchRadius() : searchRadius, common.threadsOr(defaults.threads())));
    }
}
