package io.github.inpaint4j.examples;

import io.github.inpaint4j.RgbImage;

/** Small picture helpers shared by the example programs. */
public final class ExampleImages {

    private ExampleImages() {
    }

    /**
     * The pictures placed left to right with {@code gap} white columns between them, top-aligned on
     * a white background as tall as the tallest.
     */
    public static RgbImage sideBySide(int gap, RgbImage... pictures) {
        int width = gap * (pictures.length - 1);
        int height = 0;
        for (RgbImage p : pictures) {
            width += p.width();
            height = Math.max(height, p.height());
        }
        float[] out = RgbImage.filled(width, height, 1, 1, 1).toPlanar();
        int plane = width * height;
        int left = 0;
        for (RgbImage p : pictures) {
            float[] s = p.toPlanar();
            int pp = p.pixelCount();
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                for (int y = 0; y < p.height(); y++) {
                    System.arraycopy(s, c * pp + y * p.width(), out, c * plane + y * width + left, p.width());
                }
            }
            left += p.width() + gap;
        }
        return RgbImage.fromPlanar(width, height, out);
    }

    /**
     * The pictures placed top to bottom with {@code gap} white rows between them, left-aligned on a
     * white background as wide as the widest.
     */
    public static RgbImage stacked(int gap, RgbImage... pictures) {
        int width = 0;
        int height = gap * (pictures.length - 1);
        for (RgbImage p : pictures) {
            width = Math.max(width, p.width());
            height += p.height();
        }
        float[] out = RgbImage.filled(width, height, 1, 1, 1).toPlanar();
        int plane = width * height;
        int top = 0;
        for (RgbImage p : pictures) {
            float[] s = p.toPlanar();
            int pp = p.pixelCount();
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                for (int y = 0; y < p.height(); y++) {
                    System.arraycopy(s, c * pp + y * p.width(), out, c * plane + (top + y) * width, p.width());
                }
            }
            top += p.height() + gap;
        }
        return RgbImage.fromPlanar(width, height, out);
    }

    /** {@code picture} enlarged {@code factor} times by repeating pixels (nearest neighbour), to show detail. */
    public static RgbImage zoom(RgbImage picture, int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("zoom factor must be >= 1, got " + factor);
        }
        int w = picture.width() * factor;
        int h = picture.height() * factor;
        float[] s = picture.toPlanar();
        float[] out = new float[RgbImage.CHANNELS * w * h];
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out[c * w * h + y * w + x] = s[c * picture.pixelCount() + (y / factor) * picture.width() + x / factor];
                }
            }
        }
        return RgbImage.fromPlanar(w, h, out);
    }
}
