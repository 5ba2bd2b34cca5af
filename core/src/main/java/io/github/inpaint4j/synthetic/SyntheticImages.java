package io.github.inpaint4j.synthetic;

import io.github.inpaint4j.RgbImage;
import java.util.SplittableRandom;

/**
 * Synthetic pictures with known structure, shared by tests, examples and benchmarks: periodic
 * textures whose period a filled hole should continue, smooth gradients that a diffusion method
 * should reproduce, and seeded noise.
 */
public final class SyntheticImages {

    /** The dark colour of stripes and checkerboards: a dark blue (0.1, 0.15, 0.4). */
    private static final float[] DARK = {0.1f, 0.15f, 0.4f};
    /** The light colour of stripes and checkerboards: a warm yellow (0.95, 0.85, 0.3). */
    private static final float[] LIGHT = {0.95f, 0.85f, 0.3f};

    private SyntheticImages() {
    }

    /**
     * Vertical stripes: column {@code x} is dark blue (0.1, 0.15, 0.4) when
     * {@code (x mod period) < period / 2}, warm yellow (0.95, 0.85, 0.3) otherwise.
     *
     * @throws IllegalArgumentException if the period is under 2
     */
    public static RgbImage stripes(int width, int height, int period) {
        if (period < 2) {
            throw new IllegalArgumentException("stripe period must be >= 2, got " + period);
        }
        return twoColour(width, height, (x, y) -> Math.floorMod(x, period) < period / 2);
    }

    /**
     * A checkerboard of square cells of side {@code cell}, the stripes' two colours, dark at the
     * top-left.
     *
     * @throws IllegalArgumentException if the cell is under 1
     */
    public static RgbImage checkerboard(int width, int height, int cell) {
        if (cell < 1) {
            throw new IllegalArgumentException("checkerboard cell must be >= 1, got " + cell);
        }
        return twoColour(width, height, (x, y) -> ((x / cell) + (y / cell)) % 2 == 0);
    }

    /**
     * A smooth linear gradient: red rises from left to right, green from top to bottom, blue
     * along the diagonal, each from 0.1 to 0.9.
     */
    public static RgbImage gradient(int width, int height) {
        int plane = width * height;
        float[] s = new float[RgbImage.CHANNELS * plane];
        float fx = width > 1 ? 0.8f / (width - 1) : 0f;
        float fy = height > 1 ? 0.8f / (height - 1) : 0f;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                s[i] = 0.1f + fx * x;
                s[plane + i] = 0.1f + fy * y;
                s[2 * plane + i] = 0.1f + (fx * x + fy * y) / 2;
            }
        }
        return RgbImage.fromPlanar(width, height, s);
    }

    /** Independent uniform samples in [0, 1], determined by {@code seed}. */
    public static RgbImage noise(int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] s = new float[RgbImage.CHANNELS * width * height];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) random.nextDouble();
        }
        return RgbImage.fromPlanar(width, height, s);
    }

    @FunctionalInterface
    private interface PixelTest {
        boolean isDark(int x, int y);
    }

    private static RgbImage twoColour(int width, int height, PixelTest test) {
        int plane = width * height;
        float[] s = new float[RgbImage.CHANNELS * plane];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float[] colour = test.isDark(x, y) ? DARK : LIGHT;
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    s[c * plane + y * width + x] = colour[c];
                }
            }
        }
        return RgbImage.fromPlanar(width, height, s);
    }
}
