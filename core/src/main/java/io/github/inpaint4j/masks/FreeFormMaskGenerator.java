package io.github.inpaint4j.masks;

import io.github.inpaint4j.Mask;
import java.util.SplittableRandom;

/**
 * Free-form brush strokes, following the recipe of DeepFill v2 (Yu et al., "Free-Form Image
 * Inpainting with Gated Convolution", ICCV 2019, algorithm 1 and its released code): each stroke
 * starts at a random point and zig-zags through a random number of vertices, with angles drawn
 * around a mean angle, segment lengths drawn from a normal distribution around an eighth of the
 * image diagonal, and a random brush width; the brush is round, so vertices are rounded too.
 * Strokes are added until the hole covers at least {@code minCoverage} of the image; a mask that
 * overshoots {@code maxCoverage} is drawn again.
 *
 * @param minVertices fewest vertices per stroke, at least 2
 * @param maxVertices most vertices per stroke
 * @param meanAngle mean turn angle in radians (DeepFill v2: 2π/5)
 * @param angleRange spread of the angle bounds around the mean, in radians (DeepFill v2: 2π/15)
 * @param minBrush thinnest brush as a fraction of the image's shorter side (DeepFill v2: 12/256)
 * @param maxBrush thickest brush as a fraction of the image's shorter side (DeepFill v2: 40/256)
 * @param minCoverage smallest hole fraction, in (0, 1)
 * @param maxCoverage largest hole fraction, in [minCoverage, 1]
 */
public record FreeFormMaskGenerator(int minVertices, int maxVertices, double meanAngle, double angleRange,
        double minBrush, double maxBrush, double minCoverage, double maxCoverage) implements MaskGenerator {

    private static final int MAX_ATTEMPTS = 200;
    private static final int MAX_STROKES = 500;

    /** @throws IllegalArgumentException naming the bad field and its value */
    public FreeFormMaskGenerator {
        if (minVertices < 2 || maxVertices < minVertices) {
            throw new IllegalArgumentException("vertices must satisfy 2 <= min <= max, got min " + minVertices
                    + ", max " + maxVertices);
        }
        if (!(angleRange >= 0) || !Double.isFinite(meanAngle)) {
            throw new IllegalArgumentException("angles must be finite with angleRange >= 0, got mean " + meanAngle
                    + ", range " + angleRange);
        }
        if (!(minBrush > 0 && minBrush <= maxBrush && maxBrush <= 1)) {
            throw new IllegalArgumentException("brush fractions must satisfy 0 < min <= max <= 1, got min " + minBrush
                    + ", max " + maxBrush);
        }
        if (!(minCoverage > 0 && minCoverage < 1 && minCoverage <= maxCoverage && maxCoverage <= 1)) {
            throw new IllegalArgumentException("coverage must satisfy 0 < min < 1 and min <= max <= 1, got min "
                    + minCoverage + ", max " + maxCoverage);
        }
    }

    /** DeepFill v2's stroke parameters with a hole covering 10 % to 40 % of the image. */
    public static FreeFormMaskGenerator deepFillV2() {
        return withCoverage(0.1, 0.4);
    }

    /** DeepFill v2's stroke parameters with the given coverage range. */
    public static FreeFormMaskGenerator withCoverage(double minCoverage, double maxCoverage) {
        return new FreeFormMaskGenerator(4, 12, 2 * Math.PI / 5, 2 * Math.PI / 15, 12 / 256.0, 40 / 256.0,
                minCoverage, maxCoverage);
    }

    /**
     * @throws IllegalStateException if no mask within the coverage range was drawn in 200 attempts
     *     (a range too narrow for the brush on an image this small)
     */
    @Override
    public Mask generate(int width, int height, SplittableRandom random) {
        MaskCanvas canvas = new MaskCanvas(width, height);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            canvas.clear();
            for (int strokes = 0; strokes < MAX_STROKES && canvas.coverage() < minCoverage; strokes++) {
                stroke(canvas, random);
            }
            if (canvas.coverage() >= minCoverage && canvas.coverage() <= maxCoverage) {
                return canvas.toMask();
            }
        }
        throw new IllegalStateException("could not draw a " + width + "×" + height + " free-form mask with coverage in ["
                + minCoverage + ", " + maxCoverage + "] in " + MAX_ATTEMPTS + " attempts; widen the range or thin the brush");
    }

    private void stroke(MaskCanvas canvas, SplittableRandom random) {
        int w = canvas.width();
        int h = canvas.height();
        double averageLength = Math.hypot(w, h) / 8;
        double lowAngle = meanAngle - uniform(random, 0, angleRange);
        double highAngle = meanAngle + uniform(random, 0, angleRange);
        double brush = Math.max(1.0, uniform(random, minBrush, maxBrush) * Math.min(w, h));
        int vertices = random.nextInt(minVertices, maxVertices + 1);
        double x = random.nextDouble(w);
        double y = random.nextDouble(h);
        for (int i = 0; i < vertices; i++) {
            double angle = uniform(random, lowAngle, highAngle);
            if (i % 2 == 0) {
                angle = 2 * Math.PI - angle;
            }
            double length = Math.max(0, Math.min(2 * averageLength,
                    averageLength + averageLength / 2 * random.nextGaussian()));
            double nx = Math.max(0, Math.min(w - 1, x + length * Math.cos(angle)));
            double ny = Math.max(0, Math.min(h - 1, y + length * Math.sin(angle)));
            canvas.segment(x, y, nx, ny, brush / 2);
            x = nx;
            y = ny;
        }
    }

    static double uniform(SplittableRandom random, double low, double high) {
        return low == high ? low : random.nextDouble(low, high);
    }
}
