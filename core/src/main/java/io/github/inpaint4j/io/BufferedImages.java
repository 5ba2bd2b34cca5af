package io.github.inpaint4j.io;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Conversions between {@link RgbImage} and {@link BufferedImage}.
 *
 * <p>Reading accepts every {@code BufferedImage}: samples of RGB and gray images are read from
 * the raster and divided by the largest value of their bit depth (8-bit {@code v → v / 255},
 * 16-bit {@code v → v / 65535}, 5-bit {@code v → v / 31}); a gray sample becomes the same value in
 * the three channels (no colour-space conversion, so a gray PNG of value 128 reads as 128/255, as
 * in other imaging libraries); palette images use their palette colours; alpha is dropped (use a
 * {@link MaskRule#transparent()} rule to turn it into a mask); premultiplied colours are divided by
 * their alpha; CMYK samples are ink amounts, converted as other decoders convert them
 * ({@code R = (1 − C)(1 − K)} and so on, without colour management). Any other colour space (float
 * rasters, ICC profiles) goes through Java's sRGB conversion.
 *
 * <p>Masks: {@link #toBufferedImage(Mask)} draws one white on black, and a {@link MaskRule} reads
 * one back ({@link MaskRule#apply}); with {@link MaskRule#nonZero()} the round trip is exact, as is
 * {@link #toRgbImage} after {@link #toBufferedImage(RgbImage)} for 8-bit samples.
 */
public final class BufferedImages {

    private BufferedImages() {
    }

    /** The RGB content of {@code image}, as described in the class comment. */
    public static RgbImage toRgbImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int plane = w * h;
        float[] out = new float[RgbImage.CHANNELS * plane];
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        int colorSpace = cm.getColorSpace().getType();
        boolean integerSamples = raster.getTransferType() == DataBuffer.TYPE_BYTE
                || raster.getTransferType() == DataBuffer.TYPE_USHORT || raster.getTransferType() == DataBuffer.TYPE_INT;
        if (colorSpace == ColorSpace.TYPE_CMYK && integerSamples && cm.getNumComponents() >= 4) {
            return toRgbImage(CmykConversion.fromInk(image));
        }
        if (cm instanceof IndexColorModel palette) {
            readPalette(raster, palette, out, w, h);
        } else if (integerSamples && (cm.getColorSpace().isCS_sRGB() || colorSpace == ColorSpace.TYPE_GRAY)) {
            readSamples(raster, cm, out, w, h);
        } else {
            readThroughSrgb(image, out, w, h);
        }
        return RgbImage.fromPlanar(w, h, out);
    }

    /** An 8-bit {@link BufferedImage#TYPE_INT_RGB} image; samples are rounded to the nearest level. */
    public static BufferedImage toBufferedImage(RgbImage image) {
        int w = image.width();
        int h = image.height();
        int plane = w * h;
        float[] s = image.toPlanar();
        int[] packed = new int[plane];
        for (int i = 0; i < plane; i++) {
            packed[i] = (to8Bit(s[i]) << 16) | (to8Bit(s[plane + i]) << 8) | to8Bit(s[2 * plane + i]);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, packed, 0, w);
        return out;
    }

    /**
     * An 8-bit gray ({@link BufferedImage#TYPE_BYTE_GRAY}) picture of {@code mask}: 255 (white) for a
     * hole, 0 (black) for a known pixel, as mask files are drawn.
     */
    public static BufferedImage toBufferedImage(Mask mask) {
        BufferedImage out = new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] gray = new byte[mask.pixelCount()];
        for (int i = 0; i < gray.length; i++) {
            gray[i] = (byte) (mask.isHole(i) ? 255 : 0);
        }
        out.getRaster().setDataElements(0, 0, mask.width(), mask.height(), gray);
        return out;
    }

    /** The alpha of each pixel in [0, 1] (row-major), or {@code null} if the image has no alpha. */
    static float[] alpha(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        if (!cm.hasAlpha()) {
            return null;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        float[] alpha = new float[w * h];
        if (cm instanceof IndexColorModel palette) {
            int[] index = image.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
            for (int i = 0; i < alpha.length; i++) {
                alpha[i] = palette.getAlpha(index[i]) / 255f;
            }
        } else {
            int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
            for (int i = 0; i < alpha.length; i++) {
                alpha[i] = (argb[i] >>> 24) / 255f;
            }
        }
        return alpha;
    }

    private static void readPalette(Raster raster, IndexColorModel palette, float[] out, int w, int h) {
        int plane = w * h;
        int[] index = raster.getSamples(0, 0, w, h, 0, (int[]) null);
        for (int i = 0; i < plane; i++) {
            out[i] = palette.getRed(index[i]) / 255f;
            out[plane + i] = palette.getGreen(index[i]) / 255f;
            out[2 * plane + i] = palette.getBlue(index[i]) / 255f;
        }
    }

    /** Integer samples of every band as stored, divided by their largest level; premultiplied colours divided by alpha. */
    static void readSamples(Raster raster, ColorModel cm, float[] out, int w, int h) {
        int plane = w * h;
        int colours = cm.getNumColorComponents();
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            int band = colours == 1 ? 0 : c;
            float max = (float) ((1L << cm.getComponentSize(band)) - 1);
            int[] samples = raster.getSamples(0, 0, w, h, band, (int[]) null);
            for (int i = 0; i < plane; i++) {
                out[c * plane + i] = samples[i] / max;
            }
        }
        if (cm.hasAlpha() && cm.isAlphaPremultiplied()) {
            int alphaBand = colours;
            float max = (float) ((1L << cm.getComponentSize(alphaBand)) - 1);
            int[] alpha = raster.getSamples(0, 0, w, h, alphaBand, (int[]) null);
            for (int i = 0; i < plane; i++) {
                float a = alpha[i] / max;
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    out[c * plane + i] = a > 0f ? Math.min(1f, out[c * plane + i] / a) : 0f;
                }
            }
        }
    }

    private static void readThroughSrgb(BufferedImage image, float[] out, int w, int h) {
        int plane = w * h;
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < plane; i++) {
            out[i] = ((argb[i] >> 16) & 0xff) / 255f;
            out[plane + i] = ((argb[i] >> 8) & 0xff) / 255f;
            out[2 * plane + i] = (argb[i] & 0xff) / 255f;
        }
    }

    private static int to8Bit(float v) {
        return Math.round(v * 255f);
    }
}
