package io.github.inpaint4j.imagej;

import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import java.awt.image.IndexColorModel;

/**
 * One ImageJ slice as the methods see it, and the filled values put back into its holes only. How
 * values map, by type:
 * <ul>
 *   <li>8-bit grey (any grey or pseudo-colour LUT) and 16-bit: level {@code v} is {@code v / 255} or
 *       {@code v / 65535} in all three channels, and a filled sample {@code s} becomes
 *       {@code round(s · 255)} or {@code round(s · 65535)};</li>
 *   <li>8-bit colour (a LUT of unordered colours, e.g. from a GIF): the colours of the LUT, and each
 *       filled pixel becomes the LUT's nearest colour;</li>
 *   <li>RGB: each channel {@code v / 255};</li>
 *   <li>32-bit: mapped by the known pixels' range, as {@code inpaint4j}'s float files are
 *       ({@code s = (v − lo) / (hi − lo)}, {@code lo = min(0, smallest)}, {@code hi = max(1, largest)}),
 *       and back as {@code lo + s · (hi − lo)}. NaN and infinities under the holes are ignored (they
 *       are filled); among the known pixels they are an error.</li>
 * </ul>
 * Grey slices take the filled red channel if the three are equal, their mean otherwise (the GAN may
 * colour a grey picture slightly).
 */
final class SlicePixels {

    private final ImageProcessor ip;
    private final Mask holes;
    private final boolean palette;
    private final double low;
    private final double high;

    private SlicePixels(ImageProcessor ip, Mask holes, boolean palette, double low, double high) {
        this.ip = ip;
        this.holes = holes;
        this.palette = palette;
        this.low = low;
        this.high = high;
    }

    /**
     * @param where named in errors, e.g. "blobs.gif, slice 3"
     * @throws IllegalArgumentException if a known pixel of a 32-bit slice is NaN or infinite
     */
    static SlicePixels of(ImageProcessor ip, Mask holes, String where) {
        double low = 0;
        double high = 1;
        if (ip instanceof FloatProcessor) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            float[] v = (float[]) ip.getPixels();
            for (int i = 0; i < v.length; i++) {
                if (holes.isHole(i)) {
                    continue;
                }
                if (!Float.isFinite(v[i])) {
                    throw new IllegalArgumentException(where + ": the known pixel (" + (i % ip.getWidth()) + ", "
                            + (i / ip.getWidth()) + ") is " + v[i] + "; NaN and infinities can only be filled: include"
                            + " them in the selection or the mask");
                }
                min = Math.min(min, v[i]);
                max = Math.max(max, v[i]);
            }
            low = Math.min(0, min);
            high = Math.max(1, max);
        }
        boolean palette = ip instanceof ByteProcessor && ip.isColorLut() && !ip.isPseudoColorLut();
        return new SlicePixels(ip, holes, palette, low, high);
    }

    /** The slice as an image of [0, 1] samples (hole pixels of a 32-bit slice that are not finite as 0). */
    RgbImage image() {
        int n = ip.getPixelCount();
        float[] planar = new float[3 * n];
        IndexColorModel lut = palette ? (IndexColorModel) ip.getColorModel() : null;
        for (int i = 0; i < n; i++) {
            if (ip instanceof ColorProcessor rgb) {
                int c = rgb.get(i);
                set(planar, n, i, ((c >> 16) & 0xff) / 255f, ((c >> 8) & 0xff) / 255f, (c & 0xff) / 255f);
            } else if (palette) {
                int index = ip.get(i);
                set(planar, n, i, lut.getRed(index) / 255f, lut.getGreen(index) / 255f, lut.getBlue(index) / 255f);
            } else if (ip instanceof FloatProcessor) {
                float v = ip.getf(i);
                float s = Float.isFinite(v) ? (float) ((v - low) / (high - low)) : 0f;
                set(planar, n, i, s, s, s);
            } else {
                float s = ip.get(i) / (ip instanceof ShortProcessor ? 65535f : 255f);
                set(planar, n, i, s, s, s);
            }
        }
        return RgbImage.fromPlanar(ip.getWidth(), ip.getHeight(), planar);
    }

    private static void set(float[] planar, int n, int i, float r, float g, float b) {
        planar[i] = r;
        planar[n + i] = g;
        planar[2 * n + i] = b;
    }

    /** The values to write at the hole pixels, in index order, from a method's result. */
    double[] holeValues(RgbImage filled) {
        int n = ip.getPixelCount();
        float[] s = filled.toPlanar();
        double[] out = new double[holes.holeCount()];
        IndexColorModel lut = palette ? (IndexColorModel) ip.getColorModel() : null;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!holes.isHole(i)) {
                continue;
            }
            float r = s[i];
            float g = s[n + i];
            float b = s[2 * n + i];
            if (ip instanceof ColorProcessor) {
                out[k++] = (Math.round(r * 255f) << 16) | (Math.round(g * 255f) << 8) | Math.round(b * 255f);
            } else if (palette) {
                out[k++] = nearest(lut, r * 255f, g * 255f, b * 255f);
            } else {
                float grey = r == g && g == b ? r : (r + g + b) / 3f;
                out[k++] = ip instanceof FloatProcessor ? (float) (low + grey * (high - low))
                        : Math.round(grey * (ip instanceof ShortProcessor ? 65535f : 255f));
            }
        }
        return out;
    }

    /** Writes {@code values} ({@link #holeValues}) into {@code target}'s hole pixels; no other pixel changes. */
    void apply(ImageProcessor target, double[] values) {
        int k = 0;
        for (int i = 0; i < target.getPixelCount(); i++) {
            if (holes.isHole(i)) {
                if (target instanceof FloatProcessor) {
                    target.setf(i, (float) values[k++]);
                } else {
                    target.set(i, (int) values[k++]); // a level, a LUT index or a packed RGB colour
                }
            }
        }
    }

    private static int nearest(IndexColorModel lut, float r, float g, float b) {
        int best = 0;
        float bestDistance = Float.MAX_VALUE;
        for (int index = 0; index < lut.getMapSize(); index++) {
            float dr = lut.getRed(index) - r;
            float dg = lut.getGreen(index) - g;
            float db = lut.getBlue(index) - b;
            float d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = index;
            }
        }
        return best;
    }
}
