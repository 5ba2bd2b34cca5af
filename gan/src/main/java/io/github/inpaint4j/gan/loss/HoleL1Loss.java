package io.github.inpaint4j.gan.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import io.github.inpaint4j.RgbImage;

/**
 * The reconstruction loss of Context Encoders (Pathak et al., CVPR 2016): {@code λ} times the mean
 * absolute difference between the generator's output and the real picture over the hole samples,
 * {@code λ · Σ m·|G(x) − x| / (3 · Σ m)}, m the mask (1 = hole); a batch without holes counts as
 * one hole sample so that the loss stays finite.
 *
 * <p>As a DJL {@link Loss}: labels {@code (real (N,3,H,W), mask (N,1,H,W))}, prediction
 * {@code (fake (N,3,H,W))}. Written out by hand because DJL's {@code L1Loss} with a weight other
 * than 1 ignores the prediction (docs/djl.md#losses), and with {@code λ} as an engine-made scalar because
 * {@code mul(Number)} under autograd reads a freed buffer in backward (docs/djl.md#scalars-under-autograd).
 */
public final class HoleL1Loss extends Loss {

    private static final float CHANNELS = RgbImage.CHANNELS;

    private final float lambda;

    /** @param lambda the weight {@code λ}, finite and ≥ 0 */
    public HoleL1Loss(float lambda) {
        super("HoleL1Loss");
        if (!(lambda >= 0) || Float.isInfinite(lambda)) {
            throw new IllegalArgumentException("L1 weight lambda must be finite and >= 0, got " + lambda);
        }
        this.lambda = lambda;
    }

    /** The weight {@code λ}. */
    public float lambda() {
        return lambda;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray real = labels.get(0);
        NDArray mask = labels.get(1);
        NDArray fake = predictions.singletonOrThrow();
        NDArray holeSamples = mask.sum().mul(scalar(mask, CHANNELS)).maximum(1f);
        return fake.sub(real).abs().mul(mask).sum().div(holeSamples).mul(scalar(fake, lambda));
    }

    private static NDArray scalar(NDArray like, float value) {
        return like.getManager().full(new Shape(), value, like.getDataType(), like.getDevice());
    }
}
