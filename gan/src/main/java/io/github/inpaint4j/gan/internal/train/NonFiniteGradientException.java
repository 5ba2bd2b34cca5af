package io.github.inpaint4j.gan.internal.train;

/**
 * A backward pass produced a NaN or an infinity in a network's gradient; the update was not
 * applied, so the weights are those of the previous step. {@link TrainingLoop} turns it into the
 * user's "training diverged" error with the step and the last good checkpoint.
 */
final class NonFiniteGradientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param network "generator" or "discriminator"
     * @param parameter the path of the first parameter whose gradient is not finite
     */
    NonFiniteGradientException(String network, String parameter) {
        super("the gradient of " + network + " parameter " + parameter + " is not a finite number");
    }
}
