package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.HoleComponent;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;

/**
 * Smooths the colour of a fill and keeps its detail: each hole pixel keeps its luma and takes the
 * Gaussian-weighted mean colour difference ({@code R − Y}, {@code B − Y}) of the pixels around it,
 * filled and known alike. The generator's fine detail is right more often in brightness than in
 * colour: left alone, a fill of grass or fur carries specks of red and blue the picture does not
 * have. The eye resolves colour more coarsely than brightness (why JPEG halves the colour planes), so
 * a smoothed colour keeps the fill's texture and drops the specks. The smoothing grows with the
 * distance from the known pixels, from none at the hole's border to all of it {@link #RAMP} pixels
 * in: near the border the fill continues colours it sees, and a thin hole (a scratch across a colour
 * edge) keeps its edge. Known pixels are not touched.
 */
public final class Chroma {

    /** The Gaussian's standard deviation in pixels, chosen by eye on the bench and on held-out photos (2, 3 and 4 compared; 4 removes the specks, 2 halves them). */
    public static final double SIGMA = 4.0;

    /** The distance from the known pixels (in pixels) at which a hole pixel's colour is wholly the smoothed one. */
    public static final int RAMP = 8;

    private Chroma() {
    }

    /** {@code filled} with the colour of its hole pixels smoothed; known pixels bit for bit. */
    public static RgbImage smoothHoles(RgbImage filled, Mask mask) {
        int radius = (int) Math.ceil(3 * SIGMA);
        float[] kernel = new float[2 * radius + 1];
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = (float) Math.exp(-i * i / (2 * SIGMA * SIGMA));
        }
        // One copy of the picture: its known pixels stay, its hole pixels are overwritten; the
        // fill is read from the image itself (a 12-megapixel picture is 144 MB a copy).
        float[] out = filled.toPlanar();
        int width = filled.width();
        int height = filled.height();
        for (HoleComponent hole : mask.components()) {
            Rect b = hole.box();
            int x0 = Math.max(0, b.x() - radius);
            int y0 = Math.max(0, b.y() - radius);
            Rect area = new Rect(x0, y0, Math.min(width, b.endX() + radius) - x0,
                    Math.min(height, b.endY() + radius) - y0);
            smooth(filled, out, mask, area, hole.pixels(), kernel, radius);
        }
        return RgbImage.fromPlanar(width, height, out);
    }

    /** Writes the smoothed colour of {@code pixels} into {@code out}, reading {@code in} over {@code area}. */
    private static void smooth(RgbImage in, float[] out, Mask mask, Rect area, int[] pixels, float[] kernel,
            int radius) {
        int width = mask.width();
        int plane = width * mask.height();
        int w = area.width();
        int h = area.height();
        float[] red = new float[w * h];
        float[] blue = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float r = in.get(area.x() + x, area.y() + y, 0);
                float b = in.get(area.x() + x, area.y() + y, 2);
                float luma = Greys.luma(r, in.get(area.x() + x, area.y() + y, 1), b);
                red[y * w + x] = r - luma;
                blue[y * w + x] = b - luma;
            }
        }
        float[][] smoothed = {blur(red, w, h, kernel, radius), blur(blue, w, h, kernel, radius)};
        int[] across = rowDistances(mask, area);
        for (int i : pixels) {
            int local = (i / width - area.y()) * w + i % width - area.x();
            float red0 = in.get(i % width, i / width, 0);
            float blue0 = in.get(i % width, i / width, 2);
            float luma = Greys.luma(red0, in.get(i % width, i / width, 1), blue0);
            float t = Math.min(1f, distanceToKnown(across, w, h, local) / RAMP);
            float r = luma + (1 - t) * (red0 - luma) + t * smoothed[0][local];
            float b = luma + (1 - t) * (blue0 - luma) + t * smoothed[1][local];
            float g = (luma - Greys.RED * r - Greys.BLUE * b) / Greys.GREEN;
            out[i] = clamp(r);
            out[plane + i] = clamp(g);
            out[2 * plane + i] = clamp(b);
        }
    }

    /**
     * For each pixel of {@code area}, the distance along its row to the nearest known pixel, or
     * {@code RAMP + 1} if none is within {@link #RAMP}. The area reaches at least {@code RAMP} pixels
     * past the component's box (or the picture's edge), so the distances its hole pixels need are exact.
     */
    private static int[] rowDistances(Mask mask, Rect area) {
        int w = area.width();
        int[] across = new int[w * area.height()];
        for (int y = 0; y < area.height(); y++) {
            int last = -RAMP - 1;
            for (int x = 0; x < w; x++) {
                if (!mask.isHole(area.x() + x, area.y() + y)) {
                    last = x;
                }
                across[y * w + x] = Math.min(RAMP + 1, x - last);
            }
            last = w + RAMP + 1;
            for (int x = w - 1; x >= 0; x--) {
                if (!mask.isHole(area.x() + x, area.y() + y)) {
                    last = x;
                }
                across[y * w + x] = Math.min(across[y * w + x], last - x);
            }
        }
        return across;
    }

    /**
     * The Euclidean distance from the hole pixel at {@code local} to the nearest known pixel, or
     * {@link #RAMP} if none is nearer: the least {@code dy² + across²} over the rows within
     * {@code RAMP} — 17 reads a pixel instead of a 17 × 17 window.
     */
    private static float distanceToKnown(int[] across, int w, int h, int local) {
        int x = local % w;
        int y = local / w;
        int best = RAMP * RAMP;
        for (int dy = Math.max(-RAMP, -y); dy <= Math.min(RAMP, h - 1 - y); dy++) {
            int dx = across[(y + dy) * w + x];
            best = Math.min(best, dy * dy + dx * dx);
        }
        return (float) Math.sqrt(best);
    }

    /** A separable Gaussian blur whose weights are renormalised where the kernel leaves the area. */
    private static float[] blur(float[] v, int w, int h, float[] kernel, int radius) {
        return pass(pass(v, h, w, w, 1, kernel, radius), w, h, 1, w, kernel, radius);
    }

    /**
     * One pass of the blur along {@code lines} lines of {@code length} samples: sample {@code i} of
     * line {@code l} is at {@code l · lineStep + i · step} (rows: line step w, step 1; columns: 1, w).
     */
    private static float[] pass(float[] v, int lines, int length, int lineStep, int step, float[] kernel,
            int radius) {
        float[] out = new float[v.length];
        for (int l = 0; l < lines; l++) {
            for (int i = 0; i < length; i++) {
                int at = l * lineStep + i * step;
                float sum = 0;
                float weight = 0;
                for (int k = Math.max(-radius, -i); k <= Math.min(radius, length - 1 - i); k++) {
                    sum += kernel[k + radius] * v[at + k * step];
                    weight += kernel[k + radius];
                }
                out[at] = sum / weight;
            }
        }
        return out;
    }

    private static float clamp(float v) {
        return Math.min(1f, Math.max(0f, v));
    }
}
