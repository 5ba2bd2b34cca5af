package io.github.inpaint4j.gan.internal.loss;

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
    private final float knownLambda;

    /** @param lambda the weight {@code λ}, finite and ≥ 0 */
    public HoleL1Loss(float lambda) {
        this(lambda, 0f);
    }

    /**
     * The hole term plus {@code knownLambda} times the same mean over the known samples of the
     * generator's raw output, {@code Σ (1−m)·|G(x) − x| / (3 · Σ (1−m))}: LaMa's pixel loss is there
     * only (its weight on the hole is 0), which keeps the output near the picture where it is known
     * without pulling the fill towards the average of its plausible contents.
     *
     * @param lambda the hole weight {@code λ}, finite and ≥ 0
     * @param knownLambda the known-pixel weight, finite and ≥ 0
     * @since 0.2.0
     */
    public HoleL1Loss(float lambda, float knownLambda) {
        super("HoleL1Loss");
        requireWeight("L1 weight lambda", lambda);
        requireWeight("known-pixel L1 weight", knownLambda);
        this.lambda = lambda;
        this.knownLambda = knownLambda;
    }

    private static void requireWeight(String name, float value) {
        if (!(value >= 0) || Float.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
    }

    /** The weight {@code λ}. */
    public float lambda() {
        return lambda;
    }

    /** The known-pixel weight. */
    public float knownLambda() {
        return knownLambda;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray real = labels.get(0);
        NDArray mask = labels.get(1);
        NDArray fake = predictions.singletonOrThrow();
        NDArray error = fake.sub(real).abs();
        NDArray loss = meanOver(error, mask).mul(scalar(fake, lambda));
        if (knownLambda > 0) {
            NDArray known = mask.neg().add(1f);
            loss = loss.add(meanOver(error, known).mul(scalar(fake, knownLambda)));
        }
        return loss;
    }

    /** The mean of {@code error} over the samples where {@code region} is 1 (at least one sample counted). */
    private static NDArray meanOver(NDArray error, NDArray region) {
        NDArray samples = region.sum().mul(scalar(region, CHANNELS)).maximum(1f);
        return error.mul(region).sum().div(samples);
    }

    private static NDArray scalar(NDArray like, float value) {
        return like.getManager().full(new Shape(), value, like.getDataType(), like.getDevice());
    }
}
