package io.github.inpaint4j.texture;

/**
 * Configuration of {@link TeleaInpainter}.
 *
 * @param radius radius ε, in pixels, of the neighbourhood whose known pixels are averaged into each
 *     hole pixel; 5 by default (Telea 2004 suggests a few pixels; larger radii blur more), in [1, 50]
 */
public record TeleaConfig(int radius) {

    /** The default radius, 5 pixels. */
    public static final int DEFAULT_RADIUS = 5;
    /** The largest radius accepted. */
    public static final int MAX_RADIUS = 50;

    /** @throws IllegalArgumentException if the radius is outside [1, 50] */
    public TeleaConfig {
        if (radius < 1 || radius > MAX_RADIUS) {
            throw new IllegalArgumentException("radius must be in [1, " + MAX_RADIUS + "], got " + radius);
        }
    }

    /** Radius 5. */
    public static TeleaConfig defaults() {
        return new TeleaConfig(DEFAULT_RADIUS);
    }

    /** A copy with another radius. */
    public TeleaConfig withRadius(int newRadius) {
        return new TeleaConfig(newRadius);
    }
}
