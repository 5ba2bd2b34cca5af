package io.github.inpaint4j.metrics;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;

/** Per-sample error sums shared by the metrics, optionally restricted to the holes of a mask. */
final class SampleErrors {

    private SampleErrors() {
    }

    static Mask requireHole(Mask mask) {
        if (mask.isEmpty()) {
            throw new IllegalArgumentException("the mask has no hole pixels to measure");
        }
        return mask;
    }

    static double meanSquared(RgbImage reference, RgbImage test, Mask region) {
        return mean(reference, test, region, true);
    }

    static double meanAbsolute(RgbImage reference, RgbImage test, Mask region) {
        return mean(reference, test, region, false);
    }

    private static double mean(RgbImage reference, RgbImage test, Mask region, boolean squared) {
        requireSameSize(reference, test);
        if (region != null) {
            region.requireSameSize(reference);
        }
        float[] a = reference.toPlanar();
        float[] b = test.toPlanar();
        int plane = reference.pixelCount();
        double sum = 0;
        long count = 0;
        for (int i = 0; i < plane; i++) {
            if (region != null && !region.isHole(i)) {
                continue;
            }
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                double d = (double) a[c * plane + i] - b[c * plane + i];
                sum += squared ? d * d : Math.abs(d);
            }
            count += RgbImage.CHANNELS;
        }
        return sum / count;
    }

    static void requireSameSize(RgbImage reference, RgbImage test) {
        if (reference.width() != test.width() || reference.height() != test.height()) {
            throw new IllegalArgumentException("images differ in size: reference " + reference.width() + "×"
                    + reference.height() + ", test " + test.width() + "×" + test.height());
        }
    }
}
