package io.github.inpaint4j.texture;

import io.github.inpaint4j.Mask;
import java.util.Objects;

/**
 * Configuration of {@link PatchMatchInpainter}.
 *
 * @param patch width of the square patches, odd, in [3, {@value #MAX_PATCH}]; default 7 (the
 *     PatchMatch paper's example and Huang et al. 2014). Larger patches keep larger structures and
 *     cost about patch² more
 * @param levels number of pyramid levels, the full resolution included, in [0, {@value #MAX_LEVELS}];
 *     0 (the default, {@link #AUTO_LEVELS}) halves the picture until the hole is about two patches
 *     across; 1 works at full resolution only. Fewer levels are used if a coarser one would be
 *     smaller than {@code 2·patch + 1} pixels or hold no source patch
 * @param coarsestIterations EM iterations at the coarsest level, in [1, {@value #MAX_ITERATIONS}];
 *     default 30. The levels between the coarsest and the finest get a number between the two,
 *     falling linearly
 * @param finestIterations EM iterations at the full resolution, in [1, {@value #MAX_ITERATIONS}]; default 2
 * @param searchIterations PatchMatch passes (propagation and random search) per EM iteration, in
 *     [1, {@value #MAX_SEARCH_ITERATIONS}]; default 2 (each level starts from the coarser level's field)
 * @param seed seed of every random draw; default {@link #DEFAULT_SEED}
 * @param threads worker threads, in [1, {@link io.github.inpaint4j.Threads#max()}]; default: the
 *     available processors. The output does not depend on it
 * @param sourceMask the pixels patches may be copied from ({@code true}, white in a file), of the
 *     picture's size (checked by {@link PatchMatchInpainter#inpaint}): only patches lying wholly in
 *     known pixels of this mask are sources. {@code null} (the default): every known pixel
 * @param guide the registered method ({@link io.github.inpaint4j.Inpainters}) whose fill guides the
 *     coarse levels — {@code telea}, {@code gan}, … — or {@link #NO_GUIDE}; resolved by name when
 *     the {@link PatchMatchInpainter} is made, so this module needs no other at compile time. The
 *     guide's fill, brought down the pyramid, starts the coarsest level and is added to the patch
 *     distance of the coarse levels with weight {@link #guideWeightAt}
 * @param guideWeight weight λ of the guide term at the coarsest level, in [0, {@value #MAX_GUIDE_WEIGHT}]:
 *     a candidate source patch S for the target at p costs {@code ‖T − S‖² + λ_l ‖G_l(p) − S‖²}, T the
 *     target's current estimate and G_l(p) the guide's patch at p on level l; λ_l falls linearly to 0
 *     at the finest level, which copies real texture. 0 keeps the guide's start only. Default
 *     {@value #DEFAULT_GUIDE_WEIGHT}
 * @param blend how the finest level's fill meets the picture: {@link Blend#GRADIENT} (the
 *     default) solves it again in the gradient domain, so that no colour step remains at the hole's
 *     border; {@link Blend#NONE} keeps every filled pixel a copy of a known one
 */
public record PatchMatchConfig(int patch, int levels, int coarsestIterations, int finestIterations,
        int searchIterations, long seed, int threads, Mask sourceMask, String guide, double guideWeight, Blend blend) {

    /**
     * How the final fill is blended with the picture.
     *
     * @since 0.2.0
     */
    public enum Blend {
        /**
         * Poisson blending (Pérez, Gangnet and Blake 2003): the hole is solved again so that its
         * pixels' differences to their neighbours are those of the source pixels they were copied
         * from, with the known pixels as the boundary. Removes colour steps at the border and
         * between copies; the texture is kept.
         */
        GRADIENT,
        /** No blending: every filled pixel is a copy of a known pixel. */
        NONE
    }

    /** Default patch width, 7. */
    public static final int DEFAULT_PATCH = 7;
    /** The largest patch width accepted. */
    public static final int MAX_PATCH = 31;
    /** The number of levels meaning "as many as the hole needs". */
    public static final int AUTO_LEVELS = 0;
    /** The largest number of levels accepted. */
    public static final int MAX_LEVELS = 16;
    /** Default EM iterations at the coarsest level. */
    public static final int DEFAULT_COARSEST_ITERATIONS = 30;
    /** Default EM iterations at the finest level. */
    public static final int DEFAULT_FINEST_ITERATIONS = 2;
    /** The most EM iterations accepted at one level. */
    public static final int MAX_ITERATIONS = 100;
    /** Default PatchMatch passes per EM iteration. */
    public static final int DEFAULT_SEARCH_ITERATIONS = 2;
    /** The most PatchMatch passes accepted per EM iteration. */
    public static final int MAX_SEARCH_ITERATIONS = 20;
    /** Default seed, 2007 (the year of Wexler, Shechtman and Irani's paper). */
    public static final long DEFAULT_SEED = 2007L;
    /** The guide meaning "no guide": the coarsest level starts from an onion peel of the picture. */
    public static final String NO_GUIDE = "none";
    /** Default guide: {@code telea}, measured best on the bench's centre and large holes (docs/algorithms.md). */
    public static final String DEFAULT_GUIDE = "telea";
    /** Default weight of the guide term at the coarsest level. */
    public static final double DEFAULT_GUIDE_WEIGHT = 0.3;
    /** The largest guide weight accepted. */
    public static final double MAX_GUIDE_WEIGHT = 100.0;

    /** @throws IllegalArgumentException naming the field, its range and the value, for a bad field */
    public PatchMatchConfig {
        ConfigChecks.requireOddWindow("patch", patch);
        requireRange("patch", patch, 3, MAX_PATCH);
        requireRange("levels", levels, 0, MAX_LEVELS);
        requireRange("coarsestIterations", coarsestIterations, 1, MAX_ITERATIONS);
        requireRange("finestIterations", finestIterations, 1, MAX_ITERATIONS);
        requireRange("searchIterations", searchIterations, 1, MAX_SEARCH_ITERATIONS);
        ConfigChecks.requireThreads(threads);
        Objects.requireNonNull(guide, "guide");
        if (guide.isBlank() || guide.equals("patchmatch")) {
            throw new IllegalArgumentException("guide must name another registered method or be '" + NO_GUIDE
                    + "', got '" + guide + "'");
        }
        Objects.requireNonNull(blend, "blend");
        if (!(guideWeight >= 0 && guideWeight <= MAX_GUIDE_WEIGHT)) {
            throw new IllegalArgumentException("guideWeight must be in [0, " + MAX_GUIDE_WEIGHT + "], got "
                    + guideWeight);
        }
    }

    /**
     * Patch 7, automatic levels, 30 to 2 EM iterations, 2 PatchMatch passes, all processors, every
     * known pixel a source, guide {@value #DEFAULT_GUIDE} of weight {@value #DEFAULT_GUIDE_WEIGHT},
     * gradient-domain blend.
     */
    public static PatchMatchConfig defaults() {
        return new PatchMatchConfig(DEFAULT_PATCH, AUTO_LEVELS, DEFAULT_COARSEST_ITERATIONS,
                DEFAULT_FINEST_ITERATIONS, DEFAULT_SEARCH_ITERATIONS, DEFAULT_SEED,
                Runtime.getRuntime().availableProcessors(), null, DEFAULT_GUIDE, DEFAULT_GUIDE_WEIGHT, Blend.GRADIENT);
    }

    /** A copy with another patch width. */
    public PatchMatchConfig withPatch(int newPatch) {
        return new PatchMatchConfig(newPatch, levels, coarsestIterations, finestIterations, searchIterations, seed,
                threads, sourceMask, guide, guideWeight, blend);
    }

    /** A copy with another number of levels (0 = automatic). */
    public PatchMatchConfig withLevels(int newLevels) {
        return new PatchMatchConfig(patch, newLevels, coarsestIterations, finestIterations, searchIterations, seed,
                threads, sourceMask, guide, guideWeight, blend);
    }

    /** A copy with other EM iteration counts at the coarsest and the finest level. */
    public PatchMatchConfig withIterations(int newCoarsest, int newFinest) {
        return new PatchMatchConfig(patch, levels, newCoarsest, newFinest, searchIterations, seed, threads,
                sourceMask, guide, guideWeight, blend);
    }

    /** A copy with another number of PatchMatch passes per EM iteration. */
    public PatchMatchConfig withSearchIterations(int newSearchIterations) {
        return new PatchMatchConfig(patch, levels, coarsestIterations, finestIterations, newSearchIterations, seed,
                threads, sourceMask, guide, guideWeight, blend);
    }

    /** A copy with another seed. */
    public PatchMatchConfig withSeed(long newSeed) {
        return new PatchMatchConfig(patch, levels, coarsestIterations, finestIterations, searchIterations, newSeed,
                threads, sourceMask, guide, guideWeight, blend);
    }

    /** A copy with another thread count. */
    public PatchMatchConfig withThreads(int newThreads) {
        return new PatchMatchConfig(patch, levels, coarsestIterations, finestIterations, searchIterations, seed,
                newThreads, sourceMask, guide, guideWeight, blend);
    }

    /** A copy taking patches only from the {@code true} pixels of {@code newSourceMask} ({@code null}: all known). */
    public PatchMatchConfig withSourceMask(Mask newSourceMask) {
        return new PatchMatchConfig(patch, levels, coarsestIterations, finestIterations, searchIterations, seed,
                threads, newSourceMask, guide, guideWeight, blend);
    }

    /** A copy guided by the method named {@code newGuide} ({@link #NO_GUIDE}: none). */
    public PatchMatchConfig withGuide(String newGuide) {
        return new PatchMatchConfig(patch, levels, coarsestIterations, finestIterations, searchIterations, seed, threads,
                sourceMask, newGuide, guideWeight, blend);
    }

    /** A copy with another guide weight at the coarsest level. */
    public PatchMatchConfig withGuideWeight(double newGuideWeight) {
        return new PatchMatchConfig(patch, levels, coarsestIterations, finestIterations, searchIterations, seed, threads,
                sourceMask, guide, newGuideWeight, blend);
    }

    /** A copy with another blend. */
    public PatchMatchConfig withBlend(Blend newBlend) {
        return new PatchMatchConfig(patch, levels, coarsestIterations, finestIterations, searchIterations, seed, threads,
                sourceMask, guide, guideWeight, newBlend);
    }

    /** {@code true} unless the guide is {@link #NO_GUIDE}. */
    public boolean isGuided() {
        return !guide.equals(NO_GUIDE);
    }

    /**
     * The guide term's weight λ_l at level {@code level} of a pyramid of {@code count} levels (0 the
     * finest): {@link #guideWeight()} at the coarsest, falling linearly to 0 at the finest; 0 at
     * every level when unguided or with a single level.
     */
    public double guideWeightAt(int level, int count) {
        if (!isGuided() || count <= 1) {
            return 0;
        }
        return guideWeight * level / (count - 1);
    }

    /**
     * EM iterations at level {@code level} of a pyramid of {@code count} levels (0 the finest):
     * from {@link #finestIterations()} at 0 to {@link #coarsestIterations()} at the top, linearly.
     */
    public int iterationsAt(int level, int count) {
        if (count <= 1) {
            return finestIterations;
        }
        return (int) Math.round(finestIterations + (double) (coarsestIterations - finestIterations) * level
                / (count - 1));
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], got " + value);
        }
    }
}
