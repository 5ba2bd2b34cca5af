package io.github.inpaint4j.metrics;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;

/** Mean absolute error of samples in [0, 1], over the three channels. */
public final class Mae {

    private Mae() {
    }

    /** Mean absolute error over the whole image. */
    public static double of(RgbImage reference, RgbImage test) {
        return SampleErrors.meanAbsolute(reference, test, null);
    }

    /**
     * Mean absolute error over the hole pixels of {@code mask} only.
     *
     * @throws IllegalArgumentException if the mask has no hole or the sizes differ
     */
    public static double inHole(RgbImage reference, RgbImage test, Mask mask) {
        return SampleErrors.meanAbsolute(reference, test, SampleErrors.requireHole(mask));
    }
}
