package io.github.inpaint4j.texture;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.CostEstimate;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.texture.internal.CriminisiFill;
import io.github.inpaint4j.texture.internal.ExemplarRegions;
import io.github.inpaint4j.texture.internal.SearchWork;
import io.github.inpaint4j.texture.internal.WorkingImage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Exemplar-based inpainting: A. Criminisi, P. Pérez and K. Toyama, "Region Filling and Object
 * Removal by Exemplar-Based Image Inpainting", IEEE Transactions on Image Processing 13(9), 2004.
 *
 * <p>The hole is filled patch by patch from its boundary (the fill front) inwards. Each step takes
 * the front pixel p of highest priority {@code P(p) = C(p)·D(p)}: the confidence C (the share of
 * reliable pixels in p's patch; 1 for known pixels, inherited by filled ones) times the data term
 * {@code D = |∇I⊥·n| / α} (the strength of the isophote hitting the front, so that linear
 * structures are continued first). Among the patches of the image lying wholly in known pixels it
 * finds the one with the smallest SSD over the known pixels of p's patch, copies it into the
 * patch's hole pixels and gives them p's confidence. It copies whole patches, so it is much faster
 * than Efros–Leung and continues edges and structures, which makes it suited to removing objects.
 *
 * <p>{@link CriminisiConfig#sourceMask()} limits the exemplars to a region of the picture (for
 * example to keep a sky or a border from leaking into the hole), and {@link CriminisiConfig#context()}
 * to the picture around each hole ({@link ExemplarContext}): by default as much of it as a bounded
 * amount of work allows, the whole picture up to about a megapixel, so that a 12-megapixel photo
 * costs what its holes cost. Where even the narrowest context would cost more than that bound (a
 * hole of a million pixels), the exemplar is searched coarse to fine: the candidates are compared at
 * a coarser level first, and only the best few are compared at full resolution. {@link #estimate}
 * tells the cost before a run.
 *
 * <p>Deterministic (no random choice; ties go to the first pixel or patch in row-major order), and
 * the search runs on {@link CriminisiConfig#threads()} threads with the same result for any count.
 * Thread-safe: the configuration is immutable and each call has its own state.
 */
public final class CriminisiInpainter implements Inpainter {

    private final CriminisiConfig config;

    /** An inpainter with {@link CriminisiConfig#defaults()}. */
    public CriminisiInpainter() {
        this(CriminisiConfig.defaults());
    }

    /** An inpainter with the given configuration. */
    public CriminisiInpainter(CriminisiConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The configuration. */
    public CriminisiConfig config() {
        return config;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if the source mask does not have the picture's size, or
     *     the known pixels (inside the source mask, if there is one) hold no complete patch (the
     *     image is smaller than the patch, or the holes leave no patch free)
     */
    @Override
    public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
        ConfigChecks.requireSourceMaskFits(config.sourceMask(), image);
        if (!InpaintCall.begin(image, mask, progress, cancel)) {
            return image;
        }
        ExemplarRegions regions = regions(mask);
        ConfigChecks.requireCandidates(!regions.hasSource(), "patch", config.patch(), mask, config.sourceMask());
        CostLog.before("Criminisi (patch " + config.patch() + ")", estimate(regions),
                regions.regions().size(), config.threads());
        WorkingImage work = WorkingImage.of(image, mask);
        regions.fill(work, config.threads(), progress, cancel, (part, source, pool, filled, overBudget) ->
                CriminisiFill.run(part, source, config, pool, filled, cancel, overBudget));
        return work.toImage();
    }

    /**
     * The pixel comparisons of filling {@code mask}'s holes in their context regions, and their time
     * at the calibrated rate on {@link CriminisiConfig#threads()} threads.
     *
     * @throws IllegalArgumentException if the source mask does not have the mask's size
     */
    @Override
    public Optional<CostEstimate> estimate(Mask mask) {
        Objects.requireNonNull(mask, "mask");
        ConfigChecks.requireSourceMaskFits(config.sourceMask(), mask.width(), mask.height());
        return Optional.of(estimate(regions(mask)));
    }

    private CostEstimate estimate(ExemplarRegions regions) {
        double work = regions.work(model(), config.searchRadius() == CriminisiConfig.UNLIMITED
                ? SearchWork.criminisiCoarseToFine(config.patch(), CriminisiFill.SHORTLIST) : model());
        return new CostEstimate(work, "pixel comparisons", SearchWork.seconds(work, config.threads()),
                "a narrower context (option context, a margin in pixels) or a larger patch costs less",
                List.of("context", "patch", "search-radius"));
    }

    private ExemplarRegions regions(Mask mask) {
        return ExemplarRegions.of(mask, config.sourceMask(), config.patch(), config.context(), model());
    }

    /** The work of the search: every candidate of the region, or those within the search radius. */
    private SearchWork.Model model() {
        SearchWork.Model all = SearchWork.criminisi(config.patch());
        // the square of candidates around a patch, in double: a radius beyond the picture (up to
        // Integer.MAX_VALUE) squares past Long.MAX_VALUE, and the candidates bound it anyway
        double window = 2.0 * config.searchRadius() + 1;
        return config.searchRadius() == CriminisiConfig.UNLIMITED ? all
                : (holes, candidates) -> all.of(holes, (long) Math.min(candidates, window * window));
    }
}
