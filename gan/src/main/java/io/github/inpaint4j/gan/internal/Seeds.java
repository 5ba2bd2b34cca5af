package io.github.inpaint4j.gan.internal;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from a seed and an index, so that step {@code n} of a run
 * does not depend on the steps before it.
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * A random stream determined by {@code seed} and {@code index}. The pair is hashed (the
     * finaliser of MurmurHash3) before seeding, so streams of neighbouring indices do not overlap
     * as plain {@code new SplittableRandom(seed + index)} streams would.
     */
    public static SplittableRandom stream(long seed, long index) {
        return new SplittableRandom(mix(mix(seed) ^ index));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
