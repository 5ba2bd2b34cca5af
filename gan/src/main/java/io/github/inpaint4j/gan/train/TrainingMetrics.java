package io.github.inpaint4j.gan.train;

/**
 * One row of a run's metrics, averaged over the steps since the previous row.
 *
 * @param step the step the row ends at
 * @param discriminatorLoss mean D loss
 * @param generatorAdversarialLoss mean G adversarial loss
 * @param generatorL1Loss mean λ-weighted hole L1 loss
 * @param imagesPerSecond training crops per second of wall time spent in those steps (sampling the
 *     batch and the D and G updates; validation and checkpoints excluded)
 * @param validationHolePsnr mean hole PSNR (dB) on the held-out crops, measured at checkpoints;
 *     {@code NaN} on other rows
 */
public record TrainingMetrics(long step, double discriminatorLoss, double generatorAdversarialLoss,
        double generatorL1Loss, double imagesPerSecond, double validationHolePsnr) {

    /** {@code true} if this row carries a validation score. */
    public boolean hasValidation() {
        return !Double.isNaN(validationHolePsnr);
    }
}
