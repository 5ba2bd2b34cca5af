package io.github.inpaint4j.bench;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link InpaintBench} runs: the side of the square pictures, the seed of the masks, the
 * kinds of hole and the time a method may take on one case. Immutable; validated at construction
 * against its {@link Setting}s ({@link #SETTINGS}), from which {@code inpaint bench} builds its options.
 *
 * @param size side of the square every picture is brought to (centre crop, then resampled), at least 32
 * @param seed seed of the random masks: the same seed gives every picture the same holes
 * @param masks the kinds of hole, at least one, no repeats, in the order of the outputs
 * @param timeout the longest a method may take on one case before it is cancelled and recorded as timed out
 * @param dilate pixels by which every hole is {@linkplain Mask#dilate grown} after it is drawn
 *     ({@link Mask#DILATE}); every method fills, and is scored on, the grown hole. Default 0
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

    /** The {@code size} setting. */
    public static final Setting<Integer> SIZE = Setting.integer("size", DEFAULT_SIZE).atLeast(MIN_SIZE).label("PX")
            .help("side of the square each picture is centre-cropped and resized to");
    /** The {@code seed} setting: the seed of the holes. */
    public static final Setting<Long> SEED = Setting.seed(DEFAULT_SEED).help("seed of the random holes: the same seed"
            + " gives every picture the same holes");
    /** The {@code masks} setting: the kinds of hole. */
    public static final Setting<List<MaskKind>> MASKS = Setting.list("masks", Setting.parsed("masks", null,
            MaskKind::of, MaskKind::id, "one of " + String.join(", ", Arrays.stream(MaskKind.values())
                    .map(MaskKind::id).toList())).label("KIND"), List.of(MaskKind.values()))
            .help("hole kinds: center, strokes, scratches, large");
    /** The {@code timeout} setting. */
    public static final Setting<Duration> TIMEOUT = Setting.seconds("timeout", DEFAULT_TIMEOUT).above(0)
            .atMost(Duration.ofDays(1).toSeconds()).label("SECONDS")
            .help("longest time one method may take on one case; it is then cancelled and recorded as timed out");

    /** The settings, in the order a user sees them. */
    public static final Settings SETTINGS = Settings.of(SIZE, SEED, MASKS, TIMEOUT, Mask.DILATE);

    /** @throws io.github.inpaint4j.settings.SettingException naming the setting and the bad value */
    public BenchConfig {
        Objects.requireNonNull(masks, "masks");
        Objects.requireNonNull(timeout, "timeout");
        SIZE.check(size);
        MASKS.check(masks);
        if (masks.isEmpty()) {
            throw new SettingException(MASKS.name(), "none", "at least one mask kind");
        }
        if (EnumSet.copyOf(masks).size() != masks.size()) {
            throw new SettingException(MASKS.name(), masks.toString(), "mask kinds that do not repeat");
        }
        TIMEOUT.check(timeout);
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

    /**
     * The configuration that {@code values} give: each setting given, the others at their defaults.
     *
     * @throws io.github.inpaint4j.settings.SettingException if a value is not allowed
     */
    public static BenchConfig of(SettingValues values) {
        return new BenchConfig(values.get(SIZE), values.get(SEED), values.get(MASKS), values.get(TIMEOUT),
                values.get(Mask.DILATE));
    }

    /** 256 pixels, seed 42, every mask kind, 10 minutes per case, no dilation. */
    public static BenchConfig defaults() {
        return of(SETTINGS.defaults());
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

    /**
     * This configuration with holes grown by {@code newDilate} pixels.
     *
     * @since 0.2.0
     */
    public BenchConfig withDilate(int newDilate) {
        return new BenchConfig(size, seed, masks, timeout, newDilate);
    }
}
