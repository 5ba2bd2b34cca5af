package io.github.inpaint4j.texture;

import io.github.inpaint4j.Mask;

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
 */
public record PatchMatchConfig(int patch, int levels, int coarsestIterations, int finestIterations,
        int searchIterations, long seed, int threads, Mask sourceMask) {

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

    /** @throws IllegalArgumentException naming the field, its range and the value, for a bad field */
    public PatchMatchConfig {
        ConfigChecks.requireOddWindow("patch", patch);
        requireRange("patch", patch, 3, MAX_PATCH);
        requireRange("levels", levels, 0, MAX_LEVELS);
        requireRange("coarsestIterations", coarsestIterations, 1, MAX_ITERATIONS);
        requireRange("finestIterations", finestIterations, 1, MAX_ITERATIONS);
        requireRange("searchIterations", searchIterations, 1, MAX_SEARCH_ITERATIONS);
        ConfigChecks.requireThreads(threads);
    }

    /** Patch 7, automatic levels, 30 to 2 EM iterations, 2 PatchMatch passes, all processors, every known pixel a source. */
    public static PatchMatchConfig defaults() {
        return new PatchMatchConfig(DEFAULT_PATCH, AUTO_LEVELS, DEFAULT_COARSEST_ITERATIONS,
                DEFAULT_FINEST_ITERATIONS, DEFAULT_SEARCH_ITERATIONS, DEFAULT_SEED,
                Runtime.getRuntime().availableProcessors(), null);
    }

    /** A copy with another patch width. */
    public PatchMatchConfig withPatch(int newPatch) {
        return new PatchMatchConfig(newPatch, levels, coarsestIterations, finestIterations, searchIterations, seed,
                threads, sourceMask);
    }

    /** A copy with another number of levels (0 = automatic). */
    public PatchMatchConfig withLevels(int newLevels) {
        return new PatchMatchConfig(patch, newLevels, coarsestIterations, finestIterations, searchIterations, seed,
                threads, sourceMask);
    }

    /** A copy with other EM iteration counts at the coarsest and the finest level. */
    public PatchMatchConfig withIterations(int newCoarsest, int newFinest) {
        return new PatchMatchConfig(patch, levels, newCoarsest, newFinest, searchIterations, seed, threads,
                sourceMask);
    }

    /** A copy with another number of PatchMatch passes per EM iteration. */
    public PatchMatchConfig withSearchIterations(int newSearchIterations) {
        return new PatchMatchConfig(patch, levels, coarsestIterations, finestIterations, newSearchIterations, seed,
                threads, sourceMask);
    }

    /** A copy with another seed. */
    public PatchMatchConfig withSeed(long newSeed) {
        return new PatchMatchConfig(patch, levels, coarsestIterations, finestIterations, searchIterations, newSeed,
                threads, sourceMask);
    }

    /** A copy with another thread count. */
    public PatchMatchConfig withThreads(int newThreads) {
        return new PatchMatchConfig(patch, levels, coarsestIterations, finestIterations, searchIterations, seed,
                newThreads, sourceMask);
    }

    /** A copy taking patches only from the {@code true} pixels of {@code newSourceMask} ({@code null}: all known). */
    public PatchMatchConfig withSourceMask(Mask newSourceMask) {
        return new PatchMatchConfig(patch, levels, coarsestIterations, finestIterations, searchIterations, seed,
                threads, newSourceMask);
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
