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
        List<HoleWindows.Window> windows = HoleWindows.plan(mask, 16, 4);
        assertEquals(2, windows.size(), "the two small holes share one window");
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
        List<HoleWindows.Window> windows = HoleWindows.plan(mask, 16, 4);
        assertEquals(List.of(new Rect(0, 0, 10, 7)), windows.stream().map(HoleWindows.Window::area).toList());
    }
}
