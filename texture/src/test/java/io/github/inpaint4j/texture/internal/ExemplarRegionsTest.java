package io.github.inpaint4j.texture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** However costly the search, the automatic margin is at least three windows wide. */
    @Test
    void theAutomaticMarginIsAtLeastThreeWindows() {
        SearchWork.Model hopeless = (holes, candidates) -> 1e30 * holes * candidates;
        ExemplarRegions regions = ExemplarRegions.of(hole(), null, WINDOW, ExemplarContext.AUTO, hopeless);
        assertEquals(List.of(HOLE.expand(ExemplarRegions.MIN_MARGIN_WINDOWS * WINDOW, W, H)), regions.regions());
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
            regions.fill(image, 2, progress::add, CancellationToken.NONE, (part, source, pool, filled) -> {
                seen.add(new long[] {part.width(), part.height(), source.count()});
                if (method.equals("criminisi")) {
                    CriminisiFill.run(part, source, CriminisiConfig.defaults().withPatch(WINDOW), pool, filled,
                            CancellationToken.NONE);
                } else {
                    EfrosLeungConfig config = EfrosLeungConfig.defaults().withWindow(WINDOW).withSearch(
                            method.equals("efros-leung") ? SearchMode.EXACT : SearchMode.FAST);
                    EfrosLeungFill.run(part, source, config, new SplittableRandom(1), pool, filled,
                            CancellationToken.NONE);
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
