package io.github.inpaint4j.texture;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.texture.internal.PatchMatchCompletion;
import java.util.Objects;

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
 * <p>The best exemplar method of the library for large holes and object removal. Multithreaded and
 * deterministic: the same seed gives the same output bit for bit for any
 * {@linkplain PatchMatchConfig#threads() thread count}. Thread-safe: the configuration is immutable
 * and each call has its own state.
 */
public final class PatchMatchInpainter implements Inpainter {

    private final PatchMatchConfig config;

    /** An inpainter with {@link PatchMatchConfig#defaults()}. */
    public PatchMatchInpainter() {
        this(PatchMatchConfig.defaults());
    }

    /** An inpainter with the given configuration. */
    public PatchMatchInpainter(PatchMatchConfig config) {
        this.config = Objects.requireNonNull(config, "config");
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
        return completion.run(progress, cancel);
    }
}
