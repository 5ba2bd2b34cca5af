package io.github.inpaint4j.texture;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.texture.internal.CandidateWindows;
import io.github.inpaint4j.texture.internal.EfrosLeungFill;
import io.github.inpaint4j.texture.internal.WorkingImage;
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
 * <p>The source of candidates is the known part of the image being filled (limited to a region by
 * {@link EfrosLeungConfig#sourceMask()}), or a separate sample texture
 * ({@link #EfrosLeungInpainter(EfrosLeungConfig, RgbImage)}). The search compares every
 * candidate by default and runs on {@link EfrosLeungConfig#threads()} threads; the result depends
 * only on the inputs and the configuration's seed, not on the thread count.
 * {@link SearchMode#COARSE_TO_FINE} trades a little quality for about ten times the speed.
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
     * Number of candidate windows the exact search compares for each hole pixel: the windows of the
     * sample, or else those of an image with this mask lying wholly in known pixels (and in the
     * source mask, if there is one). Filling the
     * hole costs about (hole pixels) × this × w² × 3 squared differences, less the unknown part of
     * each pixel's window (the bench uses it to report an arithmetic rate).
     */
    public long candidateCount(Mask mask) {
        Objects.requireNonNull(mask, "mask");
        RgbImage source = sample != null ? sample : RgbImage.filled(mask.width(), mask.height(), 0, 0, 0);
        WorkingImage known = sample != null ? WorkingImage.of(sample) : WorkingImage.of(source, mask);
        return CandidateWindows.in(known, config.sourceMask(), config.window()).count();
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
        CandidateWindows source = sample == null ? CandidateWindows.in(work, config.sourceMask(), config.window())
                : CandidateWindows.in(WorkingImage.of(sample), config.window());
        ConfigChecks.requireCandidates(source.isEmpty(), "window", config.window(), mask, config.sourceMask());
        EfrosLeungFill.run(work, source, config, new SplittableRandom(config.seed()), progress, cancel);
        return work.toImage();
    }
}
