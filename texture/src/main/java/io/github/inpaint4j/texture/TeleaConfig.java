package io.github.inpaint4j.texture;

import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.Settings;

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

    /** The {@code radius} setting. */
    public static final Setting<Integer> RADIUS = Setting.integer("radius", DEFAULT_RADIUS).range(1, MAX_RADIUS)
            .help("radius of the averaged neighbourhood, in pixels");

    /** The settings, in the order a user sees them. */
    public static final Settings SETTINGS = Settings.of(RADIUS);

    /** @throws io.github.inpaint4j.settings.SettingException if the radius is outside [1, 50] */
    public TeleaConfig {
        RADIUS.check(radius);
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
