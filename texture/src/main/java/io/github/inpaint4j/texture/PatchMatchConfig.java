package io.github.inpaint4j.texture;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.settings.Settings;

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
 *     coarse levels — {@code telea} (the default), {@code gan}, … — or {@link #NO_GUIDE}; resolved
 *     by name when the {@link PatchMatchInpainter} is made, so this module needs no other at
 *     compile time. The guide's fill, brought down the pyramid, starts the coarsest level and is
 *     added to the patch distance of the coarse levels with weight {@link #guideWeightAt}
 * @param guideWeight weight λ of the guide term at the coarsest level, in [0, {@value #MAX_GUIDE_WEIGHT}];
 *     default {@value #DEFAULT_GUIDE_WEIGHT}. A candidate source patch S for the target at p costs
 *     {@code ‖T − S‖² + λ_l · n · ‖mean(G_l(p)) − mean(S)‖²}, T the target's current estimate, G_l(p)
 *     the guide's patch at p on level l and n the patch's pixels; λ_l falls linearly to 0 at the
 *     finest level, which copies real texture. 0 keeps the guide's start only
 * @param blend how the finest level's fill meets the picture: {@link Blend#GRADIENT} (the default)
 *     solves it again in the gradient domain, so that no colour step remains at the hole's border;
 *     {@link Blend#NONE} keeps every filled pixel a copy of a known one
 *
 * <p>Each field but the source mask is a {@link Setting} declared below, which the compact
 * constructor checks and the method registry and the command line read.
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
         * from, with the known pixels of the source region as the boundary. Removes colour steps at
         * the border and between copies; the texture is kept.
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

    /** The {@code patch} setting. */
    public static final Setting<Integer> PATCH = Setting.integer("patch", DEFAULT_PATCH).range(3, MAX_PATCH).odd()
            .help("patch width, odd; larger keeps larger structures");
    /** The {@code levels} setting. */
    public static final Setting<Integer> LEVELS = Setting.integer("levels", AUTO_LEVELS).range(0, MAX_LEVELS)
            .help("pyramid levels, the full resolution included (0: until the hole is about two patches across)");
    /** The {@code coarsest-iterations} setting. */
    public static final Setting<Integer> COARSEST_ITERATIONS = Setting.integer("coarsest-iterations",
            DEFAULT_COARSEST_ITERATIONS).range(1, MAX_ITERATIONS).help("EM iterations at the coarsest level");
    /** The {@code finest-iterations} setting. */
    public static final Setting<Integer> FINEST_ITERATIONS = Setting.integer("finest-iterations",
            DEFAULT_FINEST_ITERATIONS).range(1, MAX_ITERATIONS).help("EM iterations at the full resolution");
    /** The {@code search-iterations} setting. */
    public static final Setting<Integer> SEARCH_ITERATIONS = Setting.integer("search-iterations",
            DEFAULT_SEARCH_ITERATIONS).range(1, MAX_SEARCH_ITERATIONS)
            .help("PatchMatch passes (propagation and random search) per EM iteration");
    /** The {@code seed} setting. */
    public static final Setting<Long> SEED = Setting.seed(DEFAULT_SEED);
    /** The {@code threads} setting. */
    public static final Setting<Integer> THREADS = Setting.threads("worker threads; the output does not depend on them");
    /** The {@code guide} setting. */
    public static final Setting<String> GUIDE = Setting.text("guide", DEFAULT_GUIDE)
            .matching("[a-z][a-z0-9-]*", "a method's name")
            .help("method whose fill guides the coarse levels: telea, gan (with inpaint4j-gan on the class path), any"
                    + " registered method, or none");
    /** The {@code guide-weight} setting. */
    public static final Setting<Double> GUIDE_WEIGHT = Setting.number("guide-weight", DEFAULT_GUIDE_WEIGHT)
            .range(0, MAX_GUIDE_WEIGHT)
            .help("weight of the guide in the coarsest level's patch distance, falling to 0 at the finest");
    /** The {@code blend} setting. */
    public static final Setting<Blend> BLEND = Setting.choice("blend", Blend.GRADIENT)
            .help("gradient: blend the fill in the gradient domain, no colour step at the border; none: every filled"
                    + " pixel a copy of a known one");

    /** The settings, in the order a user sees them (the source mask, a picture, is not among them). */
    public static final Settings SETTINGS = Settings.of(PATCH, LEVELS, COARSEST_ITERATIONS, FINEST_ITERATIONS,
            SEARCH_ITERATIONS, GUIDE, GUIDE_WEIGHT, BLEND, SEED, THREADS);

    /** @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value, for a bad field */
    public PatchMatchConfig {
        PATCH.check(patch);
        LEVELS.check(levels);
        COARSEST_ITERATIONS.check(coarsestIterations);
        FINEST_ITERATIONS.check(finestIterations);
        SEARCH_ITERATIONS.check(searchIterations);
        THREADS.check(threads);
        GUIDE.check(guide);
        if (guide.equals("patchmatch")) {
            throw new SettingException(GUIDE.name(), "'patchmatch'", "another method's name, or " + NO_GUIDE);
        }
        GUIDE_WEIGHT.check(guideWeight);
        BLEND.check(blend);
    }

    /**
     * Patch 7, automatic levels, 30 to 2 EM iterations, 2 PatchMatch passes, all processors, every
     * known pixel a source, guide {@value #DEFAULT_GUIDE} of weight {@value #DEFAULT_GUIDE_WEIGHT},
     * gradient-domain blend.
     */
    public static PatchMatchConfig defaults() {
        return builder().build();
    }

    /** A builder at the {@linkplain #defaults() defaults}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder().patch(patch).levels(levels).coarsestIterations(coarsestIterations)
                .finestIterations(finestIterations).searchIterations(searchIterations).seed(seed).threads(threads)
                .sourceMask(sourceMask).guide(guide).guideWeight(guideWeight).blend(blend);
    }

    /** A copy with another patch width. */
    public PatchMatchConfig withPatch(int newPatch) {
        return toBuilder().patch(newPatch).build();
    }

    /** A copy with another number of levels (0 = automatic). */
    public PatchMatchConfig withLevels(int newLevels) {
        return toBuilder().levels(newLevels).build();
    }

    /** A copy with other EM iteration counts at the coarsest and the finest level. */
    public PatchMatchConfig withIterations(int newCoarsest, int newFinest) {
        return toBuilder().coarsestIterations(newCoarsest).finestIterations(newFinest).build();
    }

    /** A copy with another number of PatchMatch passes per EM iteration. */
    public PatchMatchConfig withSearchIterations(int newSearchIterations) {
        return toBuilder().searchIterations(newSearchIterations).build();
    }

    /** A copy with another seed. */
    public PatchMatchConfig withSeed(long newSeed) {
        return toBuilder().seed(newSeed).build();
    }

    /** A copy with another thread count. */
    public PatchMatchConfig withThreads(int newThreads) {
        return toBuilder().threads(newThreads).build();
    }

    /** A copy taking patches only from the {@code true} pixels of {@code newSourceMask} ({@code null}: all known). */
    public PatchMatchConfig withSourceMask(Mask newSourceMask) {
        return toBuilder().sourceMask(newSourceMask).build();
    }

    /** A copy guided by the method named {@code newGuide} ({@link #NO_GUIDE}: none). */
    public PatchMatchConfig withGuide(String newGuide) {
        return toBuilder().guide(newGuide).build();
    }

    /** A copy with another guide weight at the coarsest level. */
    public PatchMatchConfig withGuideWeight(double newGuideWeight) {
        return toBuilder().guideWeight(newGuideWeight).build();
    }

    /** A copy with another blend. */
    public PatchMatchConfig withBlend(Blend newBlend) {
        return toBuilder().blend(newBlend).build();
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

    /**
     * Builds a {@link PatchMatchConfig}; starts at the defaults, and {@link #build()} checks the values.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private int patch = PATCH.defaultValue().orElseThrow();
        private int levels = LEVELS.defaultValue().orElseThrow();
        private int coarsestIterations = COARSEST_ITERATIONS.defaultValue().orElseThrow();
        private int finestIterations = FINEST_ITERATIONS.defaultValue().orElseThrow();
        private int searchIterations = SEARCH_ITERATIONS.defaultValue().orElseThrow();
        private long seed = SEED.defaultValue().orElseThrow();
        private int threads = THREADS.defaultValue().orElseThrow();
        private Mask sourceMask;
        private String guide = GUIDE.defaultValue().orElseThrow();
        private double guideWeight = GUIDE_WEIGHT.defaultValue().orElseThrow();
        private Blend blend = BLEND.defaultValue().orElseThrow();

        private Builder() {
        }

        /** The patch width ({@link #PATCH}). */
        public Builder patch(int value) {
            patch = value;
            return this;
        }

        /** The pyramid levels ({@link #LEVELS}). */
        public Builder levels(int value) {
            levels = value;
            return this;
        }

        /** EM iterations at the coarsest level ({@link #COARSEST_ITERATIONS}). */
        public Builder coarsestIterations(int value) {
            coarsestIterations = value;
            return this;
        }

        /** EM iterations at the finest level ({@link #FINEST_ITERATIONS}). */
        public Builder finestIterations(int value) {
            finestIterations = value;
            return this;
        }

        /** PatchMatch passes per EM iteration ({@link #SEARCH_ITERATIONS}). */
        public Builder searchIterations(int value) {
            searchIterations = value;
            return this;
        }

        /** The seed ({@link #SEED}). */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** The thread count ({@link #THREADS}). */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /** The pixels patches may be copied from ({@code null}: every known pixel). */
        public Builder sourceMask(Mask value) {
            sourceMask = value;
            return this;
        }

        /** The guide's method name ({@link #GUIDE}; {@link #NO_GUIDE}: none). */
        public Builder guide(String value) {
            guide = value;
            return this;
        }

        /** The guide's weight at the coarsest level ({@link #GUIDE_WEIGHT}). */
        public Builder guideWeight(double value) {
            guideWeight = value;
            return this;
        }

        /** How the final fill is blended ({@link #BLEND}). */
        public Builder blend(Blend value) {
            blend = value;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value
         */
        public PatchMatchConfig build() {
            return new PatchMatchConfig(patch, levels, coarsestIterations, finestIterations, searchIterations, seed,
                    threads, sourceMask, guide, guideWeight, blend);
        }
    }
}
