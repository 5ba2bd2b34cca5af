package io.github.inpaint4j.gan.train;

/**
 * How well a method fills the validation crops: means over the crops of the hole PSNR and of the
 * texture fidelity ({@link io.github.inpaint4j.metrics.TextureFidelity}: the hole's mean gradient
 * magnitude in the fill over the truth's; crops whose truth is flat under the hole are left out of
 * that mean). {@code NaN} where there was nothing to measure.
 *
 * @param holePsnr mean hole PSNR in dB
 * @param textureFidelity mean texture fidelity, 1 for as much detail as the truth
 */
public record ValidationScore(double holePsnr, double textureFidelity) {

    /** No score: both {@code NaN}. */
    public static final ValidationScore NONE = new ValidationScore(Double.NaN, Double.NaN);

    /** {@code true} if the hole PSNR was measured. */
    public boolean isPresent() {
        return !Double.isNaN(holePsnr);
    }
}
