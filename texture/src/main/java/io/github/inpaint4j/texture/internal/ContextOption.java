package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.registry.OptionDescription;
import io.github.inpaint4j.registry.OptionValues;
import io.github.inpaint4j.texture.ExemplarContext;

/** The {@code context} option that Criminisi and Efros–Leung share: one name, one meaning ({@link ExemplarContext}). */
final class ContextOption {

    /** The option's name. */
    static final String NAME = "context";

    /** Its description. */
    static final OptionDescription DESCRIPTION = OptionDescription.integer(NAME, (long) ExemplarContext.AUTO,
            (long) ExemplarContext.WHOLE_PICTURE, null, "margin of picture around each hole that exemplars are taken"
                    + " from, in pixels (0: as wide as a bounded amount of work allows, the whole picture up to about"
                    + " a megapixel; -1: the whole picture, however long it takes)");

    private ContextOption() {
    }

    /** The context the options give. */
    static int read(OptionValues options) {
        return options.getInt(NAME);
    }
}
