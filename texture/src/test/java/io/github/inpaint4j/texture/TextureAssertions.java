package io.github.inpaint4j.texture;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;

/** Measurements shared by the texture method tests. */
final class TextureAssertions {

    private TextureAssertions() {
    }

    /** Number of hole pixels of {@code out} whose samples differ in any bit from {@code truth}. */
    static int holePixelsDiffering(RgbImage truth, Mask mask, RgbImage out) {
        int n = 0;
        for (int y = 0; y < truth.height(); y++) {
            for (int x = 0; x < truth.width(); x++) {
                if (mask.isHole(x, y) && !samePixel(truth, out, x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean samePixel(RgbImage a, RgbImage b, int x, int y) {
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            if (Float.floatToRawIntBits(a.get(x, y, c)) != Float.floatToRawIntBits(b.get(x, y, c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * L1 distance, in [0, 2], between the colour histograms of two images (8 levels per channel,
     * 512 bins, each histogram normalised to sum 1).
     */
    static double histogramDistance(RgbImage a, RgbImage b) {
        double[] ha = histogram(a);
        double[] hb = histogram(b);
        double d = 0;
        for (int i = 0; i < ha.length; i++) {
            d += Math.abs(ha[i] - hb[i]);
        }
        return d;
    }

    private static double[] histogram(RgbImage image) {
        double[] h = new double[512];
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int bin = 0;
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    bin = bin * 8 + Math.min(7, (int) (image.get(x, y, c) * 8));
                }
                h[bin] += 1.0 / image.pixelCount();
            }
        }
        return h;
    }
}
