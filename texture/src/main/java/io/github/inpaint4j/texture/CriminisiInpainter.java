package io.github.inpaint4j.texture;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.texture.internal.CandidateWindows;
import io.github.inpaint4j.texture.internal.CriminisiFill;
import io.github.inpaint4j.texture.internal.WorkingImage;
import java.util.Objects;

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
 * example to keep a sky or a border from leaking into the hole).
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
        WorkingImage work = WorkingImage.of(image, mask);
        CandidateWindows source = CandidateWindows.in(work, config.sourceMask(), config.patch());
        ConfigChecks.requireCandidates(source.isEmpty(), "patch", config.patch(), mask, config.sourceMask());
        CriminisiFill.run(work, source, config, mask.boundingBox().orElseThrow(), progress, cancel);
        return work.toImage();
    }
}
