package io.github.inpaint4j.gan.model;

import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import java.util.Objects;

/**
 * What a trained GAN inpainter is, as inference and fine-tuning need it: the side of the square
 * crops it was trained on (its window: the hole depth it fills at full resolution is a quarter of
 * it) and the shapes of its two networks. A checkpoint stores it as the {@code model} section of
 * its {@code checkpoint.json}; the training settings beside it are provenance only.
 *
 * @param cropSize side of the square training crops, in [8, 1024] and at least
 *     {@code 2^discriminator.layers}
 * @param generator the generator's shape
 * @param discriminator the discriminator's shape
 * @since 0.2.0
 */
public record ModelDescription(int cropSize, GeneratorConfig generator, DiscriminatorConfig discriminator) {

    /** The side of the training crops. */
    public static final Setting<Integer> CROP_SIZE = Setting.integer("crop-size", 64).range(8, 1024)
            .help("side of the square training crops: a hole within a quarter of it is filled in one pass");
    /** Every setting of the model: the crop size, the generator's and the discriminator's. */
    public static final Settings SETTINGS = Settings.of(CROP_SIZE).plus(GeneratorConfig.SETTINGS)
            .plus(DiscriminatorConfig.SETTINGS);

    /**
     * @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value
     * @throws IllegalArgumentException if the crop is smaller than the discriminator's stride
     */
    public ModelDescription {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(discriminator, "discriminator");
        CROP_SIZE.check(cropSize);
        if (cropSize < 1 << discriminator.layers()) {
            throw new IllegalArgumentException(CROP_SIZE.name() + " must be at least 2^" + DiscriminatorConfig.LAYERS
                    .name() + " = " + (1 << discriminator.layers()) + ", got " + cropSize);
        }
    }

    /** 64×64 crops and the default networks: the default model's shape. */
    public static ModelDescription defaults() {
        return of(SETTINGS.defaults());
    }

    /** The model that {@code values} of {@link #SETTINGS} describe. */
    public static ModelDescription of(SettingValues values) {
        return new ModelDescription(values.get(CROP_SIZE),
                new GeneratorConfig(values.get(GeneratorConfig.WIDTH), values.get(GeneratorConfig.DEPTH),
                        values.get(GeneratorConfig.GATED), values.get(GeneratorConfig.BOTTLENECK),
                        values.get(GeneratorConfig.BLOCKS)),
                new DiscriminatorConfig(values.get(DiscriminatorConfig.WIDTH), values.get(DiscriminatorConfig.LAYERS),
                        values.get(DiscriminatorConfig.MASK_CHANNEL)));
    }

    /** This model as values of {@link #SETTINGS}, each given. */
    public SettingValues values() {
        return SETTINGS.defaults().with(CROP_SIZE, cropSize)
                .with(GeneratorConfig.WIDTH, generator.width()).with(GeneratorConfig.DEPTH, generator.depth())
                .with(GeneratorConfig.GATED, generator.gated()).with(GeneratorConfig.BOTTLENECK, generator.bottleneck())
                .with(GeneratorConfig.BLOCKS, generator.blocks())
                .with(DiscriminatorConfig.WIDTH, discriminator.width())
                .with(DiscriminatorConfig.LAYERS, discriminator.layers())
                .with(DiscriminatorConfig.MASK_CHANNEL, discriminator.maskChannel());
    }

    /** A copy with another crop side. */
    public ModelDescription withCropSize(int cropSize) {
        return new ModelDescription(cropSize, generator, discriminator);
    }

    /** A copy with another generator shape. */
    public ModelDescription withGenerator(GeneratorConfig generator) {
        return new ModelDescription(cropSize, generator, discriminator);
    }

    /** A copy with another discriminator shape. */
    public ModelDescription withDiscriminator(DiscriminatorConfig discriminator) {
        return new ModelDescription(cropSize, generator, discriminator);
    }
}
