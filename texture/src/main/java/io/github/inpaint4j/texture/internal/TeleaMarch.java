package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressCounter;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import java.util.Arrays;

/**
 * Telea's fast marching inpainting ({@code TeleaInpainter}): the hole pixels in order of their
 * distance T to the boundary, each the weighted average of the first-order extrapolations from its
 * neighbours with a value within the radius, with the two safeguards the inpainter describes (∇I
 * over known pixels only, the result clamped to the range it averages). Its derivatives are
 * Criminisi's too ({@link FiniteDifference}). One run per instance, on the calling thread.
 *
 * <p>The march works on a crop: the holes' bounding box grown by the radius and one pixel, which
 * holds everything it reads (a filled pixel averages pixels within the radius, whose gradients
 * read one pixel further; the distance map reads the four neighbours), so a small hole in a large
 * picture costs what the hole costs, and the result is the one a march over the whole picture
 * gives, bit for bit.
 */
public final class TeleaMarch {

    private static final byte KNOWN = 0;
    private static final byte BAND = 1;
    private static final byte INSIDE = 2;
    private static final double FAR = 1.0e6;
    private static final double MIN_DIRECTION = 1.0e-6;

    private final int width;
    private final int height;
    private final int plane;
    private final int holeCount;
    private final int radius;
    /** The crop's samples, planar. */
    private final float[] values;
    /** The crop's holes, as the mask gives them (filled pixels stay holes here: their ∇I is 0). */
    private final boolean[] hole;
    private final byte[] flag;
    private final double[] t;
    private final PixelHeap heap;
    private final Neighbourhood disc;
    private final KnownGradients gradients;

    /**
     * Fills the holes of {@code mask} in {@code image} by the march with neighbourhoods of
     * {@code radius}, reporting the fraction of the hole pixels filled.
     *
     * @return the filled picture's samples, planar ({@link RgbImage#toPlanar()})
     */
    public static float[] run(RgbImage image, Mask mask, int radius, ProgressListener progress,
            CancellationToken cancel) {
        float[] picture = image.toPlanar();
        Rect crop = mask.boundingBox().orElseThrow().expand(radius + 1, image.width(), image.height());
        TeleaMarch march = new TeleaMarch(picture, image.width(), image.height(), mask, crop, radius);
        march.run(progress, cancel);
        march.pasteInto(picture, image.width(), image.height(), crop);
        return picture;
    }

    private TeleaMarch(float[] picture, int pictureWidth, int pictureHeight, Mask mask, Rect crop, int radius) {
        width = crop.width();
        height = crop.height();
        plane = width * height;
        this.radius = radius;
        values = new float[3 * plane];
        hole = new boolean[plane];
        flag = new byte[plane];
        t = new double[plane];
        int pictureArea = pictureWidth * pictureHeight;
        int holes = 0;
        for (int y = 0; y < height; y++) {
            int from = (crop.y() + y) * pictureWidth + crop.x();
            for (int c = 0; c < 3; c++) {
                System.arraycopy(picture, c * pictureArea + from, values, c * plane + y * width, width);
            }
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (mask.isHole(from + x)) {
                    hole[i] = true;
                    flag[i] = INSIDE;
                    t[i] = FAR;
                    holes++;
                }
            }
        }
        holeCount = holes;
        heap = new PixelHeap(4 * holeCount);
        disc = new Neighbourhood(radius, width);
        gradients = new KnownGradients();
        // The march starts from the ring of known pixels that touch the hole, at distance 0.
        for (int i = 0; i < plane; i++) {
            if (flag[i] == KNOWN && touchesHole(i % width, i / width)) {
                flag[i] = BAND;
                heap.push(i, 0);
            }
        }
    }

    /** Writes the filled pixels of the crop back into the picture's planar samples. */
    private void pasteInto(float[] picture, int pictureWidth, int pictureHeight, Rect crop) {
        int pictureArea = pictureWidth * pictureHeight;
        for (int y = 0; y < height; y++) {
            int from = (crop.y() + y) * pictureWidth + crop.x();
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (hole[i]) {
                    for (int c = 0; c < 3; c++) {
                        picture[c * pictureArea + from + x] = values[c * plane + i];
                    }
                }
            }
        }
    }

    private void run(ProgressListener progress, CancellationToken cancel) {
        int filled = 0;
        int checkEvery = Math.max(1, holeCount / 100);
        ProgressCounter counter = new ProgressCounter(progress, holeCount);
        while (!heap.isEmpty()) {
            int p = heap.pop();
            if (flag[p] == KNOWN) {
                continue; // a stale entry of a pixel pushed again with a smaller distance
            }
            flag[p] = KNOWN;
            int x = p % width;
            int y = p / width;
            for (int k = 0; k < 4; k++) {
                int nx = x + (k == 0 ? -1 : k == 1 ? 1 : 0);
                int ny = y + (k == 2 ? -1 : k == 3 ? 1 : 0);
                if (nx < 0 || nx >= width || ny < 0 || ny >= height) {
                    continue;
                }
                int q = ny * width + nx;
                if (flag[q] == KNOWN) {
                    continue;
                }
                double distance = distance(nx, ny);
                if (flag[q] == INSIDE) {
                    t[q] = distance;
                    fill(nx, ny); // while q is still INSIDE, so that its own (unknown) value is never read
                    flag[q] = BAND;
                    heap.push(q, distance);
                    counter.advanceTo(++filled);
                    if (filled % checkEvery == 0) {
                        cancel.throwIfCancelled();
                    }
                } else if (distance < t[q]) {
                    t[q] = distance;
                    heap.push(q, distance);
                }
            }
        }
        counter.finish();
    }

    private boolean touchesHole(int x, int y) {
        return isInside(x - 1, y) || isInside(x + 1, y) || isInside(x, y - 1) || isInside(x, y + 1);
    }

    private boolean isInside(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && flag[y * width + x] == INSIDE;
    }

    /** {@code true} if (x, y) is in the crop and holds a value (known, or already filled). */
    private boolean hasValue(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && flag[y * width + x] != INSIDE;
    }

    private boolean isKnown(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && flag[y * width + x] == KNOWN;
    }

    /** Distance T at (x, y): the smallest solution of |∇T| = 1 over the four quadrants. */
    private double distance(int x, int y) {
        return Math.min(Math.min(solve(x - 1, y, x, y - 1), solve(x + 1, y, x, y - 1)),
                Math.min(solve(x - 1, y, x, y + 1), solve(x + 1, y, x, y + 1)));
    }

    /** Telea's solve(): the upwind update from one horizontal and one vertical neighbour. */
    private double solve(int x1, int y1, int x2, int y2) {
        boolean known1 = isKnown(x1, y1);
        boolean known2 = isKnown(x2, y2);
        if (known1 && known2) {
            double t1 = t[y1 * width + x1];
            double t2 = t[y2 * width + x2];
            double diff = t1 - t2;
            if (diff * diff >= 2) {
                return 1 + Math.min(t1, t2);
            }
            double r = Math.sqrt(2 - diff * diff);
            double s = (t1 + t2 - r) / 2;
            if (s >= t1 && s >= t2) {
                return s;
            }
            s += r;
            return s >= t1 && s >= t2 ? s : FAR;
        }
        if (known1) {
            return 1 + t[y1 * width + x1];
        }
        if (known2) {
            return 1 + t[y2 * width + x2];
        }
        return FAR;
    }

    /**
     * The value of the hole pixel (x, y): sums taken relative to the first neighbour with a value,
     * clamped to the range of the neighbours' values. The neighbours are visited in the disc's
     * order with the same arithmetic whether or not the disc crosses the crop's edge.
     */
    private void fill(int x, int y) {
        int p = y * width + x;
        boolean left = hasValue(x - 1, y);
        boolean right = hasValue(x + 1, y);
        boolean up = hasValue(x, y - 1);
        boolean down = hasValue(x, y + 1);
        double gradTx = FiniteDifference.of(t[p], left ? t[p - 1] : 0, right ? t[p + 1] : 0, left, right);
        double gradTy = FiniteDifference.of(t[p], up ? t[p - width] : 0, down ? t[p + width] : 0, up, down);
        boolean inside = x >= radius && x < width - radius && y >= radius && y < height - radius;
        double weightSum = 0;
        double sum0 = 0;
        double sum1 = 0;
        double sum2 = 0;
        double low0 = 1;
        double low1 = 1;
        double low2 = 1;
        double high0 = 0;
        double high1 = 0;
        double high2 = 0;
        double ref0 = 0;
        double ref1 = 0;
        double ref2 = 0;
        boolean referenced = false;
        double tp = t[p];
        for (int k = 0; k < disc.size; k++) {
            int q = p + disc.offset[k];
            if (!inside && !(x + disc.dx[k] >= 0 && x + disc.dx[k] < width && y + disc.dy[k] >= 0
                    && y + disc.dy[k] < height) || flag[q] == INSIDE) {
                continue;
            }
            int rx = -disc.dx[k];
            int ry = -disc.dy[k];
            double direction = Math.max(MIN_DIRECTION, Math.abs(rx * gradTx + ry * gradTy) * disc.inverseLength[k]);
            double level = 1 / (1 + Math.abs(t[q] - tp));
            double weight = direction * disc.inverseLengthSquared[k] * level;
            double v0 = values[q];
            double v1 = values[plane + q];
            double v2 = values[2 * plane + q];
            if (!referenced) {
                ref0 = v0;
                ref1 = v1;
                ref2 = v2;
                referenced = true;
            }
            // ∇I is 0 at a filled pixel (see KnownGradients); the sums keep the inpainter's form either way
            double gx0 = 0;
            double gx1 = 0;
            double gx2 = 0;
            double gy0 = 0;
            double gy1 = 0;
            double gy2 = 0;
            if (!hole[q]) {
                gradients.prepare(q);
                gx0 = gradients.gx[q];
                gx1 = gradients.gx[plane + q];
                gx2 = gradients.gx[2 * plane + q];
                gy0 = gradients.gy[q];
                gy1 = gradients.gy[plane + q];
                gy2 = gradients.gy[2 * plane + q];
            }
            low0 = Math.min(low0, v0);
            high0 = Math.max(high0, v0);
            sum0 += weight * (v0 - ref0 + gx0 * rx + gy0 * ry);
            low1 = Math.min(low1, v1);
            high1 = Math.max(high1, v1);
            sum1 += weight * (v1 - ref1 + gx1 * rx + gy1 * ry);
            low2 = Math.min(low2, v2);
            high2 = Math.max(high2, v2);
            sum2 += weight * (v2 - ref2 + gx2 * rx + gy2 * ry);
            weightSum += weight;
        }
        values[p] = (float) Math.max(low0, Math.min(high0, ref0 + sum0 / weightSum));
        values[plane + p] = (float) Math.max(low1, Math.min(high1, ref1 + sum1 / weightSum));
        values[2 * plane + p] = (float) Math.max(low2, Math.min(high2, ref2 + sum2 / weightSum));
    }

    /**
     * ∇I of the known pixels near the hole, finite differences over known pixels only, computed on
     * first use. Pixels filled by the march take part with their value alone (∇I = 0): finite
     * differences of filled values, as in the paper, feed each layer's errors into the next
     * layer's extrapolation (case A's hole came out in saturated blotches), and gradients carried
     * inwards continue every edge linearly across the hole with the same effect.
     */
    private final class KnownGradients {

        private final float[] gx = new float[3 * plane];
        private final float[] gy = new float[3 * plane];
        private final boolean[] ready = new boolean[plane];

        /** Computes the gradient of the known pixel {@code q} unless it was computed before. */
        void prepare(int q) {
            if (ready[q]) {
                return;
            }
            int px = q % width;
            int py = q / width;
            // the crop reaches one pixel past the neighbourhoods, so a known neighbour inside
            // the picture is inside the crop unless the crop ends at the picture's edge
            boolean left = isOriginallyKnown(px - 1, py);
            boolean right = isOriginallyKnown(px + 1, py);
            boolean up = isOriginallyKnown(px, py - 1);
            boolean down = isOriginallyKnown(px, py + 1);
            for (int c = 0; c < 3; c++) {
                int o = c * plane + q;
                double v = values[o];
                gx[o] = (float) FiniteDifference.of(v, left ? values[o - 1] : 0, right ? values[o + 1] : 0, left,
                        right);
                gy[o] = (float) FiniteDifference.of(v, up ? values[o - width] : 0, down ? values[o + width] : 0,
                        up, down);
            }
            ready[q] = true;
        }

        private boolean isOriginallyKnown(int px, int py) {
            return px >= 0 && px < width && py >= 0 && py < height && !hole[py * width + px];
        }
    }

    /** The offsets of a disc of the given radius (without its centre), their inverse lengths and index offsets. */
    private static final class Neighbourhood {

        private final int size;
        private final int[] dx;
        private final int[] dy;
        private final int[] offset;
        private final double[] inverseLength;
        private final double[] inverseLengthSquared;

        Neighbourhood(int radius, int rowLength) {
            int n = 0;
            int[] ox = new int[(2 * radius + 1) * (2 * radius + 1)];
            int[] oy = new int[ox.length];
            for (int y = -radius; y <= radius; y++) {
                for (int x = -radius; x <= radius; x++) {
                    if ((x != 0 || y != 0) && x * x + y * y <= radius * radius) {
                        ox[n] = x;
                        oy[n] = y;
                        n++;
                    }
                }
            }
            size = n;
            dx = Arrays.copyOf(ox, n);
            dy = Arrays.copyOf(oy, n);
            offset = new int[n];
            inverseLength = new double[n];
            inverseLengthSquared = new double[n];
            for (int k = 0; k < n; k++) {
                offset[k] = dy[k] * rowLength + dx[k];
                double squared = dx[k] * dx[k] + dy[k] * dy[k];
                inverseLength[k] = 1 / Math.sqrt(squared);
                inverseLengthSquared[k] = 1 / squared;
            }
        }
    }
}
