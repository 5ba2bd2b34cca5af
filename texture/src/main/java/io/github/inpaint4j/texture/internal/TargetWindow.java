package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.RgbImage;

/**
 * The known part of the window around a pixel being filled: one term per known offset, with its
 * weight and its three samples, grouped by column ({@code dx}) as the distance kernel sweeps them.
 * Offsets outside the image or not yet known are left out, so distances only compare known pixels.
 * Immutable once built.
 */
public final class TargetWindow {

    private final int half;
    private final int[] columnStart;
    private final int[] dy;
    private final float[] weight;
    private final float[][] value;
    private final int size;
    private final float weightSum;
    private final float energy;

    private TargetWindow(int half, int[] columnStart, int[] dy, float[] weight, float[][] value, int size) {
        this.half = half;
        this.columnStart = columnStart;
        this.dy = dy;
        this.weight = weight;
        this.value = value;
        this.size = size;
        float w = 0;
        float e = 0;
        for (int k = 0; k < size; k++) {
            w += weight[k];
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                e += value[c][k] * value[c][k];
            }
        }
        this.weightSum = w;
        this.energy = e;
    }

    /** The known pixels of the window of {@code weights}' size centred on {@code (x, y)}. */
    public static TargetWindow around(WorkingImage image, int x, int y, WindowWeights weights) {
        return build(weights, (dx, dy, out) -> {
            int px = x + dx;
            int py = y + dy;
            if (!image.isKnownAt(px, py)) {
                return false;
            }
            int i = py * image.width() + px;
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                out[c] = image.sample(i, c);
            }
            return true;
        });
    }

    /**
     * The window around {@code (x, y)} seen at level {@code level} of a pyramid of halvings,
     * matching candidates of {@link CandidateWindows#halved} taken {@code level} times: with
     * {@code s = 2^level}, offset {@code (u, v)} holds the mean of the {@code s × s} block at
     * {@code (x + s·u, y + s·v)}, kept only if its pixels are all known. The means are taken as the
     * halvings take them (of four half-size means, in the same order), so that a window equal to a
     * candidate's is at distance 0. Level 0 is {@link #around}.
     */
    public static TargetWindow blockAround(WorkingImage image, int x, int y, WindowWeights levelWeights, int level) {
        int s = 1 << level;
        return build(levelWeights, (u, v, out) -> {
            int px = x + s * u;
            int py = y + s * v;
            if (!blockKnown(image, px, py, s)) {
                return false;
            }
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                out[c] = blockMean(image, px, py, s, c);
            }
            return true;
        });
    }

    private static boolean blockKnown(WorkingImage image, int px, int py, int s) {
        for (int y = py; y < py + s; y++) {
            for (int x = px; x < px + s; x++) {
                if (!image.isKnownAt(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The mean of the {@code s × s} block at {@code (px, py)}, as nested 2×2 means. */
    private static float blockMean(WorkingImage image, int px, int py, int s, int channel) {
        if (s == 1) {
            return image.sample(py * image.width() + px, channel);
        }
        int h = s / 2;
        return (blockMean(image, px, py, h, channel) + blockMean(image, px + h, py, h, channel)
                + blockMean(image, px, py + h, h, channel) + blockMean(image, px + h, py + h, h, channel)) / 4f;
    }

    /** Reads the samples of one offset into {@code out}, or says the offset is unknown. */
    @FunctionalInterface
    private interface OffsetReader {
        boolean read(int dx, int dy, float[] out);
    }

    private static TargetWindow build(WindowWeights weights, OffsetReader reader) {
        int half = weights.half();
        int window = 2 * half + 1;
        int[] columnStart = new int[window + 1];
        int[] dys = new int[window * window];
        float[] w = new float[window * window];
        float[][] v = new float[RgbImage.CHANNELS][window * window];
        float[] rgb = new float[RgbImage.CHANNELS];
        int n = 0;
        for (int dx = -half; dx <= half; dx++) {
            columnStart[dx + half] = n;
            for (int dy = -half; dy <= half; dy++) {
                if (reader.read(dx, dy, rgb)) {
                    dys[n] = dy;
                    w[n] = weights.at(dx, dy);
                    for (int c = 0; c < RgbImage.CHANNELS; c++) {
                        v[c][n] = rgb[c];
                    }
                    n++;
                }
            }
        }
        columnStart[window] = n;
        return new TargetWindow(half, columnStart, dys, w, v, n);
    }

    /**
     * The same offsets with weight 1 and samples 0: its weighted SSD against a candidate is the
     * candidate's energy over the offsets, the denominator of the normalised distance.
     */
    public TargetWindow energyProbe() {
        float[] ones = new float[size];
        java.util.Arrays.fill(ones, 1f);
        return new TargetWindow(half, columnStart, dy, ones, new float[RgbImage.CHANNELS][size], size);
    }

    /** Half the window width. */
    public int half() {
        return half;
    }

    /** Number of known offsets. */
    public int size() {
        return size;
    }

    /** {@code true} if no offset of the window is known. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Sum of the weights of the known offsets, added in term order. */
    public float weightSum() {
        return weightSum;
    }

    /** Sum of the squared samples, over every known offset and channel. */
    public float energy() {
        return energy;
    }

    /** First term of column {@code dx} (in {@code [-half, half + 1]}, the latter giving the end). */
    int columnStart(int dx) {
        return columnStart[dx + half];
    }

    /** Row offset of term {@code k}. */
    int dy(int k) {
        return dy[k];
    }

    /** Weight of term {@code k}. */
    float weight(int k) {
        return weight[k];
    }

    /** Sample of {@code channel} of term {@code k}. */
    float value(int channel, int k) {
        return value[channel][k];
    }

    /**
     * The weighted SSD {@code Σ w·Σ_c (F − I)²} against the candidate centred on {@code (cx, cy)},
     * one candidate at a time. Adds in the kernel's order (terms within a column, then columns), so
     * it equals {@link DistanceKernel}'s result bit for bit.
     */
    public float weightedSsdAt(CandidateWindows source, int cx, int cy) {
        float[][] reds = source.plane(0);
        float[][] greens = source.plane(1);
        float[][] blues = source.plane(2);
        float[] vr = value[0];
        float[] vg = value[1];
        float[] vb = value[2];
        float total = 0;
        for (int dx = -half; dx <= half; dx++) {
            float part = 0;
            int j = cx + dx;
            for (int k = columnStart[dx + half]; k < columnStart[dx + half + 1]; k++) {
                int row = cy + dy[k];
                float d0 = reds[row][j] - vr[k];
                float d1 = greens[row][j] - vg[k];
                float d2 = blues[row][j] - vb[k];
                part += weight[k] * (d0 * d0 + d1 * d1 + d2 * d2);
            }
            total += part;
        }
        return total;
    }

    /**
     * {@link #weightedSsdAt(CandidateWindows, int, int)} of {@code n} candidates centred on
     * {@code (xs[k], ys[k])}, into {@code out}. Three neighbours in a row (the rows of the 3×3
     * neighbourhoods a refinement compares) go through each loop at once: they read the same source
     * rows, and their sums are independent chains of additions, which the processor overlaps where
     * one candidate waits for each addition before the next. Each candidate's sum is taken in the
     * same order as alone, so the results are the same bits.
     */
    public void weightedSsdAt(CandidateWindows source, int[] xs, int[] ys, int n, float[] out) {
        int k = 0;
        while (k < n) {
            if (k + 2 < n && ys[k + 1] == ys[k] && ys[k + 2] == ys[k] && xs[k + 1] == xs[k] + 1
                    && xs[k + 2] == xs[k] + 2) {
                threeInARow(source, xs[k], ys[k], out, k);
                k += 3;
            } else {
                out[k] = weightedSsdAt(source, xs[k], ys[k]);
                k++;
            }
        }
    }

    /** The sums of the candidates centred on {@code (x, y)}, {@code (x + 1, y)}, {@code (x + 2, y)}, into {@code out[k..k + 2]}. */
    private void threeInARow(CandidateWindows source, int x, int y, float[] out, int k) {
        float[][] reds = source.plane(0);
        float[][] greens = source.plane(1);
        float[][] blues = source.plane(2);
        float[] vr = value[0];
        float[] vg = value[1];
        float[] vb = value[2];
        float t0 = 0;
        float t1 = 0;
        float t2 = 0;
        for (int dx = -half; dx <= half; dx++) {
            float p0 = 0;
            float p1 = 0;
            float p2 = 0;
            int j = x + dx;
            for (int t = columnStart[dx + half]; t < columnStart[dx + half + 1]; t++) {
                int row = y + dy[t];
                float[] r = reds[row];
                float[] g = greens[row];
                float[] b = blues[row];
                float w = weight[t];
                p0 += term(r[j], g[j], b[j], w, vr[t], vg[t], vb[t]);
                p1 += term(r[j + 1], g[j + 1], b[j + 1], w, vr[t], vg[t], vb[t]);
                p2 += term(r[j + 2], g[j + 2], b[j + 2], w, vr[t], vg[t], vb[t]);
            }
            t0 += p0;
            t1 += p1;
            t2 += p2;
        }
        out[k] = t0;
        out[k + 1] = t1;
        out[k + 2] = t2;
    }

    /** One term, {@code w · Σ_c (F_c − I_c)²}, as every distance here computes it. */
    private static float term(float r, float g, float b, float w, float vr, float vg, float vb) {
        float d0 = r - vr;
        float d1 = g - vg;
        float d2 = b - vb;
        return w * (d0 * d0 + d1 * d1 + d2 * d2);
    }
}
