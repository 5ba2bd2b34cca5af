package io.github.inpaint4j.gan.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;

/**
 * Which logits of a composited fake the discriminator learns to call fake. A composite is the real
 * crop everywhere but in the hole, so only the logits that look at the hole see anything fake.
 *
 * @since 0.2.0
 */
public enum DiscriminatorTarget {
    /** Every logit of a composite is labelled fake: the seed's objective, as in pix2pix. */
    ALL,
    /**
     * A logit is labelled fake in proportion to the share of hole pixels in the cell of the picture
     * it stands for (its {@code stride × stride} block), real elsewhere: the known pixels of a
     * composite count as real, as in LaMa (Suvorov et al., WACV 2022), so the discriminator learns
     * what a fill looks like rather than where a hole is.
     */
    HOLE;

    /**
     * The labels of a fake's logits {@code (N, 1, h, w)} (1 = real, 0 = fake) for its hole mask
     * {@code (N, 1, h·s, w·s)}, made without gradient.
     */
    public NDArray fakeLabels(NDArray fakeLogits, NDArray mask) {
        if (this == ALL) {
            return fakeLogits.zerosLike();
        }
        long stride = mask.getShape().get(2) / fakeLogits.getShape().get(2);
        Shape cell = new Shape(stride, stride);
        NDArray holeShare = Pool.avgPool2d(mask.stopGradient(), cell, cell, new Shape(0, 0), false, true);
        return holeShare.neg().add(1f);
    }
}
