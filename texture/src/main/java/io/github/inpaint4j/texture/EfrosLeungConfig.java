package io.github.inpaint4j.texture;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.Settings;

/**
 * Configuration of {@link EfrosLeungInpainter} and {@link EfrosLeungSynthesizer}. The defaults are
 * the published ones (Efros and Leung 1999, and their pseudo-code).
 *
 * @param window width w of the square window compared around each pixel, odd and at least 3;
 *     default 11. Larger windows capture larger structures and cost about w² more
 * @param epsilon ε of the candidate set {@code d ≤ (1 + ε)·d_best}, finite and at least 0; default 0.1
 * @param maxError the original's MaxErrThreshold: a pixel is filled only if the chosen candidate's
 *     distance is below this; when no pixel of a round passes it is raised by 10 % (the original's
 *     relaxation); finite and greater than 0, default 0.3
 * @param distance the window distance; default {@link WindowDistance#GAUSSIAN_SSD} (σ = w / 6.4)
 * @param choice how one candidate is picked; default {@link CandidateChoice#UNIFORM}
 * @param search exact or accelerated search ({@link SearchMode#FAST}, the {@code fast} setting);
 *     default {@link SearchMode#EXACT}
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
 *     the {@link SearchMode#FAST} search and the same for both searches, so the exact one
 *     compares every window that the fast one may choose; it combines with the source mask. Hole
 *     filling from the picture only (a separate sample, or synthesis, has every window searched)
 *
 * <p>Each field but the source mask is a {@link Setting} declared below (its public name, default,
 * range and help): the compact constructor checks the fields against them, and the method registry
 * and the command line read them. Change fields with the {@code with…} copies or
 * {@link #toBuilder()}.
 */
public record EfrosLeungConfig(int window, double epsilon, double maxError, WindowDistance distance,
        CandidateChoice choice, SearchMode search, int threads, long seed, Mask sourceMask, int context) {

    /** Default window width, 11. */
    public static final int DEFAULT_WINDOW = 11;
    /** Default ε, 0.1. */
    public static final double DEFAULT_EPSILON = 0.1;
    /** Default MaxErrThreshold, 0.3. */
    public static final double DEFAULT_MAX_ERROR = 0.3;
    /** Default seed, 1999 (the year of the paper). */
    public static final long DEFAULT_SEED = 1999L;
    /** Number of half-resolution candidates refined by {@link SearchMode#FAST}. */
    public static final int SHORTLIST = 16;
    /** σ of the Gaussian window weights is the window width divided by this (Efros and Leung's 6.4). */
    public static final double SIGMA_DIVISOR = 6.4;

    /** The {@code window} setting. */
    public static final Setting<Integer> WINDOW = Setting.integer("window", DEFAULT_WINDOW).atLeast(3).odd()
            .help("window width, odd: about the size of the texture's largest elements; the work grows with its"
                    + " square");
    /** The {@code epsilon} setting. */
    public static final Setting<Double> EPSILON = Setting.number("epsilon", DEFAULT_EPSILON).atLeast(0)
            .help("candidates within (1 + epsilon) times the best distance are drawn from");
    /** The {@code fast} setting: the search, {@link SearchMode#FAST} when on. */
    public static final Setting<SearchMode> SEARCH = Setting.flag("fast", SearchMode.EXACT, SearchMode.FAST)
            .help("coarse-to-fine search: about 5 times faster than the exact default, with the same quality on"
                    + " average");
    /** The {@code distance} setting. */
    public static final Setting<WindowDistance> DISTANCE = Setting.choice("distance", WindowDistance.GAUSSIAN_SSD)
            .help("window distance: Gaussian-weighted SSD (the original) or the SSD normalised by the windows'"
                    + " energies");
    /** The {@code choice} setting. */
    public static final Setting<CandidateChoice> CHOICE = Setting.choice("choice", CandidateChoice.UNIFORM)
            .help("how one candidate is drawn: uniformly (the original), or the closer ones more often");
    /** The {@code max-error} setting. */
    public static final Setting<Double> MAX_ERROR = Setting.number("max-error", DEFAULT_MAX_ERROR).above(0)
            .help("a pixel is filled only from a candidate closer than this; relaxed by 10 % when no pixel passes");
    /** The {@code context} setting ({@link ExemplarContext}). */
    public static final Setting<Integer> CONTEXT = ExemplarContext.SETTING;
    /** The {@code seed} setting. */
    public static final Setting<Long> SEED = Setting.seed(DEFAULT_SEED);
    /** The {@code threads} setting. */
    public static final Setting<Integer> THREADS = Setting.threads("worker threads of the candidate search");

    /** The settings, in the order a user sees them (the source mask, a picture, is not among them). */
    public static final Settings SETTINGS = Settings.of(WINDOW, EPSILON, SEARCH, DISTANCE, CHOICE, MAX_ERROR, CONTEXT,
            SEED, THREADS);

    /**
     * @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value, for a bad
     *     field
     */
    public EfrosLeungConfig {
        WINDOW.check(window);
        EPSILON.check(epsilon);
        MAX_ERROR.check(maxError);
        DISTANCE.check(distance);
        CHOICE.check(choice);
        SEARCH.check(search);
        THREADS.check(threads);
        CONTEXT.check(context);
    }

    /**
     * The published defaults, exact search, all available processors, seed {@value #DEFAULT_SEED},
     * every known pixel a source, the automatic context.
     */
    public static EfrosLeungConfig defaults() {
        return builder().build();
    }

    /** A builder at the {@linkplain #defaults() defaults}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder().window(window).epsilon(epsilon).maxError(maxError).distance(distance).choice(choice)
                .search(search).threads(threads).seed(seed).sourceMask(sourceMask).context(context);
    }

    /** σ of the Gaussian window weights, {@code window / 6.4}. */
    public double sigma() {
        return window / SIGMA_DIVISOR;
    }

    /** A copy with another window width. */
    public EfrosLeungConfig withWindow(int newWindow) {
        return toBuilder().window(newWindow).build();
    }

    /** A copy with another ε. */
    public EfrosLeungConfig withEpsilon(double newEpsilon) {
        return toBuilder().epsilon(newEpsilon).build();
    }

    /** A copy with another MaxErrThreshold. */
    public EfrosLeungConfig withMaxError(double newMaxError) {
        return toBuilder().maxError(newMaxError).build();
    }

    /** A copy with another window distance. */
    public EfrosLeungConfig withDistance(WindowDistance newDistance) {
        return toBuilder().distance(newDistance).build();
    }

    /** A copy with another candidate choice. */
    public EfrosLeungConfig withChoice(CandidateChoice newChoice) {
        return toBuilder().choice(newChoice).build();
    }

    /** A copy with another search mode. */
    public EfrosLeungConfig withSearch(SearchMode newSearch) {
        return toBuilder().search(newSearch).build();
    }

    /** A copy with another thread count. */
    public EfrosLeungConfig withThreads(int newThreads) {
        return toBuilder().threads(newThreads).build();
    }

    /**
     * A copy that samples only the {@code true} pixels of {@code newSourceMask} ({@code null}: every
     * known pixel).
     */
    public EfrosLeungConfig withSourceMask(Mask newSourceMask) {
        return toBuilder().sourceMask(newSourceMask).build();
    }

    /** A copy with another context ({@link ExemplarContext}: 0 automatic, -1 the whole picture, or a margin). */
    public EfrosLeungConfig withContext(int newContext) {
        return toBuilder().context(newContext).build();
    }

    /** A copy with another seed. */
    public EfrosLeungConfig withSeed(long newSeed) {
        return toBuilder().seed(newSeed).build();
    }

    /**
     * Builds an {@link EfrosLeungConfig}; starts at the defaults, and {@link #build()} checks the values.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private int window = WINDOW.defaultValue().orElseThrow();
        private double epsilon = EPSILON.defaultValue().orElseThrow();
        private double maxError = MAX_ERROR.defaultValue().orElseThrow();
        private WindowDistance distance = DISTANCE.defaultValue().orElseThrow();
        private CandidateChoice choice = CHOICE.defaultValue().orElseThrow();
        private SearchMode search = SEARCH.defaultValue().orElseThrow();
        private int threads = THREADS.defaultValue().orElseThrow();
        private long seed = SEED.defaultValue().orElseThrow();
        private Mask sourceMask;
        private int context = CONTEXT.defaultValue().orElseThrow();

        private Builder() {
        }

        /** The window width ({@link #WINDOW}). */
        public Builder window(int value) {
            window = value;
            return this;
        }

        /** ε ({@link #EPSILON}). */
        public Builder epsilon(double value) {
            epsilon = value;
            return this;
        }

        /** MaxErrThreshold ({@link #MAX_ERROR}). */
        public Builder maxError(double value) {
            maxError = value;
            return this;
        }

        /** The window distance ({@link #DISTANCE}). */
        public Builder distance(WindowDistance value) {
            distance = value;
            return this;
        }

        /** The candidate choice ({@link #CHOICE}). */
        public Builder choice(CandidateChoice value) {
            choice = value;
            return this;
        }

        /** The search ({@link #SEARCH}). */
        public Builder search(SearchMode value) {
            search = value;
            return this;
        }

        /** The thread count ({@link #THREADS}). */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /** The seed ({@link #SEED}). */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** The pixels windows may be taken from ({@code null}: every known pixel). */
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
        public EfrosLeungConfig build() {
            return new EfrosLeungConfig(window, epsilon, maxError, distance, choice, search, threads, seed, sourceMask,
                    context);
        }
    }
}
