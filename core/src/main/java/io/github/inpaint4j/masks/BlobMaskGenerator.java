package io.github.inpaint4j.masks;

import io.github.inpaint4j.Mask;
import java.util.SplittableRandom;

/**
 * One blob-shaped hole per mask, the shape of a removed object: centred, star-shaped around the
 * centre with a boundary wavy on a few scales, {@code r(θ) = R·(1 + Σ_{k=2..4} a_k·cos(kθ + φ_k))}
 * with each amplitude a_k drawn in [0, 0.15) and each phase φ_k in [0, 2π). R is the smallest
 * radius (to 10⁻⁴ pixel) at which the blob, clipped to the picture, holds {@code coverage} of its
 * pixels.
 *
 * @param coverage the share of the picture's pixels in the blob, in (0, 0.5]
 */
public record BlobMaskGenerator(double coverage) implements MaskGenerator {

    /** The largest coverage: a bigger blob would run off a square picture. */
    public static final double MAX_COVERAGE = 0.5;
    private static final double MAX_AMPLITUDE = 0.15;
    private static final int WAVES = 3;

    /** @throws IllegalArgumentException if the coverage is outside (0, 0.5] */
    public BlobMaskGenerator {
        if (!(coverage > 0 && coverage <= MAX_COVERAGE)) {
            throw new IllegalArgumentException("blob coverage must be in (0, " + MAX_COVERAGE + "], got " + coverage);
        }
    }

    @Override
    public Mask generate(int width, int height, SplittableRandom random) {
        double[] amplitude = new double[WAVES];
        double[] phase = new double[WAVES];
        for (int k = 0; k < WAVES; k++) {
            amplitude[k] = random.nextDouble() * MAX_AMPLITUDE;
            phase[k] = random.nextDouble() * 2 * Math.PI;
        }
        // Each pixel's distance from the centre in units of the boundary's radius in its direction:
        // the blob of radius R is every pixel at most R; bisect to the R that holds the target count.
        int n = width * height;
        float[] reach = new float[n];
        double cx = width / 2.0;
        double cy = height / 2.0;
        for (int y = 0; y < height; y++) {
            double dy = y + 0.5 - cy;
            for (int x = 0; x < width; x++) {
                double dx = x + 0.5 - cx;
                double theta = Math.atan2(dy, dx);
                double r = 1;
                for (int k = 0; k < WAVES; k++) {
                    r += amplitude[k] * Math.cos((k + 2) * theta + phase[k]);
                }
                reach[y * width + x] = (float) (Math.hypot(dx, dy) / r);
            }
        }
        long target = Math.max(1, Math.round(coverage * n));
        float lo = 0;
        float hi = (float) (2 * Math.hypot(width, height));
        for (int step = 0; step < 40 && hi - lo > 1e-4f; step++) {
            float mid = (lo + hi) / 2;
            if (count(reach, mid) >= target) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        boolean[] hole = new boolean[n];
        for (int i = 0; i < n; i++) {
            hole[i] = reach[i] <= hi;
        }
        return Mask.of(width, height, hole);
    }

    private static long count(float[] reach, float radius) {
        long n = 0;
        for (float r : reach) {
            n += r <= radius ? 1 : 0;
        }
        return n;
    }
}
