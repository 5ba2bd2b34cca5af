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
        return separable(image, Taps.of(image.width(), width), Taps.of(image.height(), height), width, height);
    }

    /**
     * The part {@code area} of a picture at {@code width × height}, read by linear interpolation from
     * {@code image}, which shows the part {@code imageArea} of the same picture ({@code area} lies
     * inside {@code imageArea}; both in the picture's pixels): how a fine pass over a small part of a
     * picture takes its guide from a coarse pass over a larger one. With {@code area} equal to
     * {@code imageArea} it is {@link #resize} bit for bit when it enlarges: pixel centres are aligned
     * in the same way and the sums run in the same order.
     *
     * @throws IllegalArgumentException if {@code area} is not inside {@code imageArea}
     * @since 0.2.0
     */
    public static RgbImage sample(RgbImage image, Rect imageArea, Rect area, int width, int height) {
        if (area.x() < imageArea.x() || area.y() < imageArea.y() || area.endX() > imageArea.endX()
                || area.endY() > imageArea.endY()) {
            throw new IllegalArgumentException(area + " is not inside " + imageArea);
        }
        Taps across = Taps.part(area.x() - imageArea.x(), area.width(), imageArea.width(), image.width(), width);
        Taps down = Taps.part(area.y() - imageArea.y(), area.height(), imageArea.height(), image.height(), height);
        return separable(image, across, down, width, height);
    }

    /** {@code image} resampled one axis after the other, rows first, samples clamped to [0, 1]. */
    private static RgbImage separable(RgbImage image, Taps across, Taps down, int width, int height) {
        int w = image.width();
        int h = image.height();
        float[] in = image.toPlanar();
        float[] out = new float[RgbImage.CHANNELS * width * height];
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

        /** Shrinking: a box filter over the source pixels each output pixel covers; enlarging: {@link #linear}. */
        static Taps of(int sourceLength, int targetLength) {
            double scale = (double) sourceLength / targetLength;
            if (scale < 1) {
                return linear(0, scale, sourceLength, targetLength);
            }
            int[] first = new int[targetLength];
            double[][] weights = new double[targetLength][];
            for (int i = 0; i < targetLength; i++) {
                double lo = i * scale;
                double hi = Math.min(sourceLength, (i + 1) * scale);
                int j0 = (int) Math.floor(lo);
                int j1 = Math.min(sourceLength, (int) Math.ceil(hi));
                first[i] = j0;
                weights[i] = new double[j1 - j0];
                for (int j = j0; j < j1; j++) {
                    weights[i][j - j0] = (Math.min(hi, j + 1) - Math.max(lo, j)) / (hi - lo);
                }
            }
            return new Taps(first, weights);
        }

        /**
         * Linear interpolation of a part of an axis: output pixel {@code i}'s centre lies at source
         * position {@code start + (i + 0.5) · step − 0.5}, between the two nearest source pixels.
         */
        static Taps linear(double start, double step, int sourceLength, int targetLength) {
            int[] first = new int[targetLength];
            double[][] weights = new double[targetLength][];
            for (int i = 0; i < targetLength; i++) {
                double centre = Math.max(0, start + (i + 0.5) * step - 0.5);
                int j0 = Math.min(sourceLength - 1, (int) Math.floor(centre));
                double t = Math.min(1, centre - j0);
                first[i] = j0;
                weights[i] = j0 + 1 < sourceLength ? new double[] {1 - t, t} : new double[] {1};
            }
            return new Taps(first, weights);
        }

        /**
         * {@link #linear} for the part of an axis that starts {@code offset} picture pixels into a
         * source part {@code sourcePart} pixels long shown by {@code sourceLength} pixels, the output's
         * part {@code length} pixels long shown by {@code targetLength}. The step and the start are
         * quotients of exact integers, so that equal parts give {@link #of}'s scale and a zero start.
         */
        static Taps part(int offset, int length, int sourcePart, int sourceLength, int targetLength) {
            double step = (double) ((long) length * sourceLength) / ((double) targetLength * sourcePart);
            double start = (double) ((long) offset * sourceLength) / sourcePart;
            return linear(start, step, sourceLength, targetLength);
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
