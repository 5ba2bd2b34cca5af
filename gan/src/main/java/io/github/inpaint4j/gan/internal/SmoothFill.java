package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;

/**
 * A smooth fill of the holes: the harmonic interpolation of the hole's border (the solution of
 * Laplace's equation with the known pixels as boundary values, which continues every border
 * colour inwards as a membrane would), solved coarse to fine. A pyramid of halvings is built by
 * pull–push (Gortler et al., "The Lumigraph", SIGGRAPH 1996): each coarse pixel is the mean of its
 * known children, with a weight that saturates at 1, until every pixel of the coarsest level is
 * known. Coming back down, each pixel keeps its own value in the measure that it is known and
 * takes the rest from the level above, interpolated linearly; then {@value #SWEEPS} Gauss–Seidel
 * sweeps relax the not fully known pixels of the level towards the mean of their four neighbours.
 * Known pixels are unchanged. O(pixels): on the bench's 256×256 pictures it scores 17.4 dB of hole
 * PSNR on 64×64 holes and 17.1 dB on 128×128 ones, against 16.3 and 14.7 dB for pull–push alone
 * and 18.2 and 16.0 dB for Telea's method.
 *
 * <p>The generator gets this, not zeros, in the hole samples that no coarse pass has seeded: a thin
 * scratch is then already close to right before the network adds anything, and a large hole starts
 * from the colours around it, so what the network learns is the correction — texture and structure.
 * A relaxed pixel that is partly known (a coarse pixel with some known children) moves too: the
 * pyramid's coarse levels are a guess to be refined, only the finest level's known pixels are fixed.
 */
public final class SmoothFill {

    /** Relaxation sweeps per pyramid level. */
    static final int SWEEPS = 16;

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
        relax(value, weight, w, h);
    }

    /** Gauss–Seidel sweeps of Laplace's equation over the pixels of weight below 1, in raster order. */
    private static void relax(float[] value, float[] weight, int w, int h) {
        int[] free = new int[w * h];
        int count = 0;
        for (int i = 0; i < w * h; i++) {
            if (weight[i] < 1f) {
                free[count++] = i;
            }
        }
        int plane = w * h;
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int k = 0; k < count; k++) {
                int i = free[k];
                int x = i % w;
                int y = i / w;
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    int o = c * plane + i;
                    float sum = 0;
                    int n = 0;
                    if (x > 0) {
                        sum += value[o - 1];
                        n++;
                    }
                    if (x < w - 1) {
                        sum += value[o + 1];
                        n++;
                    }
                    if (y > 0) {
                        sum += value[o - w];
                        n++;
                    }
                    if (y < h - 1) {
                        sum += value[o + w];
                        n++;
                    }
                    if (n > 0) {
                        value[o] = sum / n;
                    }
                }
            }
        }
    }
}
