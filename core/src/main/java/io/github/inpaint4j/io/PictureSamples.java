package io.github.inpaint4j.io;

import io.github.inpaint4j.RgbImage;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.file.Path;

/**
 * Between decoded {@code BufferedImage}s and {@link Picture}s, at every depth: the samples of RGB and
 * grey pictures are taken as stored, whatever colour profile describes them (the profile travels in
 * the metadata and is never applied), and written back at the depth asked.
 */
final class PictureSamples {

    private PictureSamples() {
    }

    /**
     * The picture of a decoded file (oriented, CMYK already converted).
     *
     * @throws ImageReadException naming the file and the pixel if a float sample is NaN or infinite
     */
    static Picture decode(BufferedImage image, ImageFormat format, ImageMetadata metadata, Path file)
            throws ImageReadException {
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        int space = cm.getColorSpace().getType();
        int transfer = raster.getTransferType();
        boolean plain = !(cm instanceof IndexColorModel) && (space == ColorSpace.TYPE_RGB || space == ColorSpace.TYPE_GRAY);
        if (!plain) {
            return new Picture(BufferedImages.toRgbImage(image), BitDepth.EIGHT, false, format, metadata, 0, 1, null);
        }
        boolean grey = cm.getNumColorComponents() == 1;
        if (transfer == DataBuffer.TYPE_FLOAT || transfer == DataBuffer.TYPE_DOUBLE) {
            return decodeFloat(raster, grey, format, metadata, file);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        float[] samples = new float[RgbImage.CHANNELS * w * h];
        BufferedImages.readSamples(raster, cm, samples, w, h);
        int bits = 0;
        for (int band = 0; band < cm.getNumColorComponents(); band++) {
            bits = Math.max(bits, cm.getComponentSize(band));
        }
        BitDepth depth = bits > 8 ? BitDepth.SIXTEEN : BitDepth.EIGHT;
        return new Picture(RgbImage.fromPlanar(w, h, samples), depth, grey, format, metadata, 0, 1, null);
    }

    private static Picture decodeFloat(Raster raster, boolean grey, ImageFormat format, ImageMetadata metadata,
            Path file) throws ImageReadException {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int plane = w * h;
        int bands = grey ? 1 : RgbImage.CHANNELS;
        float[] values = new float[bands * plane];
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int b = 0; b < bands; b++) {
            float[] band = raster.getSamples(raster.getMinX(), raster.getMinY(), w, h, b, (float[]) null);
            for (int i = 0; i < plane; i++) {
                float v = band[i];
                if (!Float.isFinite(v)) {
                    throw new ImageReadException(file, "sample " + v + " at (" + (i % w) + ", " + (i / w)
                            + (grey ? "" : ", channel " + b) + ") is not a finite number; NaN and infinities cannot be"
                            + " filled (replace them, or mark them as holes in the mask and set them to 0)", null);
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
                values[b * plane + i] = v;
            }
        }
        double low = Math.min(0.0, min);
        double high = Math.max(1.0, max);
        float[] samples = new float[RgbImage.CHANNELS * plane];
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            int from = (grey ? 0 : c) * plane;
            for (int i = 0; i < plane; i++) {
                samples[c * plane + i] = Picture.toSample(values[from + i], low, high);
            }
        }
        boolean scaled = low != 0 || high != 1;
        return new Picture(RgbImage.fromPlanar(w, h, samples), BitDepth.FLOAT, grey, format, metadata, low, high,
                scaled ? values : null);
    }

    /** Whether the three channels of {@code image} are equal everywhere. */
    static boolean isGrey(float[] planar, int plane) {
        for (int i = 0; i < plane; i++) {
            if (planar[i] != planar[plane + i] || planar[i] != planar[2 * plane + i]) {
                return false;
            }
        }
        return true;
    }

    /** The picture's pixels at {@code depth}, one channel if {@code grey}, for an encoder. */
    static BufferedImage encode(Picture picture, BitDepth depth, boolean grey) {
        RgbImage image = picture.image();
        if (depth == BitDepth.EIGHT && !grey) {
            return BufferedImages.toBufferedImage(image); // the 8-bit colour output of every earlier version
        }
        int w = image.width();
        int h = image.height();
        int plane = w * h;
        float[] s = image.toPlanar();
        int bands = grey ? 1 : RgbImage.CHANNELS;
        ColorSpace space = ColorSpace.getInstance(grey ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        int type = switch (depth) {
            case EIGHT -> DataBuffer.TYPE_BYTE;
            case SIXTEEN -> DataBuffer.TYPE_USHORT;
            case FLOAT -> DataBuffer.TYPE_FLOAT;
        };
        ComponentColorModel cm = new ComponentColorModel(space, false, false, Transparency.OPAQUE, type);
        WritableRaster raster = cm.createCompatibleWritableRaster(w, h);
        float[] original = picture.original();
        for (int b = 0; b < bands; b++) {
            if (depth == BitDepth.FLOAT) {
                float[] values = new float[plane];
                for (int i = 0; i < plane; i++) {
                    float sample = s[b * plane + i];
                    // a pixel the method left unchanged gets its file value back, bit for bit
                    float kept = original == null ? Float.NaN : original[(grey ? 0 : b) * plane + i];
                    values[i] = original != null && picture.toSample(kept) == sample ? kept : picture.toValue(sample);
                }
                raster.setSamples(0, 0, w, h, b, values);
            } else {
                float levels = depth == BitDepth.EIGHT ? 255f : 65535f;
                int[] values = new int[plane];
                for (int i = 0; i < plane; i++) {
                    values[i] = Math.round(s[b * plane + i] * levels);
                }
                raster.setSamples(0, 0, w, h, b, values);
            }
        }
        return new BufferedImage(cm, raster, false, null);
    }
}
