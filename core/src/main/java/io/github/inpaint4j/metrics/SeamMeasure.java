package io.github.inpaint4j.metrics;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;

/**
 * Whether a fill shows its border: the mean gradient magnitude over the band of pixels within
 * {@value #BAND} pixels of the hole's border on either side, in the filled picture divided by that
 * in the original. 1 means the border is as smooth (or as detailed) as the truth there; a colour
 * step or a seam along the border scores more, a fill that smooths the surroundings less.
 *
 * <p>The band holds the hole pixels that have a known pixel within Euclidean distance
 * {@value #BAND}, and the known pixels that have a hole pixel within that distance:
 * {@code mask.dilate(2) ∩ mask.invert().dilate(2)} ({@link Mask#dilate}). The edge of the picture
 * is no border. The gradient magnitude is {@link TextureFidelity}'s: forward differences, so the
 * step between a known pixel and the hole pixel beside it counts on whichever side it is read.
 *
 * @since 0.2.0
 */
public final class SeamMeasure {

    /** Half-width of the band, in pixels, on each side of the border. */
    public static final int BAND = 2;

    private SeamMeasure() {
    }

    /**
     * The ratio of the band's mean gradient magnitude in {@code filled} to that in {@code original}.
     *
     * @return the ratio, ≥ 0; {@code NaN} if the original is flat over the band, or the hole has no
     *     border (every pixel a hole)
     * @throws IllegalArgumentException if the sizes differ or the mask has no hole
     */
    public static double of(RgbImage original, RgbImage filled, Mask mask) {
        SampleErrors.requireSameSize(original, filled);
        mask.requireSameSize(original);
        SampleErrors.requireHole(mask);
        Mask band = band(mask);
        if (band.isEmpty()) {
            return Double.NaN;
        }
        double truth = Gradients.magnitudeSum(original, band);
        return truth == 0 ? Double.NaN : Gradients.magnitudeSum(filled, band) / truth;
    }

    /** The pixels within {@value #BAND} pixels of the border between the holes and the known pixels. */
    public static Mask band(Mask mask) {
        Mask holeSide = mask.invert().dilate(BAND);
        Mask knownSide = mask.dilate(BAND);
        boolean[] out = new boolean[mask.pixelCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = holeSide.isHole(i) && knownSide.isHole(i);
        }
        return Mask.of(mask.width(), mask.height(), out);
    }
}
