package io.github.inpaint4j.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

class PatchDistanceTest {

    private static final Mask HOLE = Mask.fromRectangles(64, 64, new Rect(20, 20, 24, 24));

    /** {@code image} with the hole's pixels taken from {@code source} shifted by (dx, dy). */
    private static RgbImage copyInto(RgbImage image, Mask mask, RgbImage source, int dx, int dy) {
        float[] s = image.toPlanar();
        float[] from = source.toPlanar();
        int w = image.width();
        int plane = image.pixelCount();
        for (int i = 0; i < plane; i++) {
            if (mask.isHole(i)) {
                int x = i % w + dx;
                int y = i / w + dy;
                for (int c = 0; c < 3; c++) {
                    s[c * plane + i] = from[c * plane + y * w + x];
                }
            }
        }
        return RgbImage.fromPlanar(w, image.height(), s);
    }

    @Test
    void identicalPatchSetsAreAtZero() {
        RgbImage noise = SyntheticImages.noise(64, 64, 3);
        assertEquals(0.0, PatchDistance.of(noise, noise, HOLE));
    }

    @Test
    void aShiftedCheckerboardHasTheSamePatchesExactly() {
        // Each fill patch is the opposite phase of the original's at that place; the 24×24 hole holds
        // as many patches of either phase, so the two sets are the same and the distance is 0.
        RgbImage board = SyntheticImages.checkerboard(64, 64, 1);
        RgbImage shifted = copyInto(board, Mask.fromRectangles(64, 64, new Rect(0, 0, 63, 64)), board, 1, 0);
        assertEquals(0.0, PatchDistance.of(board, shifted, HOLE));
    }

    @Test
    void aShiftedCopyOfATextureIsNearlyZeroAndAFlatFillIsFar() {
        RgbImage noise = SyntheticImages.noise(128, 128, 11);
        Mask hole = Mask.fromRectangles(128, 128, new Rect(16, 16, 40, 40));
        RgbImage copied = copyInto(noise, hole, noise, 60, 50);
        RgbImage flat = hole.paint(noise, 0.5f, 0.5f, 0.5f);
        double copy = PatchDistance.of(noise, copied, hole);
        double smooth = PatchDistance.of(noise, flat, hole);
        // same texture elsewhere: only the sampling noise of two sets of 1600 (overlapping) patches
        assertTrue(copy < 2, "copy " + copy);
        // flat grey where the truth is noise of standard deviation 0.29 per sample: far
        assertTrue(smooth > 10 * copy, copy + " vs " + smooth);
    }

    @Test
    void aConstantOffsetGivesItsExpectedProjection() {
        // P − Q = δ in every one of the 147 samples: |d·(P − Q)| = δ·|Σ_j d_j|, whose mean over unit
        // directions is δ·sqrt(147)·Γ(147/2) / (sqrt(π)·Γ(74)) ≈ 0.7966·δ (standard error over 256
        // directions about 0.038·δ, so a 15 % band is four of them).
        RgbImage dark = RgbImage.filled(32, 32, 0.2f, 0.2f, 0.2f);
        RgbImage light = RgbImage.filled(32, 32, 0.6f, 0.6f, 0.6f);
        Mask hole = Mask.fromRectangles(32, 32, new Rect(8, 8, 8, 8));
        double expected = 100 * 0.4 * 0.7966;
        double got = PatchDistance.of(dark, light, hole);
        assertEquals(expected, got, 0.15 * expected);
        // exactly symmetric in its two arguments for a single patch set each
        assertEquals(got, PatchDistance.of(light, dark, hole), 1e-9 * got);
    }

    @Test
    void blurNoiseAndColourCastsScoreAboveACopy() {
        RgbImage board = SyntheticImages.checkerboard(96, 96, 4);
        Mask hole = Mask.fromRectangles(96, 96, new Rect(30, 30, 32, 32));
        RgbImage copy = copyInto(board, hole, board, 8, 0);
        RgbImage cast = copyInto(tinted(board, 0.1f), hole, tinted(board, 0.1f), 8, 0);
        double exact = PatchDistance.of(board, copy, hole);
        double tintedFill = PatchDistance.of(board, cast, hole);
        double noisy = PatchDistance.of(board, copyInto(board, hole, SyntheticImages.noise(96, 96, 5), 0, 0), hole);
        assertTrue(exact < 1e-6, "a shift by a whole period: " + exact);
        // +0.1 on the 49 red samples: about 100 · 0.1 · 7 · 0.066 ≈ 4.6
        assertTrue(tintedFill > 2, "cast " + tintedFill);
        assertTrue(noisy > tintedFill, "noise " + noisy + ", cast " + tintedFill);
    }

    private static RgbImage tinted(RgbImage image, float red) {
        float[] s = image.toPlanar();
        for (int i = 0; i < image.pixelCount(); i++) {
            s[i] = Math.min(1f, s[i] + red);
        }
        return RgbImage.fromPlanar(image.width(), image.height(), s);
    }

    @Test
    void reflectPaddingMirrorsWithoutRepeatingTheEdge() {
        assertEquals(1, PatchDistance.reflect(-1, 5));
        assertEquals(3, PatchDistance.reflect(-3, 5));
        assertEquals(3, PatchDistance.reflect(5, 5));
        assertEquals(2, PatchDistance.reflect(6, 5));
        assertEquals(2, PatchDistance.reflect(-6, 5));
        assertEquals(0, PatchDistance.reflect(-3, 1));
        assertEquals(1, PatchDistance.reflect(-1, 2));
    }

    @Test
    void largeHolesAreMeasuredOnAFixedSample() {
        Mask big = Mask.fromRectangles(300, 200, new Rect(10, 10, 280, 180));
        int[] a = PatchDistance.measuredPixels(big);
        assertEquals(PatchDistance.MAX_PATCHES, a.length);
        assertArrayEquals(a, PatchDistance.measuredPixels(big));
        for (int k = 0; k < a.length; k++) {
            assertTrue(big.isHole(a[k]));
            assertTrue(k == 0 || a[k] > a[k - 1], "sorted, without repeats");
        }
        assertEquals(HOLE.holeCount(), PatchDistance.measuredPixels(HOLE).length);
    }

    @Test
    void aPreparedMeasureGivesWhatOneCallGives() {
        RgbImage noise = SyntheticImages.noise(64, 64, 2);
        RgbImage flat = HOLE.paint(noise, 0.5f, 0.5f, 0.5f);
        PatchDistance measure = PatchDistance.against(noise, HOLE);
        assertEquals(PatchDistance.of(noise, flat, HOLE), measure.to(flat));
        assertEquals(0.0, measure.to(noise));
    }

    @Test
    void badInputIsRefused() {
        RgbImage a = RgbImage.filled(16, 16, 0, 0, 0);
        assertThrows(IllegalArgumentException.class, () -> PatchDistance.of(a, a, Mask.empty(16, 16)));
        assertThrows(IllegalArgumentException.class,
                () -> PatchDistance.of(a, RgbImage.filled(16, 8, 0, 0, 0), Mask.full(16, 16)));
        assertThrows(IllegalArgumentException.class, () -> PatchDistance.of(a, a, Mask.full(8, 16)));
    }
}
