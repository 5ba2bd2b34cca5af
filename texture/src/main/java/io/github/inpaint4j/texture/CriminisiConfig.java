package io.github.inpaint4j.texture;

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
 */
public record CriminisiConfig(int patch, int searchRadius, int threads, Mask sourceMask, int context) {

    /** Default patch width, 9. */
    public static final int DEFAULT_PATCH = 9;
    /** The search radius meaning "the whole image". */
    public static final int UNLIMITED = 0;

    /** @throws IllegalArgumentException naming the field, its range and the value, for a bad field */
    public CriminisiConfig {
        ConfigChecks.requireOddWindow("patch", patch);
        if (searchRadius < 0) {
            throw new IllegalArgumentException("searchRadius must be >= 0 (0 = whole image), got " + searchRadius);
        }
        ConfigChecks.requireThreads(threads);
        ExemplarContext.require("context", context);
    }

    /** A configuration that may copy from every known pixel (no source mask), with the automatic context. */
    public CriminisiConfig(int patch, int searchRadius, int threads) {
        this(patch, searchRadius, threads, null);
    }

    /** A configuration with the automatic context. */
    public CriminisiConfig(int patch, int searchRadius, int threads, Mask sourceMask) {
        this(patch, searchRadius, threads, sourceMask, ExemplarContext.AUTO);
    }

    /** Patch 9, no search radius, all available processors, every known pixel a source, the automatic context. */
    public static CriminisiConfig defaults() {
        return new CriminisiConfig(DEFAULT_PATCH, UNLIMITED, Runtime.getRuntime().availableProcessors());
    }

    /** A copy with another patch width. */
    public CriminisiConfig withPatch(int newPatch) {
        return new CriminisiConfig(newPatch, searchRadius, threads, sourceMask, context);
    }

    /** A copy with another search radius (0 = whole image). */
    public CriminisiConfig withSearchRadius(int newRadius) {
        return new CriminisiConfig(patch, newRadius, threads, sourceMask, context);
    }

    /** A copy with another thread count. */
    public CriminisiConfig withThreads(int newThreads) {
        return new CriminisiConfig(patch, searchRadius, newThreads, sourceMask, context);
    }

    /** A copy with another context ({@link ExemplarContext}: 0 automatic, -1 the whole picture, or a margin). */
    public CriminisiConfig withContext(int newContext) {
        return new CriminisiConfig(patch, searchRadius, threads, sourceMask, newContext);
    }

    /** A copy taking exemplars only from the {@code true} pixels of {@code newSourceMask} ({@code null}: all known). */
    public CriminisiConfig withSourceMask(Mask newSourceMask) {
        return new CriminisiConfig(patch, searchRadius, threads, newSourceMask, context);
    }
}
