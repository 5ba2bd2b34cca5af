package io.github.inpaint4j.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

class SeamMeasureTest {

    /** A grey ramp rising by {@code slope} per pixel from left to right. */
    private static RgbImage ramp(int w, int h, float slope) {
        float[] s = new float[3 * w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    s[c * w * h + y * w + x] = slope * x;
                }
            }
        }
        return RgbImage.fromPlanar(w, h, s);
    }

    @Test
    void thePerfectFillScoresOne() {
        RgbImage picture = SyntheticImages.noise(40, 30, 1);
        Mask hole = Mask.fromRectangles(40, 30, new Rect(10, 8, 12, 9));
        assertEquals(1.0, SeamMeasure.of(picture, picture, hole));
    }

    @Test
    void aStepOnOnePixelByHand() {
        // 7×7 ramp of slope 0.1, hole at (3, 3) filled 0.3 too bright. The band is the disc of radius 2
        // around it: 13 pixels, each of gradient 0.1 in the original. In the fill, (2, 3) sees the
        // step across (0.1 + 0.3), (3, 2) down (sqrt(0.1² + 0.3²)), and the hole pixel itself both
        // ways (sqrt((0.1 − 0.3)² + 0.3²)); the other 10 keep 0.1.
        RgbImage original = ramp(7, 7, 0.1f);
        Mask hole = Mask.fromRectangles(7, 7, new Rect(3, 3, 1, 1));
        float[] s = original.toPlanar();
        for (int c = 0; c < 3; c++) {
            s[c * 49 + 3 * 7 + 3] += 0.3f;
        }
        RgbImage filled = RgbImage.fromPlanar(7, 7, s);
        assertEquals(13, SeamMeasure.band(hole).holeCount());
        double expected = (10 * 0.1 + 0.4 + Math.sqrt(0.01 + 0.09) + Math.sqrt(0.04 + 0.09)) / (13 * 0.1);
        assertEquals(expected, SeamMeasure.of(original, filled, hole), 1e-6);
    }

    @Test
    void theBandLiesOnBothSidesOfTheBorderAndNotAlongThePicturesEdge() {
        Mask hole = Mask.fromRectangles(12, 12, new Rect(0, 2, 7, 6));
        Mask band = SeamMeasure.band(hole);
        // inside: hole pixels within 2 of a known one; the picture's left edge is no border
        assertTrue(band.isHole(0, 2) && band.isHole(0, 3) && band.isHole(5, 4) && band.isHole(3, 7));
        assertTrue(!band.isHole(0, 4) && !band.isHole(2, 5) && !band.isHole(4, 4));
        // outside: known pixels within 2 of the hole
        assertTrue(band.isHole(0, 0) && band.isHole(8, 4) && band.isHole(7, 1) && band.isHole(0, 9));
        assertTrue(!band.isHole(9, 4) && !band.isHole(8, 0) && !band.isHole(0, 10) && !band.isHole(11, 11));
        assertEquals(hole.dilate(2).holeCount() - hole.holeCount(), count(band, hole, false));
        assertEquals(hole.holeCount() - hole.invert().dilate(2).invert().holeCount(), count(band, hole, true));
    }

    private static int count(Mask band, Mask hole, boolean inHole) {
        int n = 0;
        for (int i = 0; i < band.pixelCount(); i++) {
            n += band.isHole(i) && hole.isHole(i) == inHole ? 1 : 0;
        }
        return n;
    }

    @Test
    void aFlatFillSmoothsTheBorderAndAFlatOriginalIsNaN() {
        RgbImage noise = SyntheticImages.noise(40, 40, 4);
        Mask hole = Mask.fromRectangles(40, 40, new Rect(10, 10, 20, 20));
        double flat = SeamMeasure.of(noise, hole.paint(noise, 0.5f, 0.5f, 0.5f), hole);
        assertTrue(flat < 0.9, "flat fill " + flat);
        RgbImage grey = RgbImage.filled(40, 40, 0.5f, 0.5f, 0.5f);
        assertTrue(Double.isNaN(SeamMeasure.of(grey, noise, hole)));
        assertTrue(Double.isNaN(SeamMeasure.of(noise, noise, Mask.full(40, 40))));
        assertThrows(IllegalArgumentException.class, () -> SeamMeasure.of(noise, noise, Mask.empty(40, 40)));
    }
}
