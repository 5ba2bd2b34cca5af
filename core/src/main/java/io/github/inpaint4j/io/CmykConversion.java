package io.github.inpaint4j.io;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * CMYK to RGB without colour management, as web browsers, Pillow and ImageMagick convert a CMYK
 * file that they do not colour-manage: {@code R = (1 − C)(1 − K)}, {@code G = (1 − M)(1 − K)},
 * {@code B = (1 − Y)(1 − K)} with ink amounts in [0, 1]. An embedded ICC profile is not applied.
 *
 * <p>The JDK converts such files through a colour space whose result it then treats as linear
 * light, which brightens mid-tones by up to about 70/255: that is why its conversion is not used.
 *
 * <p>Four-channel JPEGs store inverted ink (0 = full ink), the convention of Adobe's software,
 * which writes nearly all of them and which other decoders assume; with Adobe's transform 2 the
 * channels are YCCK: Y, Cb and Cr encode the inverted C, M and Y (as R, G and B are encoded in a
 * colour JPEG), and K is stored as it is. TIFF stores plain ink (0 = no ink).
 */
final class CmykConversion {

    private CmykConversion() {
    }

    /**
     * The RGB picture of the raw channels of a four-channel JPEG ({@code ImageReader.readRaster}).
     *
     * @param ycck whether the channels are YCCK (Adobe transform 2) rather than CMYK
     */
    static BufferedImage fromJpeg(Raster raw, boolean ycck) {
        int w = raw.getWidth();
        int h = raw.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] samples = new int[4 * w];
        int[] packed = new int[w];
        for (int y = 0; y < h; y++) {
            raw.getPixels(raw.getMinX(), raw.getMinY() + y, w, 1, samples);
            for (int x = 0; x < w; x++) {
                int i = 4 * x;
                // stored values are inverted ink, 1 − ink: a channel's light is its stored C, M or Y times the stored K
                float c;
                float m;
                float ye;
                if (ycck) {
                    // Y, Cb, Cr decode to R, G, B as in a colour JPEG; the stored C, M, Y are 255 − R, 255 − G, 255 − B
                    float luma = samples[i];
                    float cb = samples[i + 1] - 128f;
                    float cr = samples[i + 2] - 128f;
                    c = 1f - clamp(luma + 1.402f * cr) / 255f;
                    m = 1f - clamp(luma - 0.344136f * cb - 0.714136f * cr) / 255f;
                    ye = 1f - clamp(luma + 1.772f * cb) / 255f;
                } else {
                    c = samples[i] / 255f;
                    m = samples[i + 1] / 255f;
                    ye = samples[i + 2] / 255f;
                }
                float k = samples[i + 3] / 255f;
                packed[x] = pack(c * k, m * k, ye * k);
            }
            out.setRGB(0, y, w, 1, packed, 0, w);
        }
        return out;
    }

    /**
     * The RGB picture of an image whose colour space is CMYK and whose samples are plain ink
     * amounts (a TIFF file, or a {@code BufferedImage} built in a program), any bit depth.
     */
    static BufferedImage fromInk(BufferedImage cmyk) {
        Raster raster = cmyk.getRaster();
        int w = raster.getWidth();
        int h = raster.getHeight();
        int bands = raster.getNumBands();
        float[] max = new float[4];
        for (int b = 0; b < 4; b++) {
            max[b] = (float) ((1L << cmyk.getColorModel().getComponentSize(b)) - 1);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] samples = new int[bands * w];
        int[] packed = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, samples);
            for (int x = 0; x < w; x++) {
                int i = bands * x;
                float paper = 1f - samples[i + 3] / max[3];
                packed[x] = pack((1f - samples[i] / max[0]) * paper, (1f - samples[i + 1] / max[1]) * paper,
                        (1f - samples[i + 2] / max[2]) * paper);
            }
            out.setRGB(0, y, w, 1, packed, 0, w);
        }
        return out;
    }

    private static float clamp(float v) {
        return Math.max(0f, Math.min(255f, v));
    }

    private static int pack(float r, float g, float b) {
        return (Math.round(r * 255f) << 16) | (Math.round(g * 255f) << 8) | Math.round(b * 255f);
    }
}
