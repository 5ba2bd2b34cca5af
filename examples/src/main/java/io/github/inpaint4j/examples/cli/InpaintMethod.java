package io.github.inpaint4j.examples.cli;

import io.github.inpaint4j.Inpainter;
import java.io.IOException;

/**
 * A method of {@code inpaint fill}: its stable name, a one-line summary, and its own options. An
 * implementation is a picocli mixin of {@link FillCommand} declaring only the options that method
 * takes (left {@code null} when not given); {@link FillCommand} rejects options of other methods.
 */
interface InpaintMethod {

    /** The stable name used with {@code --method}. */
    String name();

    /** One line for {@code inpaint methods}. */
    String summary();

    /**
     * Builds the inpainter from the method's options and the common ones.
     *
     * @throws IllegalArgumentException for a bad option value (reported as a usage error)
     * @throws IOException if a file the method needs (a checkpoint) cannot be read
     */
    Inpainter create(CommonFillOptions common) throws IOException;
}
