package io.github.inpaint4j.metrics;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;

/**
 * The gradient magnitude that {@link TextureFidelity} and {@link SeamMeasure} sum: at pixel (x, y),
 * {@code sqrt((1/3) Σ_c (dx_c² + dy_c²))} with forward differences
 * {@code dx_c = I_c(x+1, y) − I_c(x, y)} and {@code dy_c = I_c(x, y+1) − I_c(x, y)}; a difference
 * that would leave the picture is 0.
 */
final class Gradients {

    private Gradients() {
    }

    /** The sum of the gradient magnitudes over the hole pixels of {@code region}. */
    static double magnitudeSum(RgbImage image, Mask region) {
        int w = image.width();
        int h = image.height();
        int plane = w * h;
        float[] s = image.toPlanar();
        double sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (!region.isHole(i)) {
                    continue;
                }
                double squares = 0;
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    int k = c * plane + i;
                    double dx = x + 1 < w ? (double) s[k + 1] - s[k] : 0;
                    double dy = y + 1 < h ? (double) s[k + w] - s[k] : 0;
                    squares += dx * dx + dy * dy;
                }
                sum += Math.sqrt(squares / RgbImage.CHANNELS);
            }
        }
        return sum;
    }
}
