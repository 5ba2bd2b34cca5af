package io.github.inpaint4j.texture;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.texture.internal.CandidateWindows;
import io.github.inpaint4j.texture.internal.EfrosLeungFill;
import io.github.inpaint4j.texture.internal.WorkingImage;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Texture synthesis by non-parametric sampling, the original use of A. A. Efros and T. K. Leung,
 * "Texture Synthesis by Non-parametric Sampling", ICCV 1999: grows a new texture of any size from a
 * small sample.
 *
 * <p>A {@value #SEED_SIZE}×{@value #SEED_SIZE} patch taken at a random place of the sample is put at
 * the centre of the empty output; the rest grows outwards from it by the same pixel-by-pixel
 * sampling as {@link EfrosLeungInpainter}, every candidate window lying in the sample. Window
 * offsets outside the output are left out of the distances.
 *
 * <p>Thread-safe: the configuration is immutable and each call has its own state.
 */
public final class EfrosLeungSynthesizer {

    /** Side of the seed patch copied from the sample, 3 (as in the paper). */
    public static final int SEED_SIZE = 3;

    private final EfrosLeungConfig config;

    /** A synthesizer with {@link EfrosLeungConfig#defaults()}. */
    public EfrosLeungSynthesizer() {
        this(EfrosLeungConfig.defaults());
    }

    /**
     * A synthesizer with the given configuration.
     *
     * @throws IllegalArgumentException if the configuration has a source mask (a hole-filling setting)
     */
    public EfrosLeungSynthesizer(EfrosLeungConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.sourceMask() != null) {
            throw new IllegalArgumentException("sourceMask applies to hole filling (EfrosLeungInpainter);"
                    + " synthesis samples every window of its sample");
        }
    }

    /** The configuration. */
    public EfrosLeungConfig config() {
        return config;
    }

    /**
     * Grows a {@code width × height} texture from {@code sample}, without progress reports.
     *
     * @see #synthesize(RgbImage, int, int, ProgressListener, CancellationToken)
     */
    public RgbImage synthesize(RgbImage sample, int width, int height) {
        return synthesize(sample, width, height, ProgressListener.NONE, CancellationToken.NONE);
    }

    /**
     * Grows a {@code width × height} texture from {@code sample}.
     *
     * @param progress receives the fraction of the output synthesised, on the calling thread
     * @param cancel checked before every pixel
     * @throws IllegalArgumentException if the size is not positive or too large, or the sample is
     *     smaller than the window
     * @throws io.github.inpaint4j.InpaintingCancelledException if cancelled
     */
    public RgbImage synthesize(RgbImage sample, int width, int height, ProgressListener progress,
            CancellationToken cancel) {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("output size must be positive, got " + width + "×" + height);
        }
        if ((long) width * height * RgbImage.CHANNELS > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("output of " + width + "×" + height + " is too large");
        }
        ConfigChecks.requireSampleFits(sample, config.window());
        cancel.throwIfCancelled();
        progress.onProgress(0);
        SplittableRandom random = new SplittableRandom(config.seed());
        WorkingImage out = WorkingImage.blank(width, height);
        plantSeed(sample, out, random);
        EfrosLeungFill.run(out, CandidateWindows.in(WorkingImage.of(sample), config.window()), config, random,
                progress, cancel);
        return out.toImage();
    }

    /** Copies a random {@value #SEED_SIZE}×{@value #SEED_SIZE} patch of the sample to the centre of the output (clipped). */
    private static void plantSeed(RgbImage sample, WorkingImage out, SplittableRandom random) {
        int sx = random.nextInt(sample.width() - SEED_SIZE + 1);
        int sy = random.nextInt(sample.height() - SEED_SIZE + 1);
        int ox = (out.width() - SEED_SIZE) / 2;
        int oy = (out.height() - SEED_SIZE) / 2;
        for (int dy = 0; dy < SEED_SIZE; dy++) {
            for (int dx = 0; dx < SEED_SIZE; dx++) {
                if (out.contains(ox + dx, oy + dy)) {
                    out.fill((oy + dy) * out.width() + ox + dx, sample.get(sx + dx, sy + dy, 0),
                            sample.get(sx + dx, sy + dy, 1), sample.get(sx + dx, sy + dy, 2));
                }
            }
        }
    }
}
