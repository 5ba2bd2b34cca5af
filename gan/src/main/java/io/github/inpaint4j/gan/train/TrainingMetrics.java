package io.github.inpaint4j.gan.train;

/**
 * One row of a run's metrics, averaged over the steps since the previous row.
 *
 * @param step the step the row ends at
 * @param discriminatorLoss mean D loss
 * @param generatorAdversarialLoss mean G adversarial loss
 * @param generatorL1Loss mean weighted L1 loss (hole and known pixels)
 * @param generatorFeatureLoss mean weighted feature losses (feature matching and perceptual; 0
 *     when neither is on, and in rows written before they existed)
 * @param imagesPerSecond training crops per second of wall time spent in those steps (sampling the
 *     batch and the D and G updates; validation and checkpoints excluded)
 * @param validation the generator's scores on the held-out crops, measured at checkpoints;
 *     {@link ValidationScore#NONE} on other rows
 * @param baseline the baseline method's scores on the same crops and holes (the same on every
 *     row that has a validation), or {@link ValidationScore#NONE}
 */
public record TrainingMetrics(long step, double discriminatorLoss, double generatorAdversarialLoss,
        double generatorL1Loss, double generatorFeatureLoss, double imagesPerSecond, ValidationScore validation,
        ValidationScore baseline) {

    /** {@code true} if this row carries a validation score. */
    public boolean hasValidation() {
        return validation.isPresent();
    }

    /** The generator's mean hole PSNR on the held-out crops, {@code NaN} on rows without validation. */
    public double validationHolePsnr() {
        return validation.holePsnr();
    }
}
