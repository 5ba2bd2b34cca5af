package io.github.inpaint4j.masks;

import io.github.inpaint4j.Mask;
import java.util.SplittableRandom;

/**
 * One rectangular hole per mask, as in Context Encoders' centre-region training. Each side is
 * drawn uniformly between {@code minFraction} and {@code maxFraction} of the image's side;
 * the rectangle is centred or placed uniformly at random.
 *
 * @param minFraction smallest side as a fraction of the image side, in (0, 1]
 * @param maxFraction largest side as a fraction of the image side, in [minFraction, 1]
 * @param centred whether the rectangle is centred (otherwise its position is random)
 */
public record RectangleMaskGenerator(double minFraction, double maxFraction, boolean centred)
        implements MaskGenerator {

    /** @throws IllegalArgumentException if the fractions are not ordered within (0, 1] */
    public RectangleMaskGenerator {
        if (!(minFraction > 0 && minFraction <= maxFraction && maxFraction <= 1)) {
            throw new IllegalArgumentException("rectangle fractions must satisfy 0 < min <= max <= 1, got min "
                    + minFraction + ", max " + maxFraction);
        }
    }

    /** A centred rectangle whose sides are {@code fraction} of the image's. */
    public static RectangleMaskGenerator centred(double fraction) {
        return new RectangleMaskGenerator(fraction, fraction, true);
    }

    /** A rectangle at a random position, sides between the two fractions of the image's. */
    public static RectangleMaskGenerator random(double minFraction, double maxFraction) {
        return new RectangleMaskGenerator(minFraction, maxFraction, false);
    }

    @Override
    public Mask generate(int width, int height, SplittableRandom random) {
        MaskCanvas canvas = new MaskCanvas(width, height);
        int w = side(width, random);
        int h = side(height, random);
        int x = centred ? (width - w) / 2 : random.nextInt(width - w + 1);
        int y = centred ? (height - h) / 2 : random.nextInt(height - h + 1);
        canvas.rectangle(x, y, x + w, y + h);
        return canvas.toMask();
    }

    private int side(int imageSide, SplittableRandom random) {
        double fraction = minFraction == maxFraction ? minFraction : random.nextDouble(minFraction, maxFraction);
        return Math.max(1, Math.min(imageSide, (int) Math.round(fraction * imageSide)));
    }
}
