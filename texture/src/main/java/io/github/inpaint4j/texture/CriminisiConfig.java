package io.github.inpaint4j.texture;

import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.Settings;

import io.github.inpaint4j.Mask;

/**
 * Configuration of {@link CriminisiInpainter}. The method makes no random choice, so it has no seed.
 *
 * @param patch width of the square patches, odd and at least 3; default 9 (Criminisi et al. use
 *     9×9, and suggest slightly more than the largest texel)
 * @param searchRadius if positive, exemplars are taken only from patches centred within this many
 *     pixels (horizontally and vertically) of the patch being filled, which is faster and keeps
 *     fills local; 0 (the default, {@link #UNLIMITED}) searches the whole image. If no complete
 *     known patch lies within the radius, it is doubled until one does
 * @param threads worker threads of the exemplar search, in [1, {@link io.github.inpaint4j.Threads#max()}]; default: the available
 *     processors. The output does not depend on it
 * @param sourceMask the pixels exemplars may be copied from ({@code true}, white in a file), of the
 *     picture's size (checked by {@link CriminisiInpainter#inpaint}): only patches lying wholly in
 *     known pixels of this mask are exemplars. {@code null} (the default): every known pixel
 * @param context where around each hole exemplars are searched ({@link ExemplarContext}):
 *     {@link ExemplarContext#AUTO} (0, the default) as much picture as a bounded amount of work
 *     allows, a positive margin in pixels, or {@link ExemplarContext#WHOLE_PICTURE} (-1); it
 *     combines with the source mask and the search radius
 *
 * <p>Each field but the source mask is a {@link Setting} declared below, which the compact
 * constructor checks and the method registry and the command line read.
 */
public record CriminisiConfig(int patch, int searchRadius, int threads, Mask sourceMask, int context) {

    /** Default patch width, 9. */
    public static final int DEFAULT_PATCH = 9;
    /** The search radius meaning "the whole image". */
    public static final int UNLIMITED = 0;

    /** The {@code patch} setting. */
    public static final Setting<Integer> PATCH = Setting.integer("patch", DEFAULT_PATCH).atLeast(3).odd()
            .help("patch width, odd; use a larger patch when foreign pieces appear in the fill");
    /** The {@code search-radius} setting. */
    public static final Setting<Integer> SEARCH_RADIUS = Setting.integer("search-radius", UNLIMITED).atLeast(0)
            .note("0: the whole picture")
            .help("take exemplars only from patches centred within this many pixels of the patch being filled"
                    + " (0: the whole picture)");
    /** The {@code context} setting ({@link ExemplarContext}). */
    public static final Setting<Integer> CONTEXT = ExemplarContext.SETTING;
    /** The {@code threads} setting. */
    public static final Setting<Integer> THREADS = Setting.threads("worker threads of the exemplar search");

    /** The settings, in the order a user sees them (the source mask, a picture, is not among them). */
    public static final Settings SETTINGS = Settings.of(PATCH, SEARCH_RADIUS, CONTEXT, THREADS);

    /** @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value, for a bad field */
    public CriminisiConfig {
        PATCH.check(patch);
        SEARCH_RADIUS.check(searchRadius);
        THREADS.check(threads);
        CONTEXT.check(context);
    }

    /** Patch 9, no search radius, all available processors, every known pixel a source, the automatic context. */
    public static CriminisiConfig defaults() {
        return builder().build();
    }

    /** A builder at the {@linkplain #defaults() defaults}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder().patch(patch).searchRadius(searchRadius).threads(threads).sourceMask(sourceMask)
                .context(context);
    }

    /** A copy with another patch width. */
    public CriminisiConfig withPatch(int newPatch) {
        return toBuilder().patch(newPatch).build();
    }

    /** A copy with another search radius (0 = whole image). */
    public CriminisiConfig withSearchRadius(int newRadius) {
        return toBuilder().searchRadius(newRadius).build();
    }

    /** A copy with another thread count. */
    public CriminisiConfig withThreads(int newThreads) {
        return toBuilder().threads(newThreads).build();
    }

    /** A copy with another context ({@link ExemplarContext}: 0 automatic, -1 the whole picture, or a margin). */
    public CriminisiConfig withContext(int newContext) {
        return toBuilder().context(newContext).build();
    }

    /** A copy taking exemplars only from the {@code true} pixels of {@code newSourceMask} ({@code null}: all known). */
    public CriminisiConfig withSourceMask(Mask newSourceMask) {
        return toBuilder().sourceMask(newSourceMask).build();
    }

    /**
     * Builds a {@link CriminisiConfig}; starts at the defaults, and {@link #build()} checks the values.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private int patch = PATCH.defaultValue().orElseThrow();
        private int searchRadius = SEARCH_RADIUS.defaultValue().orElseThrow();
        private int threads = THREADS.defaultValue().orElseThrow();
        private Mask sourceMask;
        private int context = CONTEXT.defaultValue().orElseThrow();

        private Builder() {
        }

        /** The patch width ({@link #PATCH}). */
        public Builder patch(int value) {
            patch = value;
            return this;
        }

        /** The search radius ({@link #SEARCH_RADIUS}). */
        public Builder searchRadius(int value) {
            searchRadius = value;
            return this;
        }

        /** The thread count ({@link #THREADS}). */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /** The pixels exemplars may be copied from ({@code null}: every known pixel). */
        public Builder sourceMask(Mask value) {
            sourceMask = value;
            return this;
        }

        /** The context ({@link #CONTEXT}). */
        public Builder context(int value) {
            context = value;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value
         */
        public CriminisiConfig build() {
            return new CriminisiConfig(patch, searchRadius, threads, sourceMask, context);
        }
    }
}
