package io.github.inpaint4j.gan.internal.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;

/**
 * Feature matching (Salimans et al., "Improved Techniques for Training GANs", NeurIPS 2016, in the
 * per-sample L1 form of pix2pixHD and LaMa): the mean absolute difference between the
 * discriminator's features of the real crop and of the composited fake, averaged over the layers,
 * {@code (1/L) · Σ_l mean |D_l(x) − D_l(x̂)|}. The real features carry no gradient; the fake ones
 * carry the generator's.
 *
 * @since 0.2.0
 */
public final class FeatureMatchingLoss {

    private FeatureMatchingLoss() {
    }

    /**
     * The loss between two equally long lists of features, times {@code weight} (an engine-made
     * scalar: {@code mul(Number)} under autograd reads a freed buffer, docs/djl.md#scalars-under-autograd).
     *
     * @throws IllegalArgumentException if the lists differ in length or are empty
     */
    public static NDArray of(NDList realFeatures, NDList fakeFeatures, float weight) {
        if (realFeatures.size() != fakeFeatures.size() || realFeatures.isEmpty()) {
            throw new IllegalArgumentException("feature matching needs as many real as fake features, got "
                    + realFeatures.size() + " and " + fakeFeatures.size());
        }
        NDArray sum = null;
        for (int l = 0; l < realFeatures.size(); l++) {
            NDArray term = fakeFeatures.get(l).sub(realFeatures.get(l).stopGradient()).abs().mean();
            sum = sum == null ? term : sum.add(term);
        }
        NDArray scale = sum.getManager().full(new Shape(), weight / realFeatures.size(), sum.getDataType(),
                sum.getDevice());
        return sum.mul(scale);
    }
}
