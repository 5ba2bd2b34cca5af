package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.registry.MethodDescription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The guide of a guided PatchMatch: another registered method, found by name through
 * {@link Inpainters} at run time, so that {@code texture} depends on no other method module at
 * compile time. A guide that is not on the class path is named with the artifact that brings it.
 */
public final class GuideMethod {

    /** The artifacts of the library's own methods that do not live in this module. */
    private static final Map<String, String> ARTIFACTS = Map.of("gan", "io.github.inpaint4j:inpaint4j-gan");

    private GuideMethod() {
    }

    /**
     * A new inpainter for the guide {@code name}, with {@code threads} worker threads if the method
     * takes a thread count, its defaults otherwise. The caller closes it.
     *
     * @throws IllegalArgumentException if no method of that name is registered: the message names
     *     the artifact to add for the library's own methods, and the registered ones
     * @throws UncheckedIOException if the guide cannot load what it needs (a model)
     */
    public static Inpainter create(String name, int threads) {
        if (!Inpainters.names().contains(name)) {
            String artifact = ARTIFACTS.get(name);
            String known = "registered: " + String.join(", ", Inpainters.names());
            throw new IllegalArgumentException(artifact != null
                    ? "guide '" + name + "' is not on the class path: add the artifact " + artifact + " (" + known + ")"
                    : "guide '" + name + "' is not a registered method (" + known + ")");
        }
        boolean threaded = Inpainters.describe(name).option(MethodDescription.THREADS).isPresent();
        try {
            return Inpainters.create(name, threaded ? Map.of(MethodDescription.THREADS, Integer.toString(threads))
                    : Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("guide '" + name + "' could not be loaded: " + e.getMessage(), e);
        }
    }
}
