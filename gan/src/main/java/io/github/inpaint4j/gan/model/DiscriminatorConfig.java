package io.github.inpaint4j.gan.model;

/**
 * The shape of a {@code PatchDiscriminator}.
 *
 * @param width channels of the first convolution, in [4, 256]; each further stride-2 layer
 *     doubles them, up to {@code 8 · width}
 * @param layers number of stride-2 convolutions, in [1, 5]; the logit map is {@code 2^layers}
 *     times smaller than the image
 * @param maskChannel whether the discriminator also sees the hole mask as a fourth input plane
 *     (MI-GAN's conditioning: it is shown the composited picture and where the hole is)
 */
public record DiscriminatorConfig(int width, int layers, boolean maskChannel) {

    /** @throws IllegalArgumentException naming the field, its range and the value */
    public DiscriminatorConfig {
        if (width < 4 || width > 256) {
            throw new IllegalArgumentException("discriminator width must be in [4, 256], got " + width);
        }
        if (layers < 1 || layers > 5) {
            throw new IllegalArgumentException("discriminator layers must be in [1, 5], got " + layers);
        }
    }

    /** A discriminator that sees the picture only. */
    public DiscriminatorConfig(int width, int layers) {
        this(width, layers, false);
    }

    /**
     * Width 32, 3 stride-2 layers (a 64×64 picture gives 8×8 logits, each seeing a 38×38 patch),
     * no mask plane.
     */
    public static DiscriminatorConfig defaults() {
        return new DiscriminatorConfig(32, 3, false);
    }

    /** A copy with another width. */
    public DiscriminatorConfig withWidth(int width) {
        return new DiscriminatorConfig(width, layers, maskChannel);
    }

    /** A copy with another number of stride-2 layers. */
    public DiscriminatorConfig withLayers(int layers) {
        return new DiscriminatorConfig(width, layers, maskChannel);
    }

    /** A copy that does or does not see the mask. */
    public DiscriminatorConfig withMaskChannel(boolean maskChannel) {
        return new DiscriminatorConfig(width, layers, maskChannel);
    }

    /** Channels after stride-2 layer {@code layer} (0-based). */
    public int channels(int layer) {
        return width << Math.min(layer, 3);
    }

    /** Planes of the input: RGB, and the mask when {@link #maskChannel}. */
    public int inputPlanes() {
        return maskChannel ? 4 : 3;
    }

    /** How many times smaller than the picture the logit map is, {@code 2^layers}. */
    public int stride() {
        return 1 << layers;
    }
}
