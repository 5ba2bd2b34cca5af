package io.github.inpaint4j.gan.model;

/**
 * The shape of a {@link UNetGenerator}.
 *
 * <p>Level {@code i} (0 = full resolution) has {@code width · 2^min(i, 2)} channels: the width
 * doubles twice and then stays, which keeps the parameter count small enough to train on a CPU.
 *
 * @param width channels at full resolution, in [4, 256]
 * @param depth number of stride-2 down-samplings, in [1, 6]; inputs are padded to a multiple of
 *     {@code 2^depth}
 * @param gated whether the units are gated convolutions (DeepFill v2) instead of
 *     convolution + instance norm + LeakyReLU
 */
public record GeneratorConfig(int width, int depth, boolean gated) {

    /** @throws IllegalArgumentException naming the field, its range and the value */
    public GeneratorConfig {
        if (width < 4 || width > 256) {
            throw new IllegalArgumentException("generator width must be in [4, 256], got " + width);
        }
        if (depth < 1 || depth > 6) {
            throw new IllegalArgumentException("generator depth must be in [1, 6], got " + depth);
        }
    }

    /** Width 16, depth 3, plain (not gated) units. */
    public static GeneratorConfig defaults() {
        return new GeneratorConfig(16, 3, false);
    }

    /** A copy with another width. */
    public GeneratorConfig withWidth(int width) {
        return new GeneratorConfig(width, depth, gated);
    }

    /** A copy with another depth. */
    public GeneratorConfig withDepth(int depth) {
        return new GeneratorConfig(width, depth, gated);
    }

    /** A copy with or without gated convolutions. */
    public GeneratorConfig withGated(boolean gated) {
        return new GeneratorConfig(width, depth, gated);
    }

    /** Channels at level {@code level} (0 = full resolution). */
    public int channels(int level) {
        return width << Math.min(level, 2);
    }

    /** The multiple that input sides are padded to, {@code 2^depth}. */
    public int sizeMultiple() {
        return 1 << depth;
    }
}
