package io.github.inpaint4j.gan.train;

/**
 * The losses of one training step.
 *
 * @param discriminator D's loss, {@code ½ · (BCE(D(x), 1) + BCE(D(G(z)), 0))}
 * @param generatorAdversarial G's adversarial loss in the configured form
 * @param generatorL1 G's hole reconstruction loss, already multiplied by λ
 */
public record StepLosses(float discriminator, float generatorAdversarial, float generatorL1) {

    /** G's total loss, adversarial + λ·L1. */
    public float generatorTotal() {
        return generatorAdversarial + generatorL1;
    }

    /** {@code true} if every loss is a finite number. */
    public boolean isFinite() {
        return Float.isFinite(discriminator) && Float.isFinite(generatorAdversarial) && Float.isFinite(generatorL1);
    }
}
