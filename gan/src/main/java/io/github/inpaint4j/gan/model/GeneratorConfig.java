package io.github.inpaint4j.gan.model;

import java.util.Objects;

/**
 * The shape of a {@code UNetGenerator}.
 *
 * <p>Level {@code i} (0 = full resolution) has {@code width · 2^min(i, 2)} channels: the width
 * doubles twice and then stays, which keeps the parameter count small enough to train on a CPU.
 *
 * @param width channels at full resolution, in [4, 256]
 * @param depth number of stride-2 down-samplings, in [1, 6]; inputs are padded to a multiple of
 *     {@code 2^depth}
 * @param gated whether the units are gated convolutions (DeepFill v2) instead of
 *     convolution + instance norm + LeakyReLU
 * @param bottleneck what runs at the lowest resolution
 * @param blocks residual blocks of a {@link Bottleneck#RESIDUAL} or {@link Bottleneck#FOURIER}
 *     bottleneck, in [1, 32] (ignored by {@link Bottleneck#DILATED}, which has its two units)
 */
public record GeneratorConfig(int width, int depth, boolean gated, Bottleneck bottleneck, int blocks) {

    /** @throws IllegalArgumentException naming the field, its range and the value */
    public GeneratorConfig {
        Objects.requireNonNull(bottleneck, "bottleneck");
        if (width < 4 || width > 256) {
            throw new IllegalArgumentException("generator width must be in [4, 256], got " + width);
        }
        if (depth < 1 || depth > 6) {
            throw new IllegalArgumentException("generator depth must be in [1, 6], got " + depth);
        }
        if (blocks < 1 || blocks > 32) {
            throw new IllegalArgumentException("generator blocks must be in [1, 32], got " + blocks);
        }
        if (bottleneck == Bottleneck.FOURIER && (width << Math.min(depth, 2)) % 2 != 0) {
            throw new IllegalArgumentException("a Fourier bottleneck needs an even channel count, got "
                    + (width << Math.min(depth, 2)));
        }
    }

    /**
     * Width 16, depth 3, plain units, a bottleneck of 4 dilated residual blocks: the default
     * model's (docs/algorithms.md says how it was chosen).
     */
    public static GeneratorConfig defaults() {
        return new GeneratorConfig(16, 3, false, Bottleneck.RESIDUAL, 4);
    }

    /** A copy with another width. */
    public GeneratorConfig withWidth(int width) {
        return new GeneratorConfig(width, depth, gated, bottleneck, blocks);
    }

    /** A copy with another depth. */
    public GeneratorConfig withDepth(int depth) {
        return new GeneratorConfig(width, depth, gated, bottleneck, blocks);
    }

    /** A copy with or without gated convolutions. */
    public GeneratorConfig withGated(boolean gated) {
        return new GeneratorConfig(width, depth, gated, bottleneck, blocks);
    }

    /** A copy with another bottleneck of {@code blocks} blocks. */
    public GeneratorConfig withBottleneck(Bottleneck bottleneck, int blocks) {
        return new GeneratorConfig(width, depth, gated, bottleneck, blocks);
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
