package io.github.inpaint4j.metrics;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;

/**
 * How much of the original's detail a fill keeps: the mean gradient magnitude over the hole of the
 * filled image divided by that of the original. 1 means the fill is as detailed as the truth;
 * a blur scores less (a diffusion fill such as Telea's about 0.5, a flat colour 0), noise or seams
 * score more. Unlike PSNR it does not reward a smooth guess, so the two are read together.
 *
 * <p>The gradient magnitude of pixel (x, y) is {@code sqrt((1/3) Σ_c (dx_c² + dy_c²))} with
 * forward differences {@code dx_c = I_c(x+1, y) − I_c(x, y)} and {@code dy_c = I_c(x, y+1) − I_c(x, y)};
 * a difference that would leave the picture is 0. Differences reach the known pixels beside the hole,
 * so a visible seam at the hole's edge counts as detail too.
 */
public final class TextureFidelity {

    private TextureFidelity() {
    }

    /**
     * The ratio of the hole's mean gradient magnitude in {@code filled} to that in {@code original}.
     *
     * @return the ratio, ≥ 0; {@code NaN} if the original is flat over the hole (no detail to keep)
     * @throws IllegalArgumentException if the sizes differ or the mask has no hole
     */
    public static double of(RgbImage original, RgbImage filled, Mask mask) {
        SampleErrors.requireSameSize(original, filled);
        mask.requireSameSize(original);
        SampleErrors.requireHole(mask);
        double truth = Gradients.magnitudeSum(original, mask);
        return truth == 0 ? Double.NaN : Gradients.magnitudeSum(filled, mask) / truth;
    }

    /**
     * The mean gradient magnitude over the hole pixels of {@code mask} (see the class comment).
     *
     * @throws IllegalArgumentException if the sizes differ or the mask has no hole
     */
    public static double meanGradient(RgbImage image, Mask mask) {
        mask.requireSameSize(image);
        SampleErrors.requireHole(mask);
        return Gradients.magnitudeSum(image, mask) / mask.holeCount();
    }
}
