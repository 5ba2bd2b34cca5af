package io.github.inpaint4j.texture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.texture.CriminisiConfig;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.ExemplarContext;
import io.github.inpaint4j.texture.SearchMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The context regions of Criminisi and Efros–Leung on a 600×500 picture (300,000 pixels) with a
 * 10×10 hole at (200, 150) and windows of 9. Candidate counts by hand: a region of r × s pixels
 * holds (r − 8)(s − 8) complete windows, less the 18² = 324 that meet the hole.
 */
class ExemplarRegionsTest {

    private static final int W = 600;
    private static final int H = 500;
    private static final Rect HOLE = new Rect(200, 150, 10, 10);
    private static final int WINDOW = 9;
    private static final SearchWork.Model CRIMINISI = SearchWork.criminisi(WINDOW);

    private static Mask hole() {
        return Mask.fromRectangles(W, H, HOLE);
    }

    @Test
    void aMarginGivesTheHolesBoxGrownByIt() {
        ExemplarRegions regions = ExemplarRegions.of(hole(), null, WINDOW, 30, CRIMINISI);
        assertEquals(List.of(new Rect(170, 120, 70, 70)), regions.regions());
        assertEquals(62L * 62 - 324, regions.candidates(0));
        assertEquals(100, regions.holes(0));
        assertEquals(CRIMINISI.of(100, 62L * 62 - 324), regions.work(CRIMINISI));
    }

    /** Filling 100 pixels from the whole picture fits the budget by far: the automatic context is all of it. */
    @Test
    void theAutomaticContextIsTheWholePictureWhenItsWorkFits() {
        for (int context : new int[] {ExemplarContext.AUTO, ExemplarContext.WHOLE_PICTURE}) {
            ExemplarRegions regions = ExemplarRegions.of(hole(), null, WINDOW, context, CRIMINISI);
            assertEquals(List.of(new Rect(0, 0, W, H)), regions.regions());
            assertEquals(592L * 492 - 324, regions.candidates(0));
        }
    }

    /**
     * A search costing 125,000 per hole pixel and candidate lets 100 hole pixels have 20,000
     * candidates: margin m gives (2m + 2)² − 324 of them, at most 20,000 for m ≤ 70 (19,840; 71
     * gives 20,412).
     */
    @Test
    void theAutomaticMarginIsTheWidestWhoseWorkFitsTheBudget() {
        double perComparison = ExemplarRegions.AUTO_BUDGET / (100 * 20_000.0);
        SearchWork.Model costly = (holes, candidates) -> holes * candidates * perComparison;
        ExemplarRegions regions = ExemplarRegions.of(hole(), null, WINDOW, ExemplarContext.AUTO, costly);
        assertEquals(List.of(HOLE.expand(70, W, H)), regions.regions());
        assertEquals(142L * 142 - 324, regions.candidates(0));
        assertTrue(regions.work(costly) <= ExemplarRegions.AUTO_BUDGET);
        assertTrue(costly.of(100, 144L * 144 - 324) > ExemplarRegions.AUTO_BUDGET);
    }

    /**
     * However costly the search, the automatic margin is at least three windows wide; a region that
     * costs more than its share even so is over budget, one that fits is not, and a margin chosen by
     * the user has no budget.
     */
    @Test
    void theAutomaticMarginIsAtLeastThreeWindows() {
        SearchWork.Model hopeless = (holes, candidates) -> 1e30 * holes * candidates;
        ExemplarRegions regions = ExemplarRegions.of(hole(), null, WINDOW, ExemplarContext.AUTO, hopeless);
        assertEquals(List.of(HOLE.expand(ExemplarRegions.MIN_MARGIN_WINDOWS * WINDOW, W, H)), regions.regions());
        assertTrue(regions.overBudget(0));
        assertTrue(regions.toString().contains("over budget"), regions.toString());
        assertFalse(ExemplarRegions.of(hole(), null, WINDOW, ExemplarContext.AUTO, CRIMINISI).overBudget(0));
        assertFalse(ExemplarRegions.of(hole(), null, WINDOW, 30, hopeless).overBudget(0));
        assertFalse(ExemplarRegions.of(hole(), null, WINDOW, ExemplarContext.WHOLE_PICTURE, hopeless).overBudget(0));
    }

    /**
     * Of two holes, only the one whose narrowest region costs more than its share is over budget:
     * the work of the other is the model's, the over-budget one's the coarser search's.
     */
    @Test
    void onlyTheHoleThatCannotFitIsOverBudget() {
        Mask two = Mask.fromRectangles(W, H, new Rect(400, 40, 10, 10), new Rect(100, 300, 60, 60));
        // 100 + 3,600 hole pixels; costs grow with the square of a hole's pixels
        SearchWork.Model quadratic = (holes, candidates) -> holes * holes * 1e3 * candidates;
        ExemplarRegions regions = ExemplarRegions.of(two, null, WINDOW, ExemplarContext.AUTO, quadratic, 2.5e12);
        assertEquals(2, regions.regions().size());
        assertFalse(regions.overBudget(0), regions.toString());
        assertTrue(regions.overBudget(1), regions.toString());
        SearchWork.Model coarse = (holes, candidates) -> 1;
        assertEquals(quadratic.of(regions.holes(0), regions.candidates(0)) + 1, regions.work(quadratic, coarse));
    }

    /**
     * A region over a budget made small for the test is filled at a coarser level first — Criminisi
     * coarse to fine, fast Efros–Leung on a deep pyramid (window 5 stops at two standard levels on
     * the 190,000 candidates inside this frame-shaped hole; the deep pyramid adds a third, of 3×3
     * windows of 4×4 blocks) — completely, without touching a known pixel, and with the same result
     * for 1, 2 and 3 threads.
     */
    @Test
    void aRegionOverBudgetIsSearchedAtACoarserLevelTheSameForAnyThreadCount() {
        int w = 480;
        int h = 440;
        int window = 5;
        Mask hole = Mask.fromRectangles(w, h, new Rect(10, 10, 460, 2), new Rect(10, 428, 460, 2),
                new Rect(10, 10, 2, 420), new Rect(468, 10, 2, 420));
        ExemplarRegions regions = ExemplarRegions.of(hole, null, window, ExemplarContext.AUTO,
                SearchWork.criminisi(window), 1e3);
        assertTrue(regions.overBudget(0), regions.toString());
        WorkingImage picture = WorkingImage.of(SyntheticImages.stripes(w, h, 7), hole);
        CandidateWindows candidates = CandidateWindows.in(picture, window);
        assertEquals(2, CoarseToFineSearch.pyramid(candidates, window, CoarseToFineSearch.Depth.STANDARD).length);
        assertEquals(3, CoarseToFineSearch.pyramid(candidates, window, CoarseToFineSearch.Depth.DEEP).length);
        for (String method : List.of("criminisi", "efros-leung-fast")) {
            List<WorkingImage> results = new ArrayList<>();
            for (int threads = 1; threads <= 3; threads++) {
                WorkingImage image = WorkingImage.of(SyntheticImages.stripes(w, h, 7), hole);
                regions.fill(image, threads, p -> { }, CancellationToken.NONE,
                        (part, source, pool, filled, overBudget) -> {
                            assertTrue(overBudget);
                            if (method.equals("criminisi")) {
                                CriminisiFill.run(part, source, CriminisiConfig.defaults().withPatch(window), pool,
                                        filled, CancellationToken.NONE, true);
                            } else {
                                EfrosLeungFill.run(part, source, EfrosLeungConfig.defaults().withWindow(window)
                                        .withSearch(SearchMode.FAST), new SplittableRandom(3), pool, filled,
                                        CancellationToken.NONE, true);
                            }
                        });
                assertEquals(0, image.unknownCount(), method);
                WorkingImage original = WorkingImage.of(SyntheticImages.stripes(w, h, 7), hole);
                for (int i = 0; i < w * h; i++) {
                    if (!hole.isHole(i)) {
                        assertEquals(original.sample(i, 1), image.sample(i, 1), method + " pixel " + i);
                    }
                }
                results.add(image);
            }
            assertEquals(results.get(0).toImage(), results.get(1).toImage(), method + ": 1 and 2 threads");
            assertEquals(results.get(0).toImage(), results.get(2).toImage(), method + ": 1 and 3 threads");
        }
    }

    /**
     * The source mask x < 205 and the region of margin 30 combine: centres x in [174, 200], y in
     * [124, 185] (27 × 62), less those whose window meets the hole (x in [196, 200], y in
     * [146, 163]: 5 × 18).
     */
    @Test
    void theRegionAndTheSourceMaskCombine() {
        Mask left = Mask.fromRectangles(W, H, new Rect(0, 0, 205, H));
        ExemplarRegions regions = ExemplarRegions.of(hole(), left, WINDOW, 30, CRIMINISI);
        assertEquals(27L * 62 - 5 * 18, regions.candidates(0));
        assertTrue(regions.hasSource());
    }

    /** Two holes far apart get a region each, in row-major order, each with its own candidates. */
    @Test
    void holesFarApartAreFilledInRegionsOfTheirOwn() {
        Mask two = Mask.fromRectangles(W, H, new Rect(400, 40, 10, 10), HOLE);
        ExemplarRegions regions = ExemplarRegions.of(two, null, WINDOW, 30, CRIMINISI);
        assertEquals(List.of(new Rect(370, 10, 70, 70), new Rect(170, 120, 70, 70)), regions.regions());
        assertEquals(100, regions.holes(1));
        assertEquals(2 * CRIMINISI.of(100, 62L * 62 - 324), regions.work(CRIMINISI), 1e-3);
    }

    /**
     * The large-picture path of both methods: each region is filled in a crop of its own size from
     * the region's candidates only — 3,520 scanned per search instead of the picture's 290,940 —
     * and the result is pasted back, known pixels untouched.
     */
    @Test
    void eachRegionIsFilledInItsCropFromItsOwnCandidates() {
        for (String method : List.of("criminisi", "efros-leung", "efros-leung-fast")) {
            Mask hole = hole();
            WorkingImage image = WorkingImage.of(SyntheticImages.noise(W, H, 3), hole);
            ExemplarRegions regions = ExemplarRegions.of(hole, null, WINDOW, 30, CRIMINISI);
            List<long[]> seen = new ArrayList<>();
            List<Double> progress = new ArrayList<>();
            regions.fill(image, 2, progress::add, CancellationToken.NONE, (part, source, pool, filled, overBudget) -> {
                assertFalse(overBudget, "a margin chosen by the user has no budget");
                seen.add(new long[] {part.width(), part.height(), source.count()});
                if (method.equals("criminisi")) {
                    CriminisiFill.run(part, source, CriminisiConfig.defaults().withPatch(WINDOW), pool, filled,
                            CancellationToken.NONE, overBudget);
                } else {
                    EfrosLeungConfig config = EfrosLeungConfig.defaults().withWindow(WINDOW).withSearch(
                            method.equals("efros-leung") ? SearchMode.EXACT : SearchMode.FAST);
                    EfrosLeungFill.run(part, source, config, new SplittableRandom(1), pool, filled,
                            CancellationToken.NONE, overBudget);
                }
            });
            assertEquals(1, seen.size(), method);
            assertEquals(List.of(70L, 70L, 62L * 62 - 324), List.of(seen.get(0)[0], seen.get(0)[1], seen.get(0)[2]),
                    method);
            assertEquals(0, image.unknownCount(), method);
            assertEquals(1.0, progress.get(progress.size() - 1), method);
            WorkingImage original = WorkingImage.of(SyntheticImages.noise(W, H, 3), hole);
            for (int i = 0; i < W * H; i++) {
                if (!hole.isHole(i)) {
                    for (int c = 0; c < 3; c++) {
                        assertEquals(original.sample(i, c), image.sample(i, c), method + " pixel " + i);
                    }
                }
            }
        }
    }
}
