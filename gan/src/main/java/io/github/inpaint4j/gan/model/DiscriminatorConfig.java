package io.github.inpaint4j.gan.model;

import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.Settings;

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

    /** Channels of the first layer. */
    public static final Setting<Integer> WIDTH = Setting.integer("d-width", 32).range(4, 256)
            .help("discriminator channels of its first layer");
    /** Stride-2 layers. */
    public static final Setting<Integer> LAYERS = Setting.integer("d-layers", 3).range(1, 5)
            .help("discriminator stride-2 layers");
    /** The mask as a fourth plane. */
    public static final Setting<Boolean> MASK_CHANNEL = Setting.flag("d-mask-channel")
            .help("show the discriminator the hole mask as a fourth plane beside the picture");
    /** The discriminator's settings, in the order a user sees them. */
    public static final Settings SETTINGS = Settings.of(WIDTH, LAYERS, MASK_CHANNEL);

    /** @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value */
    public DiscriminatorConfig {
        WIDTH.check(width);
        LAYERS.check(layers);
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
        return new DiscriminatorConfig(WIDTH.defaultValue().orElseThrow(), LAYERS.defaultValue().orElseThrow(),
                MASK_CHANNEL.defaultValue().orElseThrow());
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
