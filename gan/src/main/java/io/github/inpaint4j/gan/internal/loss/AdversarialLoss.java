package io.github.inpaint4j.gan.internal.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import io.github.inpaint4j.gan.loss.DiscriminatorTarget;
import io.github.inpaint4j.gan.loss.GeneratorLossForm;

/**
 * The minimax log-loss of Goodfellow et al. (NIPS 2014),
 * {@code min_G max_D E[log D(x)] + E[log(1 − D(G(z)))]}, written as binary cross-entropy on the
 * discriminator's <b>logits</b> {@code l} (with {@code D = σ(l)}):
 * <ul>
 *   <li>discriminator: {@code ½ · (BCE(l_real, 1) + BCE(l_fake, 0))}, where
 *       {@code BCE(l, 1) = −log σ(l)} and {@code BCE(l, 0) = −log(1 − σ(l))}; minimising it
 *       maximises V (the ½ is pix2pix's, slowing D relative to G);</li>
 *   <li>generator, {@link GeneratorLossForm#NON_SATURATING}: {@code BCE(l_fake, 1) = −log D(G(z))};</li>
 *   <li>generator, {@link GeneratorLossForm#SATURATING}: {@code −BCE(l_fake, 0) = log(1 − D(G(z)))}.</li>
 * </ul>
 * Each BCE is averaged over the patch logits and the batch. The cross-entropy is DJL's default
 * logits form {@code max(l, 0) − l · y + log(1 + e^{−|l|})}, which is stable for large
 * {@code |l|}; DJL's {@code fromSigmoid} variant returns the negated loss (docs/djl.md#losses).
 *
 * <p>All constants are NDArrays made by the engine: {@code NDArray.mul(Number)} under autograd
 * lets backward read a freed scalar (docs/djl.md#scalars-under-autograd).
 */
public final class AdversarialLoss {

    private static final Loss BCE = Loss.sigmoidBinaryCrossEntropyLoss();

    private AdversarialLoss() {
    }

    /** The discriminator's loss on the logits of real and of fake (composited) pictures. */
    public static NDArray discriminator(NDArray realLogits, NDArray fakeLogits) {
        return discriminator(realLogits, fakeLogits, fakeLogits.zerosLike());
    }

    /**
     * The discriminator's loss when each logit of a fake has its own label {@code fakeLabels}
     * (same shape, in [0, 1], 1 = real; see {@link DiscriminatorTarget}):
     * {@code ½ · (BCE(l_real, 1) + BCE(l_fake, fakeLabels))}.
     */
    public static NDArray discriminator(NDArray realLogits, NDArray fakeLogits, NDArray fakeLabels) {
        NDArray half = realLogits.getManager().full(new Shape(), 0.5f, realLogits.getDataType(),
                realLogits.getDevice());
        return bce(realLogits, true).add(bce(fakeLogits, fakeLabels)).mul(half);
    }

    /** The generator's adversarial loss on the discriminator's logits for its fakes. */
    public static NDArray generator(NDArray fakeLogits, GeneratorLossForm form) {
        return switch (form) {
            case NON_SATURATING -> bce(fakeLogits, true);
            case SATURATING -> bce(fakeLogits, false).neg();
        };
    }

    /** Mean binary cross-entropy of {@code logits} against the label 1 ({@code real}) or 0. */
    public static NDArray bce(NDArray logits, boolean real) {
        return bce(logits, real ? logits.onesLike() : logits.zerosLike());
    }

    /** Mean binary cross-entropy of {@code logits} against {@code labels} in [0, 1] (soft labels allowed). */
    public static NDArray bce(NDArray logits, NDArray labels) {
        return BCE.evaluate(new NDList(labels), new NDList(logits));
    }
}
