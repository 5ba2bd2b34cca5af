package io.github.inpaint4j.gan.model;

import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;

/**
 * The PatchGAN discriminator of pix2pix (Isola et al., "Image-to-Image Translation with
 * Conditional Adversarial Networks", CVPR 2017): a stack of 4×4 stride-2 convolutions with
 * LeakyReLU (0.2) and instance normalisation (none on the first layer), then a 3×3 convolution to
 * one channel. Input {@code (N, 3, H, W)} RGB in [−1, 1]; output {@code (N, 1, H / 2^L, W / 2^L)}
 * <b>logits</b>, one per overlapping patch, positive for "real".
 *
 * <p>It outputs logits, not probabilities, on purpose: the loss is the numerically stable binary
 * cross-entropy with logits (DJL's sigmoid-input variant returns the loss with the wrong sign,
 * docs/djl.md#losses).
 */
public final class PatchDiscriminator extends SequentialBlock {

    private final DiscriminatorConfig config;

    /** A discriminator of the given shape; parameters are created by {@code initialize}. */
    public PatchDiscriminator(DiscriminatorConfig config) {
        this.config = config;
        add(ConvUnits.conv(config.channels(0), 4, 2, 1));
        add(Activation.leakyReluBlock(ConvUnits.LEAKY_SLOPE));
        for (int layer = 1; layer < config.layers(); layer++) {
            add(ConvUnits.conv(config.channels(layer), 4, 2, 1));
            add(new InstanceNorm2d());
            add(Activation.leakyReluBlock(ConvUnits.LEAKY_SLOPE));
        }
        add(ConvUnits.conv(1, 3, 1, 1));
    }

    /** A discriminator of {@link DiscriminatorConfig#defaults()} shape. */
    public static PatchDiscriminator create() {
        return new PatchDiscriminator(DiscriminatorConfig.defaults());
    }

    /** The shape of this discriminator. */
    public DiscriminatorConfig config() {
        return config;
    }
}
