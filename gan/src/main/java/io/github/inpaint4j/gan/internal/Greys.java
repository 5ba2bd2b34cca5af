package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;

/**
 * Grey pictures: turning a training crop grey, and the inference rule that a picture whose known
 * pixels are all grey gets a grey fill.
 */
public final class Greys {

    /** Largest difference between a known pixel's channels (on the [0, 1] scale) that still counts as grey: half a level of 8 bits. */
    public static final float TOLERANCE = 0.5f / 255f;

    static final float RED = 0.299f;
    static final float GREEN = 0.587f;
    static final float BLUE = 0.114f;

    private Greys() {
    }

    /** The picture with each pixel's R, G and B set to its luma (ITU-R BT.601 weights). */
    public static RgbImage desaturate(RgbImage image) {
        float[] s = image.toPlanar();
        int plane = image.pixelCount();
        for (int i = 0; i < plane; i++) {
            float y = luma(s[i], s[plane + i], s[2 * plane + i]);
            s[i] = y;
            s[plane + i] = y;
            s[2 * plane + i] = y;
        }
        return RgbImage.fromPlanar(image.width(), image.height(), s);
    }

    /**
     * {@code true} if every known pixel of {@code image} (outside {@code mask}) has R, G and B within
     * {@link #TOLERANCE} of each other, and there is at least one.
     */
    public static boolean knownPixelsAreGrey(RgbImage image, Mask mask) {
        float[] s = image.toPlanar();
        int plane = image.pixelCount();
        boolean any = false;
        for (int i = 0; i < plane; i++) {
            if (mask.isHole(i)) {
                continue;
            }
            float r = s[i];
            float g = s[plane + i];
            float b = s[2 * plane + i];
            if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > TOLERANCE) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** {@code filled} with each hole pixel set to its luma; known pixels untouched, bit for bit. */
    public static RgbImage greyHoles(RgbImage filled, Mask mask) {
        float[] s = filled.toPlanar();
        int plane = filled.pixelCount();
        for (int i = 0; i < plane; i++) {
            if (mask.isHole(i)) {
                float y = luma(s[i], s[plane + i], s[2 * plane + i]);
                s[i] = y;
                s[plane + i] = y;
                s[2 * plane + i] = y;
            }
        }
        return RgbImage.fromPlanar(filled.width(), filled.height(), s);
    }

    /** ITU-R BT.601's luma of a pixel. */
    static float luma(float r, float g, float b) {
        return RED * r + GREEN * g + BLUE * b;
    }
}
