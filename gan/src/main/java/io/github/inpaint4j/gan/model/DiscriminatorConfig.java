package io.github.inpaint4j.gan.model;

/**
 * The shape of a {@link PatchDiscriminator}.
 *
 * @param width channels of the first convolution, in [4, 256]; each further stride-2 layer
 *     doubles them, up to {@code 8 · width}
 * @param layers number of stride-2 convolutions, in [1, 5]; the logit map is {@code 2^layers}
 *     times smaller than the image
 */
public record DiscriminatorConfig(int width, int layers) {

    /** @throws IllegalArgumentException naming the field, its range and the value */
    public DiscriminatorConfig {
        if (width < 4 || width > 256) {
            throw new IllegalArgumentException("discriminator width must be in [4, 256], got " + width);
        }
        if (layers < 1 || layers > 5) {
            throw new IllegalArgumentException("discriminator layers must be in [1, 5], got " + layers);
        }
    }

    /** Width 32, 3 stride-2 layers (a 64×64 picture gives 8×8 logits, each seeing a 38×38 patch). */
    public static DiscriminatorConfig defaults() {
        return new DiscriminatorConfig(32, 3);
    }

    /** A copy with another width. */
    public DiscriminatorConfig withWidth(int width) {
        return new DiscriminatorConfig(width, layers);
    }

    /** A copy with another number of stride-2 layers. */
    public DiscriminatorConfig withLayers(int layers) {
        return new DiscriminatorConfig(width, layers);
    }

    /** Channels after stride-2 layer {@code layer} (0-based). */
    public int channels(int layer) {
        return width << Math.min(layer, 3);
    }
}
