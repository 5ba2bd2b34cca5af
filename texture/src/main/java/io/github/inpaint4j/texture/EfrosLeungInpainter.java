package io.github.inpaint4j.texture;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.CostEstimate;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.texture.internal.CandidateWindows;
import io.github.inpaint4j.texture.internal.EfrosLeungFill;
import io.github.inpaint4j.texture.internal.ExemplarRegions;
import io.github.inpaint4j.texture.internal.SearchWork;
import io.github.inpaint4j.texture.internal.WorkingImage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Hole filling by non-parametric sampling: A. A. Efros and T. K. Leung, "Texture Synthesis by
 * Non-parametric Sampling", ICCV 1999.
 *
 * <p>Hole pixels are filled one at a time in onion-peel order (the pixels whose window holds the
 * most known pixels first). For a pixel p with window ω(p) of width w, every candidate window ω —
 * each window of the source lying wholly in known pixels — is compared over the known pixels of
 * ω(p): {@code d = Σ G·M·(F − I)² / Σ G·M}, with G a Gaussian of σ = w / 6.4 and M the known-pixel
 * mask ({@link WindowDistance}). The candidates with {@code d ≤ (1 + ε)·d_best} form the set from
 * which one is drawn ({@link CandidateChoice}); its centre pixel is copied into p if its distance
 * is below MaxErrThreshold, which is relaxed by 10 % whenever a whole round fills nothing.
 *
 * <p>The source of candidates is the known part of the image being filled — limited to a region by
 * {@link EfrosLeungConfig#sourceMask()}, and to the picture around each hole by
 * {@link EfrosLeungConfig#context()} ({@link ExemplarContext}: by default as much of it as a bounded
 * amount of work of the coarse-to-fine search allows, the whole picture up to about a megapixel) —
 * or a separate sample texture ({@link #EfrosLeungInpainter(EfrosLeungConfig, RgbImage)}). The
 * exact search can take hours on a large hole in a large picture: {@link #estimate} tells its cost
 * before a run. The search compares every
 * candidate by default and runs on {@link EfrosLeungConfig#threads()} threads; the result depends
 * only on the inputs and the configuration's seed, not on the thread count.
 * {@link SearchMode#FAST} trades a little quality for about ten times the speed.
 *
 * <p>Thread-safe: the configuration and the sample are immutable and each call has its own state.
 */
public final class EfrosLeungInpainter implements Inpainter {

    private final EfrosLeungConfig config;
    private final RgbImage sample;

    /** An inpainter with {@link EfrosLeungConfig#defaults()}, sampling the image's own known pixels. */
    public EfrosLeungInpainter() {
        this(EfrosLeungConfig.defaults());
    }

    /** An inpainter sampling the known pixels of the image it fills. */
    public EfrosLeungInpainter(EfrosLeungConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.sample = null;
    }

    /**
     * An inpainter sampling the windows of a separate texture instead of the image's own pixels.
     *
     * @throws IllegalArgumentException if the sample is smaller than the window, or the
     *     configuration has a source mask (which selects pixels of the picture itself)
     */
    public EfrosLeungInpainter(EfrosLeungConfig config, RgbImage sample) {
        this.config = Objects.requireNonNull(config, "config");
        this.sample = Objects.requireNonNull(sample, "sample");
        ConfigChecks.requireSampleFits(sample, config.window());
        if (config.sourceMask() != null) {
            throw new IllegalArgumentException("sourceMask selects the pixels of the picture that may be sampled;"
                    + " it cannot be combined with a separate sample texture");
        }
    }

    /** The configuration. */
    public EfrosLeungConfig config() {
        return config;
    }

    /** The separate sample texture, if candidates come from one. */
    public Optional<RgbImage> sample() {
        return Optional.ofNullable(sample);
    }

    /**
     * Number of candidate windows of the sample, or else of a picture with this mask: the windows
     * lying wholly in known pixels (and in the source mask, if there is one), which is what the
     * exact search compares for each hole pixel when the context is the
     * {@linkplain ExemplarContext#WHOLE_PICTURE whole picture}.
     */
    public long candidateCount(Mask mask) {
        Objects.requireNonNull(mask, "mask");
        RgbImage source = sample != null ? sample : RgbImage.filled(mask.width(), mask.height(), 0, 0, 0);
        WorkingImage known = sample != null ? WorkingImage.of(sample) : WorkingImage.of(source, mask);
        return CandidateWindows.in(known, config.sourceMask(), config.window()).count();
    }

    /**
     * Number of window comparisons of the exact search on a picture with this mask: one search per
     * hole pixel, each comparing every candidate window of the sample, or of the pixel's context
     * region. Filling the hole costs about this × w² × 3 squared differences, less the unknown
     * part of each pixel's window (the bench uses it to report an arithmetic rate).
     *
     * @throws IllegalArgumentException if the source mask does not have the mask's size
     */
    public long windowComparisons(Mask mask) {
        Objects.requireNonNull(mask, "mask");
        if (sample != null) {
            return mask.holeCount() * candidateCount(mask);
        }
        ConfigChecks.requireSourceMaskFits(config.sourceMask(), mask.width(), mask.height());
        ExemplarRegions regions = regions(mask);
        long total = 0;
        for (int r = 0; r < regions.regions().size(); r++) {
            total += regions.holes(r) * regions.candidates(r);
        }
        return total;
    }

    /**
     * The pixel comparisons of filling {@code mask}'s holes with the configured search, and their
     * time at the calibrated rate on {@link EfrosLeungConfig#threads()} threads.
     *
     * @throws IllegalArgumentException if the source mask does not have the mask's size
     */
    @Override
    public Optional<CostEstimate> estimate(Mask mask) {
        Objects.requireNonNull(mask, "mask");
        if (sample != null) {
            return Optional.of(estimate(model().of(mask.holeCount(), candidateCount(mask))));
        }
        ConfigChecks.requireSourceMaskFits(config.sourceMask(), mask.width(), mask.height());
        return Optional.of(estimate(work(regions(mask))));
    }

    private CostEstimate estimate(double work) {
        String hint = config.search() == SearchMode.EXACT
                ? "the coarse-to-fine search (option fast) or a narrower context (option context, a margin in pixels)"
                        + " costs less"
                : "a narrower context (option context, a margin in pixels) or a smaller window costs less";
        return new CostEstimate(work, "pixel comparisons", SearchWork.seconds(work, config.threads()), hint,
                List.of("fast", "context", "window"));
    }

    /** Logs the cost of a run before it starts. */
    private void log(CostEstimate cost, ExemplarRegions regions) {
        CostLog.before("Efros–Leung (" + (config.search() == SearchMode.EXACT ? "exact" : "coarse-to-fine")
                + " search, window " + config.window() + ")", cost, regions == null ? 1 : regions.regions().size(),
                config.threads());
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if the source mask does not have the picture's size, or,
     *     without a separate sample, the known pixels (inside the source mask, if there is one) hold
     *     no complete window (the image is smaller than the window, or the holes leave no window free)
     */
    @Override
    public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
        ConfigChecks.requireSourceMaskFits(config.sourceMask(), image);
        if (!InpaintCall.begin(image, mask, progress, cancel)) {
            return image;
        }
        WorkingImage work = WorkingImage.of(image, mask);
        SplittableRandom random = new SplittableRandom(config.seed());
        if (sample != null) {
            log(estimate(model().of(mask.holeCount(), candidateCount(mask))), null);
            EfrosLeungFill.run(work, CandidateWindows.in(WorkingImage.of(sample), config.window()), config, random,
                    progress, cancel);
            return work.toImage();
        }
        ExemplarRegions regions = regions(mask);
        ConfigChecks.requireCandidates(!regions.hasSource(), "window", config.window(), mask, config.sourceMask());
        log(estimate(work(regions)), regions);
        regions.fill(work, config.threads(), progress, cancel, (part, source, pool, filled, overBudget) ->
                EfrosLeungFill.run(part, source, config, random, pool, filled, cancel, overBudget));
        return work.toImage();
    }

    /** The context regions of {@code mask}'s holes, sized for the coarse-to-fine search whatever the search. */
    private ExemplarRegions regions(Mask mask) {
        return ExemplarRegions.of(mask, config.sourceMask(), config.window(), config.context(), fastModel());
    }

    /**
     * The work of filling the regions with the configured search (the coarse-to-fine search takes
     * a deep pyramid in a region over budget).
     */
    private double work(ExemplarRegions regions) {
        return regions.work(model(), config.search() == SearchMode.EXACT ? model()
                : SearchWork.efrosLeungFastDeep(config.window(), EfrosLeungConfig.SHORTLIST));
    }

    /** The work of the configured search. */
    private SearchWork.Model model() {
        return config.search() == SearchMode.EXACT ? SearchWork.efrosLeungExact(config.window()) : fastModel();
    }

    private SearchWork.Model fastModel() {
        return SearchWork.efrosLeungFast(config.window(), EfrosLeungConfig.SHORTLIST);
    }
}
