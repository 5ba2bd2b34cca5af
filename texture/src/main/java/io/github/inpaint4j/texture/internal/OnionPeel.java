package io.github.inpaint4j.texture.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Efros and Leung's filling order: the unknown pixels with a known 8-neighbour, those whose window
 * holds the most known pixels first, ties in random order.
 */
final class OnionPeel {

    private OnionPeel() {
    }

    /**
     * The row-major indices of the pixels to try in this round, in order: the pixels of
     * {@code front} (the front of {@code image}) in row-major order, shuffled, then sorted by known
     * count.
     */
    static int[] round(WorkingImage image, FillFront front, int half, SplittableRandom random) {
        int w = image.width();
        int[] pixels = front.sorted();
        for (int i = pixels.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = pixels[i];
            pixels[i] = pixels[j];
            pixels[j] = t;
        }
        // Sort by known count (descending), keeping the shuffled order among equals.
        long[] keys = new long[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int known = image.knownAround(pixels[i] % w, pixels[i] / w, half);
            keys[i] = ((long) -known << 32) | i;
        }
        Arrays.sort(keys);
        int[] ordered = new int[pixels.length];
        for (int i = 0; i < keys.length; i++) {
            ordered[i] = pixels[(int) keys[i]];
        }
        return ordered;
    }
}
