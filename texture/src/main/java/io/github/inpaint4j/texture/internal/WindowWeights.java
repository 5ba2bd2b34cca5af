package io.github.inpaint4j.texture.internal;

/**
 * The weight of each offset of a square window: a Gaussian (Efros–Leung) or all ones (Criminisi).
 * Immutable.
 */
public final class WindowWeights {

    private final int half;
    private final float[] weights;

    private WindowWeights(int half, float[] weights) {
        this.half = half;
        this.weights = weights;
    }

    /**
     * {@code exp(-(dx² + dy²) / (2σ²))}, not normalised (the distances divide by the sum of the
     * weights actually used).
     */
    public static WindowWeights gaussian(int window, double sigma) {
        int half = window / 2;
        float[] w = new float[window * window];
        for (int dy = -half; dy <= half; dy++) {
            for (int dx = -half; dx <= half; dx++) {
                w[(dy + half) * window + dx + half] = (float) Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
            }
        }
        return new WindowWeights(half, w);
    }

    /** Weight 1 everywhere. */
    public static WindowWeights uniform(int window) {
        float[] w = new float[window * window];
        java.util.Arrays.fill(w, 1f);
        return new WindowWeights(window / 2, w);
    }

    /** Half the window width. */
    public int half() {
        return half;
    }

    /** The weight of offset {@code (dx, dy)}, each in {@code [-half, half]}. */
    public float at(int dx, int dy) {
        return weights[(dy + half) * (2 * half + 1) + dx + half];
    }
}
