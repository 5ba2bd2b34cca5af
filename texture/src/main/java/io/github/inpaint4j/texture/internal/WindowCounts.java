package io.github.inpaint4j.texture.internal;

/**
 * A summed-area table of a row-major flag map: how many flagged pixels any rectangle holds, in
 * constant time. Tells which windows lie wholly in the pixels that may be copied from.
 */
final class WindowCounts {

    private final int width;
    private final int[] sums;

    /** The table of {@code flags}, a {@code width × height} row-major map. */
    WindowCounts(int width, int height, boolean[] flags) {
        this.width = width;
        this.sums = new int[(width + 1) * (height + 1)];
        for (int y = 0; y < height; y++) {
            int rowSum = 0;
            for (int x = 0; x < width; x++) {
                rowSum += flags[y * width + x] ? 1 : 0;
                sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1] + rowSum;
            }
        }
    }

    /** Number of flagged pixels in the {@code size × size} square whose top-left corner is {@code (x0, y0)}, which must lie inside. */
    int in(int x0, int y0, int size) {
        return in(x0, y0, size, size);
    }

    /**
     * Number of flagged pixels in the {@code w × h} rectangle whose top-left corner is
     * {@code (x0, y0)}, which must lie inside; 0 if it is empty ({@code w} or {@code h} ≤ 0).
     */
    int in(int x0, int y0, int w, int h) {
        if (w <= 0 || h <= 0) {
            return 0;
        }
        int stride = width + 1;
        return sums[(y0 + h) * stride + x0 + w] - sums[y0 * stride + x0 + w]
                - sums[(y0 + h) * stride + x0] + sums[y0 * stride + x0];
    }

    /** {@code true} if every pixel of the {@code (2·half + 1)²} window centred on {@code (x, y)}, which must lie inside, is flagged. */
    boolean allAround(int x, int y, int half) {
        int size = 2 * half + 1;
        return in(x - half, y - half, size) == size * size;
    }
}
