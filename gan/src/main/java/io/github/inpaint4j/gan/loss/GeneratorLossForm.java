package io.github.inpaint4j.gan.loss;

/**
 * Which adversarial loss the generator minimises (Goodfellow et al., "Generative Adversarial
 * Nets", NIPS 2014, section 3).
 */
public enum GeneratorLossForm {
    /**
     * {@code −log D(G(z))}: the same fixed point as the minimax game, but strong gradients early in
     * training when D rejects every fake easily. The paper's recommendation and the default.
     */
    NON_SATURATING,
    /**
     * {@code log(1 − D(G(z)))}: the literal minimax objective, whose gradient vanishes while D
     * wins; offered for comparison.
     */
    SATURATING
}
