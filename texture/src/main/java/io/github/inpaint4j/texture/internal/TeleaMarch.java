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
    private final float[] values;
    private final byte[] flag;
    private final double[] t;
    private final PixelHeap heap;
    private final Neighbourhood disc;
    private final Mask mask;
    private final KnownGradients gradients;

    /**
     * Fills the holes of {@code mask} in {@code image} by the march with neighbourhoods of
     * {@code radius}, reporting the fraction of the hole pixels filled.
     *
     * @return the filled picture's samples, planar ({@link RgbImage#toPlanar()})
     */
    public static float[] run(RgbImage image, Mask mask, int radius, ProgressListener progress,
            CancellationToken cancel) {
        return new TeleaMarch(image, mask, radius).run(progress, cancel);
    }

    private TeleaMarch(RgbImage image, Mask mask, int radius) {
        width = image.width();
        height = image.height();
        plane = width * height;
        holeCount = mask.holeCount();
        values = image.toPlanar();
        flag = new byte[plane];
        t = new double[plane];
        heap = new PixelHeap(4 * holeCount);
        disc = new Neighbourhood(radius);
        this.mask = mask;
        gradients = new KnownGradients(mask.boundingBox().orElseThrow().expand(radius + 1, width, height));
        for (int i = 0; i < plane; i++) {
            if (mask.isHole(i)) {
                flag[i] = INSIDE;
                t[i] = FAR;
            }
        }
        // The march starts from the ring of known pixels that touch the hole, at distance 0.
        for (int i = 0; i < plane; i++) {
            if (flag[i] == KNOWN && touchesHole(i % width, i / width)) {
                flag[i] = BAND;
                heap.push(i, 0);
            }
        }
    }

    private float[] run(ProgressListener progress, CancellationToken cancel) {
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
        return values;
    }

    private boolean touchesHole(int x, int y) {
        return isInside(x - 1, y) || isInside(x + 1, y) || isInside(x, y - 1) || isInside(x, y + 1);
    }

    private boolean isInside(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && flag[y * width + x] == INSIDE;
    }

    /** {@code true} if (x, y) is in the image and holds a value (known, or already filled). */
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

    private void fill(int x, int y) {
        int p = y * width + x;
        boolean left = hasValue(x - 1, y);
        boolean right = hasValue(x + 1, y);
        boolean up = hasValue(x, y - 1);
        boolean down = hasValue(x, y + 1);
        double gradTx = FiniteDifference.of(t[p], left ? t[p - 1] : 0, right ? t[p + 1] : 0, left, right);
        double gradTy = FiniteDifference.of(t[p], up ? t[p - width] : 0, down ? t[p + width] : 0, up, down);
        double weightSum = 0;
        double[] sum = new double[3];
        double[] reference = null;
        double[] low = {1, 1, 1};
        double[] high = {0, 0, 0};
        for (int k = 0; k < disc.size(); k++) {
            int nx = x + disc.dx(k);
            int ny = y + disc.dy(k);
            if (!hasValue(nx, ny)) {
                continue;
            }
            int q = ny * width + nx;
            int rx = -disc.dx(k);
            int ry = -disc.dy(k);
            double direction = Math.max(MIN_DIRECTION, Math.abs(rx * gradTx + ry * gradTy) * disc.inverseLength(k));
            double level = 1 / (1 + Math.abs(t[q] - t[p]));
            double weight = direction * disc.inverseLengthSquared(k) * level;
            if (reference == null) {
                reference = new double[] {values[q], values[plane + q], values[2 * plane + q]};
            }
            for (int c = 0; c < 3; c++) {
                double v = values[c * plane + q];
                low[c] = Math.min(low[c], v);
                high[c] = Math.max(high[c], v);
                sum[c] += weight * (v - reference[c] + gradients.x(nx, ny, c) * rx + gradients.y(nx, ny, c) * ry);
            }
            weightSum += weight;
        }
        for (int c = 0; c < 3; c++) {
            double v = reference[c] + sum[c] / weightSum;
            values[c * plane + p] = (float) Math.max(low[c], Math.min(high[c], v));

        }
    }

    /**
     * ∇I of the known pixels near the hole, finite differences over known pixels only, computed on
     * first use. Pixels filled by the march take part with their value alone (∇I = 0): finite
     * differences of filled values, as in the paper, feed each layer's errors into the next
     * layer's extrapolation (case A's hole came out in saturated blotches), and gradients carried
     * inwards continue every edge linearly across the hole with the same effect.
     */
    private final class KnownGradients {

        private final Rect region;
        private final float[] gx;
        private final float[] gy;
        private final boolean[] ready;

        KnownGradients(Rect region) {
            this.region = region;
            int n = region.width() * region.height();
            gx = new float[3 * n];
            gy = new float[3 * n];
            ready = new boolean[n];
        }

        double x(int px, int py, int channel) {
            int s = cell(px, py);
            return s < 0 ? 0 : gx[channel * ready.length + s];
        }

        double y(int px, int py, int channel) {
            int s = cell(px, py);
            return s < 0 ? 0 : gy[channel * ready.length + s];
        }

        /** The cell of a known (px, py), its gradient computed on first use; −1 for a filled pixel. */
        private int cell(int px, int py) {
            if (mask.isHole(py * width + px)) {
                return -1;
            }
            int s = (py - region.y()) * region.width() + (px - region.x());
            if (!ready[s]) {
                differentiate(px, py, s);
            }
            return s;
        }

        private void differentiate(int px, int py, int s) {
            int q = py * width + px;
            boolean left = isOriginallyKnown(px - 1, py);
            boolean right = isOriginallyKnown(px + 1, py);
            boolean up = isOriginallyKnown(px, py - 1);
            boolean down = isOriginallyKnown(px, py + 1);
            for (int c = 0; c < 3; c++) {
                int o = c * plane + q;
                double v = values[o];
                gx[c * ready.length + s] = (float) FiniteDifference.of(v, left ? values[o - 1] : 0,
                        right ? values[o + 1] : 0, left, right);
                gy[c * ready.length + s] = (float) FiniteDifference.of(v, up ? values[o - width] : 0,
                        down ? values[o + width] : 0, up, down);
            }
            ready[s] = true;
        }

        private boolean isOriginallyKnown(int px, int py) {
            return px >= 0 && px < width && py >= 0 && py < height && !mask.isHole(py * width + px);
        }
    }

    /** The offsets of a disc of the given radius (without its centre) and their inverse lengths. */
    private static final class Neighbourhood {

        private final int[] dx;
        private final int[] dy;
        private final double[] inverseLength;
        private final double[] inverseLengthSquared;

        Neighbourhood(int radius) {
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
            dx = Arrays.copyOf(ox, n);
            dy = Arrays.copyOf(oy, n);
            inverseLength = new double[n];
            inverseLengthSquared = new double[n];
            for (int k = 0; k < n; k++) {
                double squared = dx[k] * dx[k] + dy[k] * dy[k];
                inverseLength[k] = 1 / Math.sqrt(squared);
                inverseLengthSquared[k] = 1 / squared;
            }
        }

        int size() {
            return dx.length;
        }

        int dx(int k) {
            return dx[k];
        }

        int dy(int k) {
            return dy[k];
        }

        double inverseLength(int k) {
            return inverseLength[k];
        }

        double inverseLengthSquared(int k) {
            return inverseLengthSquared[k];
        }
    }
}
