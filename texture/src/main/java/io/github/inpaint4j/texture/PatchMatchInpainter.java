package io.github.inpaint4j.texture;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressCounter;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.texture.internal.GuideFill;
import io.github.inpaint4j.texture.internal.GuideMethod;
import io.github.inpaint4j.texture.internal.PatchMatchCompletion;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multi-scale patch-based image completion: Y. Wexler, E. Shechtman and M. Irani, "Space-Time
 * Completion of Video", IEEE TPAMI 29(3), 2007, with the nearest-neighbour fields found by
 * PatchMatch: C. Barnes, E. Shechtman, A. Finkelstein and D. B. Goldman, "PatchMatch: A Randomized
 * Correspondence Algorithm for Structural Image Editing", ACM SIGGRAPH 2009.
 *
 * <p>Completion is a global optimisation: every patch that overlaps the hole should look like some
 * source patch (a patch lying wholly in known pixels, of the {@linkplain PatchMatchConfig#sourceMask()
 * source region} if one is set), and the overlapping patches should agree. It is solved coarse to
 * fine over a Gaussian pyramid by expectation–maximisation: the E-step finds each hole patch's
 * nearest source patch with PatchMatch (started from the coarser level's field, then propagation
 * and random search at shrinking radii); the M-step votes — each hole pixel becomes the mean of
 * what the overlapping patches' matches put there, weighted by match similarity and by closeness to
 * the hole's edge. The last vote at full resolution takes the weighted mode instead of the mean, so
 * the fill stays sharp. Only the holes and a margin of context around them enter the pyramid, so a
 * small hole in a large photo costs what the hole costs.
 *
 * <p><b>Guided completion.</b> With a {@linkplain PatchMatchConfig#guide() guide} — another method,
 * such as {@code telea} or {@code gan}, named in the configuration — the guide fills the holes
 * first; its fill, brought down the pyramid, starts the coarsest level in place of the onion peel
 * and pulls the coarse levels' matches toward its colour layout through a term of the patch
 * distance whose weight falls to 0 at the finest level, where real texture is copied. The guide's
 * module only needs to be on the class path at run time.
 *
 * <p>The best exemplar method of the library for large holes and object removal. Multithreaded and
 * deterministic: the same seed gives the same output bit for bit for any
 * {@linkplain PatchMatchConfig#threads() thread count} (if the guide's output does not depend on
 * it either, as for the library's methods). Thread-safe: the configuration is immutable, each call
 * has its own state, and the guide is thread-safe. Close it to release the guide (a GAN's model).
 */
public final class PatchMatchInpainter implements Inpainter {

    private static final Logger LOG = LoggerFactory.getLogger(PatchMatchInpainter.class);
    /** Progress is counted in millionths of the whole. */
    private static final int PROGRESS_UNITS = 1_000_000;
    /** Share of the progress given to the guide's fill. */
    private static final double GUIDE_SHARE = 0.1;

    private final PatchMatchConfig config;
    /** The guide's inpainter, or {@code null} without a guide. */
    private final Inpainter guide;

    /** An inpainter with {@link PatchMatchConfig#defaults()}. */
    public PatchMatchInpainter() {
        this(PatchMatchConfig.defaults());
    }

    /**
     * An inpainter with the given configuration; its guide, if any, is created now.
     *
     * @throws IllegalArgumentException if the guide is not a registered method; for the library's
     *     own methods the message names the artifact to add to the class path
     * @throws java.io.UncheckedIOException if the guide cannot load what it needs (a model)
     */
    public PatchMatchInpainter(PatchMatchConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.guide = config.isGuided() ? GuideMethod.create(config.guide(), config.threads()) : null;
    }

    /** The configuration. */
    public PatchMatchConfig config() {
        return config;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if the source mask does not have the picture's size, or
     *     the known pixels (inside the source mask, if there is one) hold no complete patch
     */
    @Override
    public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
        ConfigChecks.requireSourceMaskFits(config.sourceMask(), image);
        if (!InpaintCall.begin(image, mask, progress, cancel)) {
            return image;
        }
        PatchMatchCompletion completion = PatchMatchCompletion.of(image, mask, config);
        ConfigChecks.requireCandidates(!completion.hasSourcePatch(), "patch", config.patch(), mask,
                config.sourceMask());
        if (guide == null) {
            return completion.run(null, progress, cancel);
        }
        ProgressCounter counter = new ProgressCounter(progress, PROGRESS_UNITS);
        long start = System.nanoTime();
        GuideFill guided = GuideFill.compute(guide, image, mask,
                f -> counter.advanceTo((long) (Math.min(1, f) * GUIDE_SHARE * (PROGRESS_UNITS - 1))), cancel);
        LOG.debug("guide {} filled in {} ms", config.guide(), (System.nanoTime() - start) / 1_000_000);
        RgbImage out = completion.run(guided, f -> counter.advanceTo(Math.min(PROGRESS_UNITS - 1,
                (long) ((GUIDE_SHARE + (1 - GUIDE_SHARE) * f) * PROGRESS_UNITS))), cancel);
        counter.finish();
        return out;
    }

    /** Closes the guide, if any. */
    @Override
    public void close() {
        if (guide != null) {
            guide.close();
        }
    }
}
