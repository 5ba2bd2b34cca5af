package io.github.inpaint4j.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.internal.HoleWindows;
import io.github.inpaint4j.gan.internal.SmoothFill;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.util.List;
import org.junit.jupiter.api.Test;

class GanInternalsTest {

    @Test
    void windowsCoverEveryHolePixelOnceWithContext() {
        Mask mask = Mask.fromRectangles(100, 60, new Rect(2, 2, 3, 3), new Rect(8, 4, 2, 2), new Rect(60, 30, 30, 20));
        List<HoleWindows.Window> windows = HoleWindows.plan(mask, 16, 4, 16);
        assertEquals(2, windows.size(), "the two small holes share one window");
        assertEquals(List.of(1, 1), windows.stream().map(HoleWindows.Window::scale).toList());
        HoleWindows.Window small = windows.get(0);
        assertEquals(new Rect(0, 0, 16, 16), small.area());
        assertEquals(13, small.pixels().length);
        HoleWindows.Window big = windows.get(1);
        assertEquals(new Rect(56, 26, 38, 28), big.area(), "the hole plus 4 pixels on every side");
        int[] covered = new int[100 * 60];
        for (HoleWindows.Window w : windows) {
            for (int p : w.pixels()) {
                covered[p]++;
                assertTrue(w.area().contains(p % 100, p / 100));
            }
        }
        for (int i = 0; i < covered.length; i++) {
            assertEquals(mask.isHole(i) ? 1 : 0, covered[i], "pixel " + i);
        }
    }

    @Test
    void aWindowIsClippedToASmallPicture() {
        Mask mask = Mask.fromRectangles(10, 7, new Rect(9, 6, 1, 1));
        List<HoleWindows.Window> windows = HoleWindows.plan(mask, 16, 4, 4);
        assertEquals(List.of(new Rect(0, 0, 10, 7)), windows.stream().map(HoleWindows.Window::area).toList());
    }

    /** Depth = chessboard distance to the nearest known pixel; the scale halves it until the generator's reach. */
    @Test
    void deepHolesAreFilledCoarseAndThinOnesAtFullResolution() {
        // a 2 px scratch across the whole picture, and a 40×40 square: depth 1 and 20
        Mask mask = Mask.fromRectangles(200, 120, new Rect(0, 10, 200, 2), new Rect(100, 50, 40, 40));
        List<HoleWindows.Window> windows = HoleWindows.plan(mask, 32, 8, 8);
        assertEquals(2, windows.size());
        HoleWindows.Window scratch = windows.get(0);
        assertEquals(1, scratch.scale(), "however long, a thin hole needs no coarse pass");
        assertEquals(new Rect(0, 0, 200, 32), scratch.area());
        HoleWindows.Window square = windows.get(1);
        assertEquals(4, square.scale(), "depth 20 over reach 8: shrink 4× to depth 5");
        // at scale 4: the square plus 4 · 8 of context on each side, at least 4 · 32 = 128 (clipped to 120)
        assertEquals(new Rect(56, 0, 128, 120), square.area());
        assertEquals(1600, square.pixels().length);
        assertEquals(1, HoleWindows.scale(8, 8));
        assertEquals(2, HoleWindows.scale(9, 8));
        assertEquals(16, HoleWindows.scale(250, 16));
        assertEquals(4, HoleWindows.plan(Mask.fromRectangles(5, 5, new Rect(0, 0, 5, 4)), 1, 0, 100).get(0).depth(),
                "the top row is 4 rows from the known bottom row");
    }

    @Test
    void theSmoothFillKeepsKnownPixelsAndBlendsTheBorderIntoTheHole() {
        RgbImage flat = RgbImage.filled(20, 12, 0.25f, 0.5f, 0.75f);
        Mask hole = Mask.fromRectangles(20, 12, new Rect(5, 3, 9, 6));
        assertEquals(flat, SmoothFill.of(flat, hole), "a constant stays that constant");
        // left half black, right half white, a hole across the edge
        float[] s = new float[3 * 20 * 12];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 12; y++) {
                for (int x = 10; x < 20; x++) {
                    s[c * 240 + y * 20 + x] = 1f;
                }
            }
        }
        RgbImage edge = RgbImage.fromPlanar(20, 12, s);
        RgbImage filled = SmoothFill.of(edge, hole);
        io.github.inpaint4j.testing.InpainterContractTest.assertKnownPixelsUnchanged(edge, hole, filled);
        assertTrue(filled.get(5, 5, 0) < 0.3f && filled.get(13, 5, 0) > 0.7f,
                "each side of the hole takes the colour beside it: " + filled.get(5, 5, 0) + ", " + filled.get(13, 5, 0));
        assertTrue(filled.get(9, 5, 0) > 0.2f && filled.get(9, 5, 0) < 0.8f, "a blend in the middle");
        // a one-pixel hole in a horizontal ramp lands between its neighbours
        RgbImage ramp = SyntheticImages.gradient(16, 16);
        Mask dot = Mask.fromRectangles(16, 16, new Rect(8, 8, 1, 1));
        float v = SmoothFill.of(ramp, dot).get(8, 8, 0);
        float left = ramp.get(7, 8, 0);
        float right = ramp.get(9, 8, 0);
        assertTrue(v >= Math.min(left, right) - 0.02f && v <= Math.max(left, right) + 0.02f,
                v + " between " + left + " and " + right);
    }
}
