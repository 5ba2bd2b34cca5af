package io.github.inpaint4j.texture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How many levels the coarse-to-fine search takes, and their windows. */
class CoarseToFineLevelsTest {

    /** Window 11 (half 5): 5, 2, 1, 0 halves, so windows 11, 5, 3, 1. */
    @Test
    void eachLevelHalvesTheHalfWidth() {
        assertEquals(11, CoarseToFineSearch.windowAt(11, 0));
        assertEquals(5, CoarseToFineSearch.windowAt(11, 1));
        assertEquals(3, CoarseToFineSearch.windowAt(11, 2));
        assertEquals(1, CoarseToFineSearch.windowAt(11, 3));
        assertEquals(5, CoarseToFineSearch.windowAt(21, 2));
    }

    /**
     * Case A's 55,040 candidates keep two levels (13,760 at the coarsest); 290,000 take a third
     * (72,500 at half resolution is over 32,768); a 12-megapixel picture would take more, but
     * window 11 stops at three (a fourth level's window would be 1 wide) and window 21 at four.
     */
    @Test
    void aLargerPictureTakesMoreLevelsAsFarAsTheWindowAllows() {
        assertEquals(2, CoarseToFineSearch.levels(11, 55_040));
        assertEquals(2, CoarseToFineSearch.levels(11, 4 * CoarseToFineSearch.COARSEST_MAX));
        assertEquals(3, CoarseToFineSearch.levels(11, 4 * CoarseToFineSearch.COARSEST_MAX + 4));
        assertEquals(3, CoarseToFineSearch.levels(11, 12_000_000));
        assertEquals(4, CoarseToFineSearch.levels(21, 12_000_000));
        assertEquals(2, CoarseToFineSearch.levels(5, 12_000_000), "window 5: a third level would be 1 wide");
    }
}
