package io.github.inpaint4j.gan.train;

/**
 * The losses of one training step.
 *
 * @param discriminator D's loss, {@code ½ · (BCE(D(x), 1) + BCE(D(G(z)), target))}, plus its R1 term
 *     on the steps that have one
 * @param generatorAdversarial G's adversarial loss in the configured form
 * @param generatorL1 G's pixel loss, the L1 terms already multiplied by their weights
 * @param generatorFeatures G's feature losses, feature matching and perceptual, already weighted
 */
public record StepLosses(float discriminator, float generatorAdversarial, float generatorL1,
        float generatorFeatures) {

    /** G's total loss. */
    public float generatorTotal() {
        return generatorAdversarial + generatorL1 + generatorFeatures;
    }

    /** {@code true} if every loss is a finite number. */
    public boolean isFinite() {
        return Float.isFinite(discriminator) && Float.isFinite(generatorAdversarial) && Float.isFinite(generatorL1)
                && Float.isFinite(generatorFeatures);
    }
}
