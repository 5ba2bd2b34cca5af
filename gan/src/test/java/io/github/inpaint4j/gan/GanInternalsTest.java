package io.github.inpaint4j.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.gan.internal.HoleWindows;
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
        int[] depth = HoleWindows.depth(Mask.fromRectangles(5, 5, new Rect(0, 0, 5, 4)));
        assertEquals(List.of(4, 3, 2, 1, 0), java.util.stream.IntStream.of(0, 5, 10, 15, 20).map(i -> depth[i])
                .boxed().toList());
    }
}
