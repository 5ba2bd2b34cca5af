package io.github.inpaint4j;

/**
 * The exact squared Euclidean distance to the nearest marked pixel, by P. F. Felzenszwalb and
 * D. P. Huttenlocher's separable transform ("Distance Transforms of Sampled Functions", Theory of
 * Computing 8, 2012): the distance down each column first, then, along each row, the lower envelope
 * of the parabolas {@code (x − p)² + column(p)}. Time and memory grow with the pixels only, whatever
 * the radius asked, which is what lets a mask be dilated by tens of pixels on a 12-megapixel photo.
 */
final class DistanceTransform {

    private DistanceTransform() {
    }

    /**
     * Which pixels lie within Euclidean distance {@code radius} of a pixel whose flag is {@code value}
     * (such pixels themselves included).
     */
    static boolean[] within(int width, int height, boolean[] flags, boolean value, int radius) {
        long limit = (long) radius * radius;
        int[] column = columnDistances(width, height, flags, value);
        boolean[] out = new boolean[flags.length];
        long[] f = new long[width];
        int[] points = new int[width];
        int[] envelope = new int[width];
        double[] bounds = new double[width + 1];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int count = 0;
            for (int x = 0; x < width; x++) {
                int d = column[row + x];
                if (d >= 0) {
                    f[x] = (long) d * d;
                    points[count++] = x;
                }
            }
            if (count == 0) {
                continue;
            }
            int k = lowerEnvelope(f, points, count, envelope, bounds);
            int j = 0;
            for (int x = 0; x < width; x++) {
                while (j < k && bounds[j + 1] < x) {
                    j++;
                }
                long dx = x - envelope[j];
                out[row + x] = dx * dx + f[envelope[j]] <= limit;
            }
        }
        return out;
    }

    /**
     * Each pixel's distance, along its column, to the nearest pixel flagged {@code value} in that
     * column; −1 if the column has none.
     */
    private static int[] columnDistances(int width, int height, boolean[] flags, boolean value) {
        int[] d = new int[flags.length];
        for (int x = 0; x < width; x++) {
            int last = -1;
            for (int y = 0; y < height; y++) {
                int i = y * width + x;
                if (flags[i] == value) {
                    last = y;
                }
                d[i] = last < 0 ? -1 : y - last;
            }
            last = -1;
            for (int y = height - 1; y >= 0; y--) {
                int i = y * width + x;
                if (flags[i] == value) {
                    last = y;
                }
                if (last >= 0 && (d[i] < 0 || last - y < d[i])) {
                    d[i] = last - y;
                }
            }
        }
        return d;
    }

    /**
     * The lower envelope of the parabolas {@code (x − p)² + f[p]} for the {@code count} positions of
     * {@code points}: the parabolas that are lowest somewhere, in {@code envelope}, and where each
     * takes over, in {@code bounds} ({@code envelope[j]} is lowest on {@code [bounds[j], bounds[j + 1]]}).
     *
     * @return the index of the last parabola of the envelope
     */
    private static int lowerEnvelope(long[] f, int[] points, int count, int[] envelope, double[] bounds) {
        int k = 0;
        envelope[0] = points[0];
        bounds[0] = Double.NEGATIVE_INFINITY;
        bounds[1] = Double.POSITIVE_INFINITY;
        for (int n = 1; n < count; n++) {
            int q = points[n];
            double s = intersection(f, q, envelope[k]);
            while (s <= bounds[k]) {
                k--;
                s = intersection(f, q, envelope[k]);
            }
            k++;
            envelope[k] = q;
            bounds[k] = s;
            bounds[k + 1] = Double.POSITIVE_INFINITY;
        }
        return k;
    }

    /** Where the parabolas of {@code q} and {@code p < q} cross. */
    private static double intersection(long[] f, int q, int p) {
        return ((f[q] + (long) q * q) - (f[p] + (long) p * p)) / (2.0 * (q - p));
    }
}
