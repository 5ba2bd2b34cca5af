package io.github.inpaint4j.gan.model;

import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.Settings;
import java.util.Objects;

/**
 * The shape of a {@code UNetGenerator}.
 *
 * <p>Level {@code i} (0 = full resolution) has {@code width · 2^min(i, 2)} channels: the width
 * doubles twice and then stays, which keeps the parameter count small enough to train on a CPU.
 *
 * @param width channels at full resolution, in [4, 256] ({@link #WIDTH})
 * @param depth number of stride-2 down-samplings, in [1, 6]; inputs are padded to a multiple of
 *     {@code 2^depth}
 * @param gated whether the units are gated convolutions (DeepFill v2) instead of
 *     convolution + instance norm + LeakyReLU
 * @param bottleneck what runs at the lowest resolution
 * @param blocks residual blocks of a {@link Bottleneck#RESIDUAL} or {@link Bottleneck#FOURIER}
 *     bottleneck, in [1, 32] (ignored by {@link Bottleneck#DILATED}, which has its two units)
 */
public record GeneratorConfig(int width, int depth, boolean gated, Bottleneck bottleneck, int blocks) {

    /** Channels at full resolution. */
    public static final Setting<Integer> WIDTH = Setting.integer("width", 16).range(4, 256)
            .help("generator channels at full resolution");
    /** Stride-2 down-samplings. */
    public static final Setting<Integer> DEPTH = Setting.integer("depth", 3).range(1, 6)
            .help("generator down-samplings");
    /** Gated convolutions. */
    public static final Setting<Boolean> GATED = Setting.flag("gated")
            .help("gated convolutions in the generator (DeepFill v2)");
    /** The bottleneck. */
    public static final Setting<Bottleneck> BOTTLENECK = Setting.choice("bottleneck", Bottleneck.RESIDUAL)
            .help("generator bottleneck: dilated, residual (dilated residual blocks) or fourier (fast Fourier"
                    + " convolution blocks)");
    /** Bottleneck blocks. */
    public static final Setting<Integer> BLOCKS = Setting.integer("blocks", 4).range(1, 32)
            .help("residual or Fourier bottleneck blocks");
    /** The generator's settings, in the order a user sees them. */
    public static final Settings SETTINGS = Settings.of(WIDTH, DEPTH, GATED, BOTTLENECK, BLOCKS);

    /**
     * @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value
     * @throws IllegalArgumentException if a Fourier bottleneck would get an odd channel count
     */
    public GeneratorConfig {
        Objects.requireNonNull(bottleneck, "bottleneck");
        WIDTH.check(width);
        DEPTH.check(depth);
        BLOCKS.check(blocks);
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
        return new GeneratorConfig(WIDTH.defaultValue().orElseThrow(), DEPTH.defaultValue().orElseThrow(),
                GATED.defaultValue().orElseThrow(), BOTTLENECK.defaultValue().orElseThrow(),
                BLOCKS.defaultValue().orElseThrow());
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
