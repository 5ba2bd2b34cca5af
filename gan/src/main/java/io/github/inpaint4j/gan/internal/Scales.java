package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Resampling;
import io.github.inpaint4j.RgbImage;

/**
 * Changes of scale for multi-scale filling and for the coarse guesses the generator is trained
 * with: pictures shrink by a box filter and grow by linear interpolation ({@link Resampling});
 * masks shrink conservatively, so that a coarse pixel is a hole when any fine pixel it covers is.
 */
public final class Scales {

    private Scales() {
    }

    /** The side of a {@code side}-pixel axis shrunk by {@code factor}, rounded up (at least 1). */
    public static int shrunk(int side, int factor) {
        return Math.max(1, (side + factor - 1) / factor);
    }

    /** {@code image} shrunk by {@code factor} on both axes (sides rounded up). */
    public static RgbImage shrink(RgbImage image, int factor) {
        return Resampling.resize(image, shrunk(image.width(), factor), shrunk(image.height(), factor));
    }

    /**
     * {@code mask} shrunk to {@code width × height}: a coarse pixel is a hole if any fine pixel
     * it overlaps is, so the coarse hole covers the fine one.
     */
    public static Mask shrink(Mask mask, int width, int height) {
        int w = mask.width();
        int h = mask.height();
        boolean[] out = new boolean[width * height];
        for (int y = 0; y < h; y++) {
            int y0 = (int) ((long) y * height / h);
            int y1 = (int) (((long) (y + 1) * height - 1) / h);
            for (int x = 0; x < w; x++) {
                if (!mask.isHole(y * w + x)) {
                    continue;
                }
                int x0 = (int) ((long) x * width / w);
                int x1 = (int) (((long) (x + 1) * width - 1) / w);
                for (int cy = y0; cy <= y1; cy++) {
                    for (int cx = x0; cx <= x1; cx++) {
                        out[cy * width + cx] = true;
                    }
                }
            }
        }
        return Mask.of(width, height, out);
    }

    /** {@code image} resampled to {@code width × height} (enlarged by linear interpolation). */
    public static RgbImage resize(RgbImage image, int width, int height) {
        return Resampling.resize(image, width, height);
    }

    /**
     * What {@code image} looks like after shrinking by {@code factor} and enlarging back: the
     * coarse guess of a hole that a fill one level down provides, made from the truth in training.
     */
    public static RgbImage coarse(RgbImage image, int factor) {
        return Resampling.resize(shrink(image, factor), image.width(), image.height());
    }
}
