package io.github.inpaint4j.bench;

import io.github.inpaint4j.Inpainter;
import java.util.Objects;

/**
 * A method to bench: the inpainter and the name its rows, columns and labels carry.
 *
 * @param name non-blank, at most 40 characters, no line break
 * @param inpainter the method, configured; called once per picture and mask, from one thread at a time
 */
public record BenchMethod(String name, Inpainter inpainter) {

    /** @throws IllegalArgumentException if the name is blank, too long or has a line break */
    public BenchMethod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(inpainter, "inpainter");
        if (name.isBlank() || name.length() > 40 || name.matches("(?s).*[\\r\\n].*")) {
            throw new IllegalArgumentException("method name must be 1 to 40 characters without line breaks,"
                    + " got '" + name + "'");
        }
    }
}
