package io.github.inpaint4j.texture;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.texture.internal.TeleaMarch;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inpainting by the fast marching method of A. Telea, "An Image Inpainting Technique Based on the
 * Fast Marching Method", Journal of Graphics Tools 9(1), 2004 (the method behind OpenCV's
 * {@code INPAINT_TELEA}).
 *
 * <p>Hole pixels are filled in order of their distance T to the hole boundary, computed by fast
 * marching inwards from the ring of known pixels around the hole. Each hole pixel p becomes a
 * weighted average, over the known (or already filled) pixels q within the radius ε, of the first
 * order extrapolation {@code I(q) + ∇I(q)·(p − q)}, with weight
 * {@code dir · dst · lev}: {@code dir = |(p − q)·∇T(p)| / |p − q|} favours pixels along the normal of
 * the level set, {@code dst = 1 / |p − q|²} nearby pixels and {@code lev = 1 / (1 + |T(q) − T(p)|)}
 * pixels on the same level set.
 *
 * <p>Two safeguards keep large holes stable, where the paper's formula taken literally diverges into
 * saturated blotches: ∇I(q) is a finite difference over known pixels only, so a pixel filled by the
 * march contributes its value alone, and the result is limited to the range of the values it averages
 * (a discrete maximum principle, as slope limiters do), so the march never creates a new extreme.
 * Sums are taken relative to one neighbour's value, so a hole in a flat region is filled with exactly
 * that value.
 *
 * <p>Fast and smooth: the baseline for thin scratches and small holes; it blurs texture. The march
 * is sequential, so this method uses one thread. Thread-safe: every call has its own state.
 */
public final class TeleaInpainter implements Inpainter {

    private static final Logger LOG = LoggerFactory.getLogger(TeleaInpainter.class);

    private final TeleaConfig config;

    /** An inpainter with {@link TeleaConfig#defaults()}. */
    public TeleaInpainter() {
        this(TeleaConfig.defaults());
    }

    /** An inpainter with the given configuration. */
    public TeleaInpainter(TeleaConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The configuration. */
    public TeleaConfig config() {
        return config;
    }

    @Override
    public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
        if (!InpaintCall.begin(image, mask, progress, cancel)) {
            return image;
        }
        long start = System.nanoTime();
        float[] filled = TeleaMarch.run(image, mask, config.radius(), progress, cancel);
        RgbImage result = RgbImage.fromPlanar(image.width(), image.height(), filled);
        LOG.debug("Telea filled {} pixels of a {}×{} image in {} ms", mask.holeCount(), image.width(),
                image.height(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
