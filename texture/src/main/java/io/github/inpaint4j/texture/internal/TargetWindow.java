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
     * The window around {@code (x, y)} seen at half resolution, matching candidates of
     * {@link WorkingImage#halved()}: offset {@code (u, v)} holds the mean of the 2×2 block at
     * {@code (x + 2u, y + 2v)}, kept only if the four pixels are known.
     */
    public static TargetWindow halvedAround(WorkingImage image, int x, int y, WindowWeights halvedWeights) {
        int w = image.width();
        return build(halvedWeights, (u, v, out) -> {
            int px = x + 2 * u;
            int py = y + 2 * v;
            if (!(image.isKnownAt(px, py) && image.isKnownAt(px + 1, py) && image.isKnownAt(px, py + 1)
                    && image.isKnownAt(px + 1, py + 1))) {
                return false;
            }
            int i = py * w + px;
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                out[c] = (image.sample(i, c) + image.sample(i + 1, c) + image.sample(i + w, c)
                        + image.sample(i + w + 1, c)) / 4f;
            }
            return true;
        });
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
        float total = 0;
        for (int dx = -half; dx <= half; dx++) {
            float part = 0;
            for (int k = columnStart(dx); k < columnStart(dx + 1); k++) {
                float[] r = source.row(0, cy + dy[k]);
                float[] g = source.row(1, cy + dy[k]);
                float[] b = source.row(2, cy + dy[k]);
                int j = cx + dx;
                float d0 = r[j] - value[0][k];
                float d1 = g[j] - value[1][k];
                float d2 = b[j] - value[2][k];
                part += weight[k] * (d0 * d0 + d1 * d1 + d2 * d2);
            }
            total += part;
        }
        return total;
    }
}
