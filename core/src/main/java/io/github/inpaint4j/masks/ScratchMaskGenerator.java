package io.github.inpaint4j.masks;

import io.github.inpaint4j.Mask;
import java.util.SplittableRandom;

/**
 * Thin scratches, as on an old print: a few long, gently curving lines a few pixels wide. Each
 * scratch starts at a random point with a random heading and runs for 25 % to 75 % of the image
 * diagonal in eight segments whose heading drifts by a normal step of 0.15 rad; a scratch that
 * reaches the border bounces back, so every scratch marks pixels.
 *
 * @param minScratches fewest scratches, at least 1
 * @param maxScratches most scratches
 * @param minWidth thinnest scratch in pixels, at least 1
 * @param maxWidth widest scratch in pixels
 */
public record ScratchMaskGenerator(int minScratches, int maxScratches, double minWidth, double maxWidth)
        implements MaskGenerator {

    private static final int SEGMENTS = 8;
    private static final double HEADING_DRIFT = 0.15;

    /** @throws IllegalArgumentException naming the bad field and its value */
    public ScratchMaskGenerator {
        if (minScratches < 1 || maxScratches < minScratches) {
            throw new IllegalArgumentException("scratch counts must satisfy 1 <= min <= max, got min " + minScratches
                    + ", max " + maxScratches);
        }
        if (!(minWidth >= 1 && minWidth <= maxWidth && Double.isFinite(maxWidth))) {
            throw new IllegalArgumentException("scratch widths must satisfy 1 <= min <= max, got min " + minWidth
                    + ", max " + maxWidth);
        }
    }

    /** One to four scratches, one to three pixels wide. */
    public static ScratchMaskGenerator defaults() {
        return new ScratchMaskGenerator(1, 4, 1, 3);
    }

    @Override
    public Mask generate(int width, int height, SplittableRandom random) {
        MaskCanvas canvas = new MaskCanvas(width, height);
        int count = random.nextInt(minScratches, maxScratches + 1);
        double diagonal = Math.hypot(width, height);
        for (int s = 0; s < count; s++) {
            double radius = FreeFormMaskGenerator.uniform(random, minWidth, maxWidth) / 2;
            double step = random.nextDouble(0.25, 0.75) * diagonal / SEGMENTS;
            double heading = random.nextDouble(2 * Math.PI);
            double x = random.nextDouble(width);
            double y = random.nextDouble(height);
            for (int i = 0; i < SEGMENTS; i++) {
                heading += HEADING_DRIFT * random.nextGaussian();
                double nx = x + step * Math.cos(heading);
                double ny = y + step * Math.sin(heading);
                if (nx < 0 || nx > width) {
                    heading = Math.PI - heading;
                    nx = Math.max(0, Math.min(width, 2 * Math.max(0, Math.min(width, nx)) - nx));
                }
                if (ny < 0 || ny > height) {
                    heading = -heading;
                    ny = Math.max(0, Math.min(height, 2 * Math.max(0, Math.min(height, ny)) - ny));
                }
                canvas.segment(x, y, nx, ny, radius);
                x = nx;
                y = ny;
            }
        }
        return canvas.toMask();
    }
}
