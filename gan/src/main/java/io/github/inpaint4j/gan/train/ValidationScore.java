package io.github.inpaint4j.gan.train;

/**
 * How well a method fills the validation crops: the mean over the crops of the hole PSNR, and the
 * texture fidelity of all the crops' holes together ({@link io.github.inpaint4j.metrics.TextureFidelity}:
 * the summed gradient magnitude over the holes in the fills divided by the truth's — pooled, because a
 * thin hole over a flat sky has almost no detail to keep, and its ratio alone would swamp a mean).
 * {@code NaN} where there was nothing to measure.
 *
 * @param holePsnr mean hole PSNR in dB
 * @param textureFidelity pooled texture fidelity, 1 for as much detail as the truth
 */
public record ValidationScore(double holePsnr, double textureFidelity) {

    /** No score: both {@code NaN}. */
    public static final ValidationScore NONE = new ValidationScore(Double.NaN, Double.NaN);

    /** {@code true} if the hole PSNR was measured. */
    public boolean isPresent() {
        return !Double.isNaN(holePsnr);
    }
}
