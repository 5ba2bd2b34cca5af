package io.github.inpaint4j.texture.internal;

import static io.github.inpaint4j.texture.internal.CoarseToFineSearch.Depth.DEEP;
import static io.github.inpaint4j.texture.internal.CoarseToFineSearch.Depth.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How many levels the coarse-to-fine search takes, and their windows. */
class CoarseToFineLevelsTest {

    /**
     * Window 11 (half 5): 5, 2, 1, 0 halves, so windows 11, 5, 3 — and 3 again on a deep pyramid's
     * extra levels, where the halving reaches 0.
     */
    @Test
    void eachLevelHalvesTheHalfWidth() {
        assertEquals(11, CoarseToFineSearch.windowAt(11, 0));
        assertEquals(5, CoarseToFineSearch.windowAt(11, 1));
        assertEquals(3, CoarseToFineSearch.windowAt(11, 2));
        assertEquals(3, CoarseToFineSearch.windowAt(11, 3));
        assertEquals(3, CoarseToFineSearch.windowAt(11, 4));
        assertEquals(5, CoarseToFineSearch.windowAt(21, 2));
        assertEquals(3, CoarseToFineSearch.windowAt(3, 0), "the full resolution keeps the window");
        assertFalse(CoarseToFineSearch.isExtraLevel(11, 2));
        assertTrue(CoarseToFineSearch.isExtraLevel(11, 3));
    }

    /**
     * Case A's 55,040 candidates keep two levels (13,760 at the coarsest); 290,000 take a third
     * (72,500 at half resolution is over 32,768); a 12-megapixel picture would take more, but
     * window 11 stops at three (a fourth level's window would be 1 wide) and window 21 at four.
     */
    @Test
    void aLargerPictureTakesMoreLevelsAsFarAsTheWindowAllows() {
        assertEquals(2, CoarseToFineSearch.levels(11, 55_040, STANDARD));
        assertEquals(2, CoarseToFineSearch.levels(11, 4 * CoarseToFineSearch.COARSEST_MAX, STANDARD));
        assertEquals(3, CoarseToFineSearch.levels(11, 4 * CoarseToFineSearch.COARSEST_MAX + 4, STANDARD));
        assertEquals(3, CoarseToFineSearch.levels(11, 12_000_000, STANDARD));
        assertEquals(4, CoarseToFineSearch.levels(21, 12_000_000, STANDARD));
        assertEquals(2, CoarseToFineSearch.levels(5, 12_000_000, STANDARD), "window 5: a third level would be 1 wide");
    }

    /**
     * A deep pyramid (a region over the work budget) goes on until the coarsest level holds at most
     * 32,768 candidates: the 588,320 of the 12-megapixel photo's 10 % hole take four levels with
     * window 11 (9,192 at the coarsest) where the standard pyramid stops at three (36,770); a
     * picture whose standard pyramid already ends there is unchanged.
     */
    @Test
    void aDeepPyramidGoesOnPastTheWindowsLimit() {
        assertEquals(3, CoarseToFineSearch.levels(11, 588_320, STANDARD));
        assertEquals(4, CoarseToFineSearch.levels(11, 588_320, DEEP));
        assertEquals(6, CoarseToFineSearch.levels(11, 12_000_000, DEEP));
        assertEquals(2, CoarseToFineSearch.levels(11, 55_040, DEEP));
        assertEquals(4, CoarseToFineSearch.levels(9, 566_680, DEEP));
    }
}
