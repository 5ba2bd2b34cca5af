package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.Resampling;
import io.github.inpaint4j.RgbImage;

/**
 * Changes of scale for multi-scale filling and for the coarse guesses the generator is trained
 * with: pictures shrink by a box filter and grow by linear interpolation ({@link Resampling});
 * masks shrink conservatively, so that a coarse pixel is a hole when any fine pixel it covers is.
 */
public final class Scales {

    private Scales() {
    }

    /** The side of a {@code side}-pixel axis shrunk by {@code factor}, rounded up (at least 1). */
    public static int shrunk(int side, int factor) {
        return Math.max(1, (side + factor - 1) / factor);
    }

    /** {@code image} shrunk by {@code factor} on both axes (sides rounded up). */
    public static RgbImage shrink(RgbImage image, int factor) {
        return Resampling.resize(image, shrunk(image.width(), factor), shrunk(image.height(), factor));
    }

    /**
     * {@code mask} shrunk to {@code width × height}: a coarse pixel is a hole if any fine pixel
     * it overlaps is, so the coarse hole covers the fine one.
     */
    public static Mask shrink(Mask mask, int width, int height) {
        int w = mask.width();
        int h = mask.height();
        boolean[] out = new boolean[width * height];
        for (int y = 0; y < h; y++) {
            int y0 = (int) ((long) y * height / h);
            int y1 = (int) (((long) (y + 1) * height - 1) / h);
            for (int x = 0; x < w; x++) {
                if (!mask.isHole(y * w + x)) {
                    continue;
                }
                int x0 = (int) ((long) x * width / w);
                int x1 = (int) (((long) (x + 1) * width - 1) / w);
                for (int cy = y0; cy <= y1; cy++) {
                    for (int cx = x0; cx <= x1; cx++) {
                        out[cy * width + cx] = true;
                    }
                }
            }
        }
        return Mask.of(width, height, out);
    }

    /** {@code image} resampled to {@code width × height} (enlarged by linear interpolation). */
    public static RgbImage resize(RgbImage image, int width, int height) {
        return Resampling.resize(image, width, height);
    }

    /**
     * The part {@code area} of a picture, at {@code width × height}, read by linear interpolation
     * from {@code coarse}, an image of the part {@code coarseArea} of the same picture ({@code area}
     * lies inside {@code coarseArea}; both in the picture's pixels): how a finer pass that works on a
     * smaller part of the picture takes its guide from the coarser pass's fill. With {@code area}
     * equal to {@code coarseArea} it is {@link #resize}, bit for bit, when it enlarges: pixel
     * centres are aligned in the same way and the sums run in the same order.
     *
     * @throws IllegalArgumentException if {@code area} is not inside {@code coarseArea}
     */
    public static RgbImage sample(RgbImage coarse, Rect coarseArea, Rect area, int width, int height) {
        if (area.x() < coarseArea.x() || area.y() < coarseArea.y() || area.endX() > coarseArea.endX()
                || area.endY() > coarseArea.endY()) {
            throw new IllegalArgumentException(area + " is not inside " + coarseArea);
        }
        int cw = coarse.width();
        int ch = coarse.height();
        Taps across = Taps.of(area.x() - coarseArea.x(), area.width(), coarseArea.width(), cw, width);
        Taps down = Taps.of(area.y() - coarseArea.y(), area.height(), coarseArea.height(), ch, height);
        float[] in = coarse.toPlanar();
        float[] out = new float[RgbImage.CHANNELS * width * height];
        double[] rows = new double[width * ch];
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            for (int y = 0; y < ch; y++) {
                for (int x = 0; x < width; x++) {
                    rows[y * width + x] = across.apply(in, c * cw * ch + y * cw, 1, x);
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
     * For each output pixel of one axis, the two coarse pixels it lies between and their weights,
     * as {@link Resampling} computes them when it enlarges.
     */
    private record Taps(int[] first, double[][] weights) {

        /**
         * @param offset where the output's part starts in the coarse part, in picture pixels
         * @param length the output's part, in picture pixels
         * @param coarseLength the coarse part, in picture pixels
         * @param coarsePixels the coarse image's side
         * @param pixels the output's side
         */
        static Taps of(int offset, int length, int coarseLength, int coarsePixels, int pixels) {
            // coarse pixels per output pixel, and where the output starts in coarse pixels; exact
            // quotients of integers, so that equal parts give Resampling's scale and a zero start
            double step = (double) ((long) length * coarsePixels) / ((double) pixels * coarseLength);
            double start = (double) ((long) offset * coarsePixels) / coarseLength;
            int[] first = new int[pixels];
            double[][] weights = new double[pixels][];
            for (int i = 0; i < pixels; i++) {
                double centre = Math.max(0, start + (i + 0.5) * step - 0.5);
                int j0 = Math.min(coarsePixels - 1, (int) Math.floor(centre));
                double t = Math.min(1, centre - j0);
                first[i] = j0;
                weights[i] = j0 + 1 < coarsePixels ? new double[] {1 - t, t} : new double[] {1};
            }
            return new Taps(first, weights);
        }

        double apply(float[] line, int offset, int stride, int i) {
            double sum = 0;
            double[] w = weights[i];
            for (int k = 0; k < w.length; k++) {
                sum += w[k] * line[offset + (first[i] + k) * stride];
            }
            return sum;
        }

        double apply(double[] line, int offset, int stride, int i) {
            double sum = 0;
            double[] w = weights[i];
            for (int k = 0; k < w.length; k++) {
                sum += w[k] * line[offset + (first[i] + k) * stride];
            }
            return sum;
        }
    }

    /**
     * What {@code image} looks like after shrinking by {@code factor} and enlarging back: the
     * coarse guess of a hole that a fill one level down provides, made from the truth in training.
     */
    public static RgbImage coarse(RgbImage image, int factor) {
        return Resampling.resize(shrink(image, factor), image.width(), image.height());
    }
}
