package io.github.inpaint4j.bench;

import io.github.inpaint4j.Mask;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link InpaintBench} runs: the side of the square pictures, the seed of the masks, the
 * kinds of hole and the time a method may take on one case. Immutable; validated at construction.
 *
 * @param size side of the square every picture is brought to (centre crop, then resampled), at least 32
 * @param seed seed of the random masks: the same seed gives every picture the same holes
 * @param masks the kinds of hole, at least one, no repeats, in the order of the outputs
 * @param timeout the longest a method may take on one case before it is cancelled and recorded as timed out
 * @param dilate pixels by which every hole is {@linkplain io.github.inpaint4j.Mask#dilate grown} after it is
 *     drawn ({@link io.github.inpaint4j.Mask#DILATE}); every method fills, and is scored on, the grown hole.
 *     Default 0
 */
public record BenchConfig(int size, long seed, List<MaskKind> masks, Duration timeout, int dilate) {

    /** Default side: 256 pixels, as the reference case A. */
    public static final int DEFAULT_SIZE = 256;
    /** Default seed. */
    public static final long DEFAULT_SEED = 42;
    /** Default timeout per case: 10 minutes. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    /** Smallest side: a 11×11 window and a brush stroke still fit in a quarter of it. */
    public static final int MIN_SIZE = 32;

    /** @throws IllegalArgumentException naming the bad value */
    public BenchConfig {
        Objects.requireNonNull(masks, "masks");
        Objects.requireNonNull(timeout, "timeout");
        if (size < MIN_SIZE) {
            throw new IllegalArgumentException("bench size must be >= " + MIN_SIZE + ", got " + size);
        }
        if (masks.isEmpty()) {
            throw new IllegalArgumentException("bench needs at least one mask kind");
        }
        if (EnumSet.copyOf(masks).size() != masks.size()) {
            throw new IllegalArgumentException("mask kinds repeat: " + masks);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        Mask.DILATE.check(dilate);
        masks = List.copyOf(masks);
    }

    /**
     * A configuration without dilation.
     *
     * @deprecated since 0.2.0: use {@link #defaults()} and the {@code with…} copies, which keep the dilation
     */
    @Deprecated(since = "0.2.0")
    public BenchConfig(int size, long seed, List<MaskKind> masks, Duration timeout) {
        this(size, seed, masks, timeout, 0);
    }

    /** 256 pixels, seed 42, every mask kind, 10 minutes per case, no dilation. */
    public static BenchConfig defaults() {
        return new BenchConfig(DEFAULT_SIZE, DEFAULT_SEED, List.of(MaskKind.values()), DEFAULT_TIMEOUT, 0);
    }

    /**
     * This configuration with holes grown by {@code newDilate} pixels.
     *
     * @since 0.2.0
     */
    public BenchConfig withDilate(int newDilate) {
        return new BenchConfig(size, seed, masks, timeout, newDilate);
    }

    /** This configuration with another side. */
    public BenchConfig withSize(int newSize) {
        return new BenchConfig(newSize, seed, masks, timeout, dilate);
    }

    /** This configuration with another seed. */
    public BenchConfig withSeed(long newSeed) {
        return new BenchConfig(size, newSeed, masks, timeout, dilate);
    }

    /** This configuration with other mask kinds. */
    public BenchConfig withMasks(List<MaskKind> newMasks) {
        return new BenchConfig(size, seed, newMasks, timeout, dilate);
    }

    /** This configuration with another timeout per case. */
    public BenchConfig withTimeout(Duration newTimeout) {
        return new BenchConfig(size, seed, masks, newTimeout, dilate);
    }
}
