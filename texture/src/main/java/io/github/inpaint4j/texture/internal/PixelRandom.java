package io.github.inpaint4j.texture.internal;

/**
 * Random draws that depend only on where and when they are made: {@link #reset} keys the stream
 * on (seed, level, pass, pixel), so the draws of a pixel are the same whichever thread makes them
 * and in whatever order the pixels are visited. A SplitMix64 stream (Steele, Lea and Flood 2014,
 * the generator behind {@link java.util.SplittableRandom}). One instance per task; not thread-safe.
 */
final class PixelRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** Starts the stream of pixel {@code pixel} in pass {@code pass} of level {@code level}. */
    void reset(long seed, int level, int pass, int pixel) {
        long key = mix(seed + GOLDEN_GAMMA);
        key = mix(key ^ (((long) level << 32) | (pass & 0xFFFFFFFFL)));
        state = mix(key ^ pixel);
    }

    /** The next draw, uniform in {@code [0, bound)}; {@code bound} must be positive. */
    int nextInt(int bound) {
        state += GOLDEN_GAMMA;
        long bits = mix(state) >>> 33;
        return (int) ((bits * bound) >>> 31);
    }

    /** The next draw, uniform in {@code [-radius, radius]}. */
    int nextOffset(int radius) {
        return nextInt(2 * radius + 1) - radius;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
