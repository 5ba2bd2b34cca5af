package io.github.inpaint4j.gan.model;

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

    /** Smallest crop side. */
    public static final int MIN_CROP_SIZE = 8;
    /** Largest crop side. */
    public static final int MAX_CROP_SIZE = 1024;

    /** @throws IllegalArgumentException naming the field, its allowed range and the value */
    public ModelDescription {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(discriminator, "discriminator");
        if (cropSize < MIN_CROP_SIZE || cropSize > MAX_CROP_SIZE) {
            throw new IllegalArgumentException("cropSize must be in [" + MIN_CROP_SIZE + ", " + MAX_CROP_SIZE
                    + "], got " + cropSize);
        }
        if (cropSize < 1 << discriminator.layers()) {
            throw new IllegalArgumentException("cropSize must be at least 2^discriminator.layers = "
                    + (1 << discriminator.layers()) + ", got " + cropSize);
        }
    }

    /** 64×64 crops and the default networks: the default model's shape. */
    public static ModelDescription defaults() {
        return new ModelDescription(64, GeneratorConfig.defaults(), DiscriminatorConfig.defaults());
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
