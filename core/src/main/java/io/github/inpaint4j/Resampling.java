package io.github.inpaint4j;

/**
 * Changes the size of an image, one axis after the other. Shrinking averages the source pixels each
 * output pixel covers, weighted by the covered length (a box filter, so a 2× reduction is the
 * mean of 2×2 blocks and nothing aliases); enlarging interpolates linearly between the two nearest
 * source pixels, pixel centres aligned.
 */
public final class Resampling {

    private Resampling() {
    }

    /**
     * {@code image} resampled to {@code width × height} (an equal size returns an equal image).
     *
     * @throws IllegalArgumentException if a size is not positive
     */
    public static RgbImage resize(RgbImage image, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("target size must be positive, got " + width + "×" + height);
        }
        int w = image.width();
        int h = image.height();
        float[] in = image.toPlanar();
        float[] out = new float[RgbImage.CHANNELS * width * height];
        Taps across = Taps.of(w, width);
        Taps down = Taps.of(h, height);
        double[] rows = new double[width * h];
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < width; x++) {
                    rows[y * width + x] = across.apply(in, c * w * h + y * w, 1, x);
                }
            }
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double v = down.apply(rows, x, width, y);
                    out[c * width * height + y * width + x] = (float) Math.min(1, Math.max(0, v));
                }
            }
        }
        return RgbImage.fromPlanar(width, height, out);
    }

    /**
     * The largest centred square of {@code image}, resampled to {@code size × size}: how a bench or a
     * training set brings pictures of any shape to one size without distorting them.
     *
     * @throws IllegalArgumentException if {@code size} is not positive
     */
    public static RgbImage centreSquare(RgbImage image, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("square size must be positive, got " + size);
        }
        int side = Math.min(image.width(), image.height());
        Rect square = new Rect((image.width() - side) / 2, (image.height() - side) / 2, side, side);
        RgbImage cropped = side == image.width() && side == image.height() ? image : image.crop(square);
        return resize(cropped, size, size);
    }

    /** For each output pixel of one axis, the first source pixel it reads and the weights from there. */
    private record Taps(int[] first, double[][] weights) {

        static Taps of(int sourceLength, int targetLength) {
            int[] first = new int[targetLength];
            double[][] weights = new double[targetLength][];
            double scale = (double) sourceLength / targetLength;
            for (int i = 0; i < targetLength; i++) {
                if (scale >= 1) {
                    double lo = i * scale;
                    double hi = Math.min(sourceLength, (i + 1) * scale);
                    int j0 = (int) Math.floor(lo);
                    int j1 = Math.min(sourceLength, (int) Math.ceil(hi));
                    first[i] = j0;
                    weights[i] = new double[j1 - j0];
                    for (int j = j0; j < j1; j++) {
                        weights[i][j - j0] = (Math.min(hi, j + 1) - Math.max(lo, j)) / (hi - lo);
                    }
                } else {
                    double centre = Math.max(0, (i + 0.5) * scale - 0.5);
                    int j0 = Math.min(sourceLength - 1, (int) Math.floor(centre));
                    double t = Math.min(1, centre - j0);
                    first[i] = j0;
                    weights[i] = j0 + 1 < sourceLength ? new double[] {1 - t, t} : new double[] {1};
                }
            }
            return new Taps(first, weights);
        }

        /** Output pixel {@code i} of the line starting at {@code offset} with {@code stride} between pixels. */
        double apply(double[] line, int offset, int stride, int i) {
            double sum = 0;
            double[] w = weights[i];
            for (int k = 0; k < w.length; k++) {
                sum += w[k] * line[offset + (first[i] + k) * stride];
            }
            return sum;
        }

        /** {@link #apply(double[], int, int, int)} on float samples (each exact as a double). */
        double apply(float[] line, int offset, int stride, int i) {
            double sum = 0;
            double[] w = weights[i];
            for (int k = 0; k < w.length; k++) {
                sum += w[k] * line[offset + (first[i] + k) * stride];
            }
            return sum;
        }
    }
}
