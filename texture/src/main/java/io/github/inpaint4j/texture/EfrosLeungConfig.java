package io.github.inpaint4j.texture;

import io.github.inpaint4j.Mask;

/**
 * Configuration of {@link EfrosLeungInpainter} and {@link EfrosLeungSynthesizer}. The defaults are
 * the published ones (Efros and Leung 1999, and their pseudo-code).
 *
 * @param window width w of the square window compared around each pixel, odd and at least 3;
 *     default 11. Larger windows capture larger structures and cost about w² more
 * @param epsilon ε of the candidate set {@code d ≤ (1 + ε)·d_best}, finite and at least 0; default 0.1
 * @param maxErrorThreshold a pixel is filled only if the chosen candidate's distance is below this;
 *     when no pixel of a round passes it is raised by 10 % (the original's relaxation); finite and
 *     greater than 0, default 0.3
 * @param distance the window distance; default {@link WindowDistance#GAUSSIAN_SSD} (σ = w / 6.4)
 * @param choice how one candidate is picked; default {@link CandidateChoice#UNIFORM}
 * @param search exact or accelerated search; default {@link SearchMode#EXACT}
 * @param threads worker threads of the candidate search, in [1, {@link io.github.inpaint4j.Threads#max()}]; default: the available
 *     processors. The output does not depend on it
 * @param seed seed of every random choice; default {@link #DEFAULT_SEED}
 * @param sourceMask for hole filling from the picture itself: the pixels candidate windows may be
 *     taken from ({@code true}, white in a file), of the picture's size (checked by
 *     {@link EfrosLeungInpainter#inpaint}); only windows lying wholly in known pixels of this mask
 *     are candidates. {@code null} (the default): every known pixel. It cannot be combined with a
 *     separate sample texture, nor used for synthesis
 * @param context where around each hole candidate windows are searched ({@link ExemplarContext}):
 *     {@link ExemplarContext#AUTO} (0, the default) as much picture as a bounded amount of work
 *     allows, a positive margin in pixels, or {@link ExemplarContext#WHOLE_PICTURE} (-1). Sized for
 *     the {@link SearchMode#COARSE_TO_FINE} search and the same for both searches, so the exact one
 *     compares every window that the fast one may choose; it combines with the source mask. Hole
 *     filling from the picture only (a separate sample, or synthesis, has every window searched)
 */
public record EfrosLeungConfig(int window, double epsilon, double maxErrorThreshold, WindowDistance distance,
        CandidateChoice choice, SearchMode search, int threads, long seed, Mask sourceMask, int context) {

    /** Default window width, 11. */
    public static final int DEFAULT_WINDOW = 11;
    /** Default ε, 0.1. */
    public static final double DEFAULT_EPSILON = 0.1;
    /** Default MaxErrThreshold, 0.3. */
    public static final double DEFAULT_MAX_ERROR_THRESHOLD = 0.3;
    /** Default seed, 1999 (the year of the paper). */
    public static final long DEFAULT_SEED = 1999L;
    /** Number of half-resolution candidates refined by {@link SearchMode#COARSE_TO_FINE}. */
    public static final int SHORTLIST = 16;
    /** σ of the Gaussian window weights is the window width divided by this (Efros and Leung's 6.4). */
    public static final double SIGMA_DIVISOR = 6.4;

    /** @throws IllegalArgumentException naming the field, its range and the value, for a bad field */
    public EfrosLeungConfig {
        ConfigChecks.requireOddWindow("window", window);
        if (!(epsilon >= 0 && Double.isFinite(epsilon))) {
            throw new IllegalArgumentException("epsilon must be finite and >= 0, got " + epsilon);
        }
        if (!(maxErrorThreshold > 0 && Double.isFinite(maxErrorThreshold))) {
            throw new IllegalArgumentException("maxErrorThreshold must be finite and > 0, got " + maxErrorThreshold);
        }
        ConfigChecks.requireNonNull("distance", distance);
        ConfigChecks.requireNonNull("choice", choice);
        ConfigChecks.requireNonNull("search", search);
        ConfigChecks.requireThreads(threads);
        ExemplarContext.require("context", context);
    }

    /** A configuration that may sample every known pixel (no source mask), with the automatic context. */
    public EfrosLeungConfig(int window, double epsilon, double maxErrorThreshold, WindowDistance distance,
            CandidateChoice choice, SearchMode search, int threads, long seed) {
        this(window, epsilon, maxErrorThreshold, distance, choice, search, threads, seed, null);
    }

    /** A configuration with the automatic context. */
    public EfrosLeungConfig(int window, double epsilon, double maxErrorThreshold, WindowDistance distance,
            CandidateChoice choice, SearchMode search, int threads, long seed, Mask sourceMask) {
        this(window, epsilon, maxErrorThreshold, distance, choice, search, threads, seed, sourceMask,
                ExemplarContext.AUTO);
    }

    /**
     * The published defaults, exact search, all available processors, seed {@value #DEFAULT_SEED},
     * every known pixel a source, the automatic context.
     */
    public static EfrosLeungConfig defaults() {
        return new EfrosLeungConfig(DEFAULT_WINDOW, DEFAULT_EPSILON, DEFAULT_MAX_ERROR_THRESHOLD,
                WindowDistance.GAUSSIAN_SSD, CandidateChoice.UNIFORM, SearchMode.EXACT,
                Runtime.getRuntime().availableProcessors(), DEFAULT_SEED);
    }

    /** σ of the Gaussian window weights, {@code window / 6.4}. */
    public double sigma() {
        return window / SIGMA_DIVISOR;
    }

    /** A copy with another window width. */
    public EfrosLeungConfig withWindow(int newWindow) {
        return new EfrosLeungConfig(newWindow, epsilon, maxErrorThreshold, distance, choice, search, threads, seed,
                sourceMask, context);
    }

    /** A copy with another ε. */
    public EfrosLeungConfig withEpsilon(double newEpsilon) {
        return new EfrosLeungConfig(window, newEpsilon, maxErrorThreshold, distance, choice, search, threads, seed,
                sourceMask, context);
    }

    /** A copy with another MaxErrThreshold. */
    public EfrosLeungConfig withMaxErrorThreshold(double newThreshold) {
        return new EfrosLeungConfig(window, epsilon, newThreshold, distance, choice, search, threads, seed,
                sourceMask, context);
    }

    /** A copy with another window distance. */
    public EfrosLeungConfig withDistance(WindowDistance newDistance) {
        return new EfrosLeungConfig(window, epsilon, maxErrorThreshold, newDistance, choice, search, threads, seed,
                sourceMask, context);
    }

    /** A copy with another candidate choice. */
    public EfrosLeungConfig withChoice(CandidateChoice newChoice) {
        return new EfrosLeungConfig(window, epsilon, maxErrorThreshold, distance, newChoice, search, threads, seed,
                sourceMask, context);
    }

    /** A copy with another search mode. */
    public EfrosLeungConfig withSearch(SearchMode newSearch) {
        return new EfrosLeungConfig(window, epsilon, maxErrorThreshold, distance, choice, newSearch, threads, seed,
                sourceMask, context);
    }

    /** A copy with another thread count. */
    public EfrosLeungConfig withThreads(int newThreads) {
        return new EfrosLeungConfig(window, epsilon, maxErrorThreshold, distance, choice, search, newThreads, seed,
                sourceMask, context);
    }

    /**
     * A copy that samples only the {@code true} pixels of {@code newSourceMask} ({@code null}: every
     * known pixel).
     */
    public EfrosLeungConfig withSourceMask(Mask newSourceMask) {
        return new EfrosLeungConfig(window, epsilon, maxErrorThreshold, distance, choice, search, threads, seed,
                newSourceMask, context);
    }

    /** A copy with another context ({@link ExemplarContext}: 0 automatic, -1 the whole picture, or a margin). */
    public EfrosLeungConfig withContext(int newContext) {
        return new EfrosLeungConfig(window, epsilon, maxErrorThreshold, distance, choice, search, threads, seed,
                sourceMask, newContext);
    }

    /** A copy with another seed. */
    public EfrosLeungConfig withSeed(long newSeed) {
        return new EfrosLeungConfig(window, epsilon, maxErrorThreshold, distance, choice, search, threads, newSeed,
                sourceMask, context);
    }
}
