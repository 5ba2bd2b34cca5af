package io.github.inpaint4j.metrics;

import io.github.inpaint4j.RgbImage;

/**
 * Structural similarity, as defined by Wang, Bovik, Sheikh and Simoncelli, "Image Quality
 * Assessment: From Error Visibility to Structural Similarity", IEEE TIP 2004: local means,
 * variances and covariance under an 11×11 Gaussian window of σ = 1.5, constants
 * {@code C1 = (0.01·L)²} and {@code C2 = (0.03·L)²} with dynamic range {@code L = 1}, and the mean
 * of the SSIM map over the window positions that lie wholly inside the image (the "valid" region
 * of the authors' reference code).
 *
 * <p>Colour: SSIM is computed on each of the red, green and blue channels independently and the
 * three mean values are averaged (the convention of scikit-image's {@code channel_axis}). No
 * conversion to luminance is made.
 */
public final class Ssim {

    /** Side of the Gaussian window. */
    public static final int WINDOW = 11;
    /** Standard deviation of the Gaussian window. */
    public static final double SIGMA = 1.5;
    /** Constant of the luminance term. */
    public static final double K1 = 0.01;
    /** Constant of the contrast-structure term. */
    public static final double K2 = 0.03;

    private static final double C1 = K1 * K1;
    private static final double C2 = K2 * K2;
    private static final double[] KERNEL = gaussian();

    private Ssim() {
    }

    /**
     * Mean SSIM of {@code test} against {@code reference}, in [−1, 1]; 1 for identical images.
     *
     * @throws IllegalArgumentException if the sizes differ or a side is under 11 pixels
     */
    public static double of(RgbImage reference, RgbImage test) {
        SampleErrors.requireSameSize(reference, test);
        int w = reference.width();
        int h = reference.height();
        if (w < WINDOW || h < WINDOW) {
            throw new IllegalArgumentException("SSIM needs images of at least " + WINDOW + "×" + WINDOW
                    + " pixels, got " + w + "×" + h);
        }
        float[] a = reference.toPlanar();
        float[] b = test.toPlanar();
        double total = 0;
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            total += channel(a, b, c * w * h, w, h);
        }
        return total / RgbImage.CHANNELS;
    }

    private static double channel(float[] a, float[] b, int offset, int w, int h) {
        int n = w * h;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] xx = new double[n];
        double[] yy = new double[n];
        double[] xy = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[offset + i];
            y[i] = b[offset + i];
            xx[i] = x[i] * x[i];
            yy[i] = y[i] * y[i];
            xy[i] = x[i] * y[i];
        }
        int vw = w - WINDOW + 1;
        int vh = h - WINDOW + 1;
        double[] mx = filterValid(x, w, h);
        double[] my = filterValid(y, w, h);
        double[] sxx = filterValid(xx, w, h);
        double[] syy = filterValid(yy, w, h);
        double[] sxy = filterValid(xy, w, h);
        double sum = 0;
        for (int i = 0; i < vw * vh; i++) {
            double varX = sxx[i] - mx[i] * mx[i];
            double varY = syy[i] - my[i] * my[i];
            double cov = sxy[i] - mx[i] * my[i];
            sum += (2 * mx[i] * my[i] + C1) * (2 * cov + C2)
                    / ((mx[i] * mx[i] + my[i] * my[i] + C1) * (varX + varY + C2));
        }
        return sum / (vw * vh);
    }

    /** Separable Gaussian filtering, keeping only positions where the window fits ("valid"). */
    private static double[] filterValid(double[] in, int w, int h) {
        int vw = w - WINDOW + 1;
        int vh = h - WINDOW + 1;
        double[] rows = new double[vw * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < vw; x++) {
                double s = 0;
                for (int k = 0; k < WINDOW; k++) {
                    s += KERNEL[k] * in[y * w + x + k];
                }
                rows[y * vw + x] = s;
            }
        }
        double[] out = new double[vw * vh];
        for (int y = 0; y < vh; y++) {
            for (int x = 0; x < vw; x++) {
                double s = 0;
                for (int k = 0; k < WINDOW; k++) {
                    s += KERNEL[k] * rows[(y + k) * vw + x];
                }
                out[y * vw + x] = s;
            }
        }
        return out;
    }

    private static double[] gaussian() {
        double[] k = new double[WINDOW];
        int r = WINDOW / 2;
        double sum = 0;
        for (int i = 0; i < WINDOW; i++) {
            k[i] = Math.exp(-((i - r) * (i - r)) / (2 * SIGMA * SIGMA));
            sum += k[i];
        }
        for (int i = 0; i < WINDOW; i++) {
            k[i] /= sum;
        }
        return k;
    }
}
