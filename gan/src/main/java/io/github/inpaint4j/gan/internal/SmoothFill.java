package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;

/**
 * A smooth fill of the holes by pull–push interpolation (Gortler et al., "The Lumigraph",
 * SIGGRAPH 1996): the known pixels are averaged up a pyramid of halvings, each coarse pixel the
 * mean of its known children with a weight that saturates at 1, until every pixel of the coarsest
 * level is known; coming back down, each pixel keeps its own value in the measure that it is known
 * and takes the rest from the level above, interpolated linearly. Known pixels are unchanged; a hole
 * pixel becomes a blend of the nearby border, smoother the deeper it lies. O(pixels).
 *
 * <p>The generator gets this, not zeros, in the hole samples that no coarse pass has seeded: a thin
 * scratch is then already close to right before the network adds anything, and a large hole starts
 * from the colours around it, so what the network learns is the correction — texture and structure.
 */
public final class SmoothFill {

    private SmoothFill() {
    }

    /** {@code image} with the holes of {@code mask} filled smoothly; mid-grey if no pixel is known. */
    public static RgbImage of(RgbImage image, Mask mask) {
        int w = image.width();
        int h = image.height();
        float[] value = image.toPlanar();
        float[] weight = new float[w * h];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = mask.isHole(i) ? 0f : 1f;
        }
        fill(value, weight, w, h);
        return RgbImage.fromPlanar(w, h, value);
    }

    /** Fills {@code value} (planar RGB, {@code w × h}) where {@code weight} is below 1, in place. */
    private static void fill(float[] value, float[] weight, int w, int h) {
        if (w == 1 && h == 1) {
            if (weight[0] == 0) {
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    value[c] = 0.5f;
                }
            }
            return;
        }
        int cw = (w + 1) / 2;
        int ch = (h + 1) / 2;
        float[] coarse = new float[RgbImage.CHANNELS * cw * ch];
        float[] coarseWeight = new float[cw * ch];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int j = (y / 2) * cw + x / 2;
                coarseWeight[j] += weight[i];
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    coarse[c * cw * ch + j] += weight[i] * value[c * w * h + i];
                }
            }
        }
        for (int j = 0; j < cw * ch; j++) {
            float sum = coarseWeight[j];
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                coarse[c * cw * ch + j] = sum > 0 ? coarse[c * cw * ch + j] / sum : 0f;
            }
            coarseWeight[j] = Math.min(1f, sum);
        }
        fill(coarse, coarseWeight, cw, ch);
        for (int y = 0; y < h; y++) {
            double cy = Math.max(0, Math.min(ch - 1, (y + 0.5) / 2 - 0.5));
            int y0 = (int) cy;
            int y1 = Math.min(ch - 1, y0 + 1);
            double ty = cy - y0;
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float own = weight[i];
                if (own >= 1f) {
                    continue;
                }
                double cx = Math.max(0, Math.min(cw - 1, (x + 0.5) / 2 - 0.5));
                int x0 = (int) cx;
                int x1 = Math.min(cw - 1, x0 + 1);
                double tx = cx - x0;
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    int o = c * cw * ch;
                    double up = (1 - ty) * ((1 - tx) * coarse[o + y0 * cw + x0] + tx * coarse[o + y0 * cw + x1])
                            + ty * ((1 - tx) * coarse[o + y1 * cw + x0] + tx * coarse[o + y1 * cw + x1]);
                    value[c * w * h + i] = (float) (own * value[c * w * h + i] + (1 - own) * up);
                }
            }
        }
    }
}
