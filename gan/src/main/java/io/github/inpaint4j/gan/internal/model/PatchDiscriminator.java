package io.github.inpaint4j.gan.internal.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The PatchGAN discriminator of pix2pix (Isola et al., "Image-to-Image Translation with
 * Conditional Adversarial Networks", CVPR 2017): a stack of 4×4 stride-2 convolutions with
 * LeakyReLU (0.2) and instance normalisation (none on the first layer), then a 3×3 convolution to
 * one channel. Input {@code (N, P, H, W)}: RGB in [−1, 1], and with
 * {@link DiscriminatorConfig#maskChannel()} the hole mask as a fourth plane ({@code P} =
 * {@link DiscriminatorConfig#inputPlanes()}). Output: first {@code (N, 1, H / 2^L, W / 2^L)}
 * <b>logits</b>, one per overlapping patch, positive for "real"; then the activations of each
 * stride-2 layer, the features that feature matching compares.
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

    /** The logits, then each layer's activations (after its LeakyReLU), shallowest first. */
    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList features = new NDList();
        NDList current = inputs;
        for (Block child : getChildren().values()) {
            current = child.forward(parameterStore, current, training);
            if (isFeature(child)) {
                features.add(current.singletonOrThrow());
            }
        }
        NDList out = new NDList(current.singletonOrThrow());
        out.addAll(features);
        return out;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        List<Shape> features = new ArrayList<>();
        Shape[] current = inputs;
        for (Block child : getChildren().values()) {
            current = child.getOutputShapes(current);
            if (isFeature(child)) {
                features.add(current[0]);
            }
        }
        List<Shape> out = new ArrayList<>();
        out.add(current[0]);
        out.addAll(features);
        return out.toArray(Shape[]::new);
    }

    /** The layers' activations are the children that are neither convolutions nor normalisations. */
    private static boolean isFeature(Block child) {
        return !(child instanceof Convolution) && !(child instanceof InstanceNorm2d);
    }
}
