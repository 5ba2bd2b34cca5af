package io.github.inpaint4j.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import org.junit.jupiter.api.Test;

class TextureFidelityTest {

    /** A gray image whose row y, channel c, column x holds {@code values[y][x]} in every channel. */
    private static RgbImage gray(float[][] values) {
        int h = values.length;
        int w = values[0].length;
        float[] rgb = new float[3 * w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    rgb[3 * (y * w + x) + c] = values[y][x];
                }
            }
        }
        return RgbImage.fromInterleaved(w, h, rgb);
    }

    @Test
    void meanGradientByHand() {
        RgbImage image = gray(new float[][] {
            {0.0f, 0.5f, 0.5f},
            {0.25f, 0.5f, 1.0f},
        });
        Mask hole = Mask.fromRectangles(3, 2, new Rect(0, 0, 2, 1)); // pixels (0,0) and (1,0)
        // (0,0): dx = 0.5, dy = 0.25 → sqrt(0.25 + 0.0625) = 0.5590...; gray, so the channel mean is the same
        // (1,0): dx = 0,   dy = 0    → 0
        double expected = (Math.sqrt(0.25 + 0.0625) + 0) / 2;
        assertEquals(expected, TextureFidelity.meanGradient(image, hole), 1e-7);
    }

    @Test
    void differencesLeavingThePictureCountZero() {
        RgbImage image = gray(new float[][] {{0.0f, 1.0f}, {0.0f, 0.0f}});
        // (1,1) is the last pixel: both its differences leave the picture
        assertEquals(0, TextureFidelity.meanGradient(image, Mask.fromRectangles(2, 2, new Rect(1, 1, 1, 1))));
        // (1,0): dx leaves the picture, dy = 0 − 1
        assertEquals(1, TextureFidelity.meanGradient(image, Mask.fromRectangles(2, 2, new Rect(1, 0, 1, 1))), 1e-7);
    }

    @Test
    void channelsAreAveragedInsideTheRoot() {
        // one pixel with a red step of 0.6 to its right, green and blue flat: sqrt(0.36 / 3)
        float[] planar = new float[3 * 2];
        planar[1] = 0.6f;
        RgbImage image = RgbImage.fromPlanar(2, 1, planar);
        assertEquals(Math.sqrt(0.36 / 3), TextureFidelity.meanGradient(image, Mask.fromRectangles(2, 1, new Rect(0, 0, 1, 1))),
                1e-7);
    }

    @Test
    void ratioOfFilledToOriginal() {
        RgbImage original = gray(new float[][] {{0.0f, 1.0f, 0.0f, 1.0f}, {1.0f, 0.0f, 1.0f, 0.0f}});
        RgbImage halfContrast = gray(new float[][] {{0.25f, 0.75f, 0.25f, 0.75f}, {0.75f, 0.25f, 0.75f, 0.25f}});
        RgbImage flat = RgbImage.filled(4, 2, 0.5f, 0.5f, 0.5f);
        Mask hole = Mask.fromRectangles(4, 2, new Rect(1, 0, 2, 2));
        assertEquals(1.0, TextureFidelity.of(original, original, hole), 1e-12);
        assertEquals(0.5, TextureFidelity.of(original, halfContrast, hole), 1e-6);
        assertEquals(0.0, TextureFidelity.of(original, flat, hole));
        // a flat truth has no detail to keep: undefined
        assertTrue(Double.isNaN(TextureFidelity.of(flat, original, hole)));
    }

    @Test
    void needsAHoleAndMatchingSizes() {
        RgbImage a = RgbImage.filled(4, 4, 0, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextureFidelity.of(a, a, Mask.empty(4, 4)));
        assertTrue(e.getMessage().contains("no hole"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TextureFidelity.of(a, RgbImage.filled(4, 5, 0, 0, 0), Mask.full(4, 4)));
        assertThrows(IllegalArgumentException.class, () -> TextureFidelity.of(a, a, Mask.full(3, 4)));
    }
}
