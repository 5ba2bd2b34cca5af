package io.github.inpaint4j.metrics;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;

/**
 * Peak signal-to-noise ratio in decibels, {@code 10 · log10(1 / MSE)}, with samples in [0, 1] (the
 * same value as {@code 10 · log10(255² / MSE)} on 8-bit levels). The mean squared error runs over
 * every sample of the three channels. Identical inputs give {@link Double#POSITIVE_INFINITY}.
 */
public final class Psnr {

    private Psnr() {
    }

    /** PSNR over the whole image. */
    public static double of(RgbImage reference, RgbImage test) {
        return fromMse(SampleErrors.meanSquared(reference, test, null));
    }

    /**
     * PSNR over the hole pixels of {@code mask} only, the usual score of an inpainting result.
     *
     * @throws IllegalArgumentException if the mask has no hole or the sizes differ
     */
    public static double inHole(RgbImage reference, RgbImage test, Mask mask) {
        return fromMse(SampleErrors.meanSquared(reference, test, SampleErrors.requireHole(mask)));
    }

    /** {@code 10 · log10(1 / mse)}; infinite for a zero error. */
    public static double fromMse(double mse) {
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(1 / mse);
    }
}
