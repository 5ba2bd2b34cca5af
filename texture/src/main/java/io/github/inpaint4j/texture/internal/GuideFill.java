package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;

/**
 * A guide's fill of the holes, for PatchMatch's coarse levels. The guide only sets the colour
 * layout of levels at half the resolution and coarser (its weight is 0 at the finest), so it is
 * computed on a copy of the picture shrunk by two, or by a larger power of two until the copy has
 * at most {@link #MAX_PIXELS} pixels: each small pixel the mean of its block, and a hole if any of
 * its pixels is one. That is a quarter of the guide's work or less, work that runs before the
 * completion can start. The fill is brought back to the picture's size by bilinear
 * interpolation, crop by crop, so no full-size copy is ever held.
 */
public final class GuideFill {

    /** The most pixels of the shrunk copy the guide fills. */
    public static final long MAX_PIXELS = 1L << 20;

    private final int factor;
    private final int width;
    private final int height;
    /** The guide's result at the small size, planar RGB. */
    private final float[] small;

    private GuideFill(int factor, int width, int height, float[] small) {
        this.factor = factor;
        this.width = width;
        this.height = height;
        this.small = small;
    }

    /** The shrink factor for a {@code width × height} picture: the smallest power of two, at least 2, that brings it to {@link #MAX_PIXELS} or fewer. */
    static int factorFor(int width, int height) {
        int f = 2;
        while ((long) ((width + f - 1) / f) * ((height + f - 1) / f) > MAX_PIXELS) {
            f *= 2;
        }
        return f;
    }

    /** Runs {@code guide} on {@code image}'s holes, on a shrunk copy if the picture is large. */
    public static GuideFill compute(Inpainter guide, RgbImage image, Mask mask, ProgressListener progress,
            CancellationToken cancel) {
        int f = factorFor(image.width(), image.height());
        int w = image.width();
        int h = image.height();
        int sw = (w + f - 1) / f;
        int sh = (h + f - 1) / f;
        int plane = w * h;
        float[] s = image.toPlanar();
        float[] shrunk = new float[3 * sw * sh];
        boolean[] holes = new boolean[sw * sh];
        for (int sy = 0; sy < sh; sy++) {
            for (int sx = 0; sx < sw; sx++) {
                double[] sum = new double[3];
                boolean hole = false;
                int n = 0;
                for (int y = sy * f; y < Math.min(h, sy * f + f); y++) {
                    for (int x = sx * f; x < Math.min(w, sx * f + f); x++) {
                        int i = y * w + x;
                        hole |= mask.isHole(i);
                        for (int c = 0; c < 3; c++) {
                            sum[c] += s[c * plane + i];
                        }
                        n++;
                    }
                }
                int k = sy * sw + sx;
                holes[k] = hole;
                for (int c = 0; c < 3; c++) {
                    // a block with a hole pixel is a hole: what lies under it does not matter
                    shrunk[c * sw * sh + k] = hole ? 0f : (float) (sum[c] / n);
                }
            }
        }
        RgbImage filled = guide.inpaint(RgbImage.fromPlanar(sw, sh, shrunk), Mask.of(sw, sh, holes), progress, cancel);
        return new GuideFill(f, sw, sh, filled.toPlanar());
    }

    /**
     * The guide over {@code box} of the picture, planar RGB of the box's size: the picture's own
     * samples ({@code samples}, planar, {@code pictureWidth} wide) at known pixels, the guide's fill,
     * interpolated, at hole pixels.
     */
    float[] crop(Rect box, float[] samples, boolean[] hole, int pictureWidth, int pictureHeight) {
        int n = box.width() * box.height();
        int plane = pictureWidth * pictureHeight;
        int smallPlane = width * height;
        float[] out = new float[3 * n];
        for (int y = 0; y < box.height(); y++) {
            int py = box.y() + y;
            float v = Math.max(0f, Math.min(height - 1, (py + 0.5f) / factor - 0.5f));
            int y0 = (int) v;
            int y1 = Math.min(height - 1, y0 + 1);
            float fy = v - y0;
            for (int x = 0; x < box.width(); x++) {
                int px = box.x() + x;
                int i = py * pictureWidth + px;
                int k = y * box.width() + x;
                if (!hole[i]) {
                    for (int c = 0; c < 3; c++) {
                        out[c * n + k] = samples[c * plane + i];
                    }
                    continue;
                }
                float u = Math.max(0f, Math.min(width - 1, (px + 0.5f) / factor - 0.5f));
                int x0 = (int) u;
                int x1 = Math.min(width - 1, x0 + 1);
                float fx = u - x0;
                for (int c = 0; c < 3; c++) {
                    int base = c * smallPlane;
                    float top = small[base + y0 * width + x0] * (1 - fx) + small[base + y0 * width + x1] * fx;
                    float bottom = small[base + y1 * width + x0] * (1 - fx) + small[base + y1 * width + x1] * fx;
                    out[c * n + k] = top * (1 - fy) + bottom * fy;
                }
            }
        }
        return out;
    }
}
