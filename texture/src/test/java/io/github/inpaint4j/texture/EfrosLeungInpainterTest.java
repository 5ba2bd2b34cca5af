package io.github.inpaint4j.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EfrosLeungInpainterTest extends InpainterContractTest {

    private static final EfrosLeungConfig CONFIG = EfrosLeungConfig.defaults().withThreads(2);

    @Override
    protected Inpainter inpainter() {
        return new EfrosLeungInpainter(CONFIG);
    }

    @Override
    protected Inpainter inpainterForTinyImages() {
        return new EfrosLeungInpainter(CONFIG.withWindow(3));
    }

    /**
     * In a periodic texture every window at distance 0 has the true value at its centre, so the
     * hole must be the pattern continued exactly: the filled image equals the undamaged one.
     */
    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void holeInStripesContinuesThePeriodExactly(SearchMode search) {
        RgbImage stripes = SyntheticImages.stripes(60, 44, 6);
        Mask hole = Mask.fromRectangles(60, 44, new Rect(24, 16, 13, 11));
        RgbImage out = new EfrosLeungInpainter(CONFIG.withSearch(search)).inpaint(stripes, hole);
        assertEquals(0, TextureAssertions.holePixelsDiffering(stripes, hole, out));
    }

    /**
     * On a 600×500 picture searched whole, the coarse-to-fine search has about 290,000 candidates
     * and takes a third level; the period is still continued exactly.
     */
    @Test
    void theFastSearchOnALargePictureContinuesThePeriodExactly() {
        RgbImage stripes = SyntheticImages.stripes(600, 500, 6);
        Mask hole = Mask.fromRectangles(600, 500, new Rect(300, 240, 10, 10));
        RgbImage out = new EfrosLeungInpainter(CONFIG.withSearch(SearchMode.FAST)
                .withContext(ExemplarContext.WHOLE_PICTURE)).inpaint(stripes, hole);
        assertEquals(0, TextureAssertions.holePixelsDiffering(stripes, hole, out));
    }

    @Test
    void holeInACheckerboardContinuesBothPeriods() {
        RgbImage board = SyntheticImages.checkerboard(56, 56, 4);
        Mask hole = Mask.fromRectangles(56, 56, new Rect(21, 19, 12, 14));
        RgbImage out = new EfrosLeungInpainter(CONFIG.withWindow(9)).inpaint(board, hole);
        assertEquals(0, TextureAssertions.holePixelsDiffering(board, hole, out));
    }

    /**
     * The output of every variant is the same for 1, 2 and 3 threads. The inputs are big enough for
     * the search to be split: about 3,000 candidates × 60 known offsets per search, above
     * {@code CandidateScan.PARALLEL_MIN_TERMS} (65,536).
     */
    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void outputDoesNotDependOnTheThreadCount(SearchMode search) {
        RgbImage noise = SyntheticImages.noise(72, 64, 21);
        Mask hole = Mask.fromRectangles(72, 64, new Rect(30, 26, 9, 8));
        for (EfrosLeungConfig config : new EfrosLeungConfig[] {CONFIG.withSearch(search),
                CONFIG.withSearch(search).withDistance(WindowDistance.NORMALISED_SSD)
                        .withChoice(CandidateChoice.WEIGHTED).withEpsilon(0.5)}) {
            RgbImage one = new EfrosLeungInpainter(config.withThreads(1)).inpaint(noise, hole);
            assertEquals(one, new EfrosLeungInpainter(config.withThreads(2)).inpaint(noise, hole), config.toString());
            assertEquals(one, new EfrosLeungInpainter(config.withThreads(3)).inpaint(noise, hole), config.toString());
        }
    }

    @Test
    void theSeedDecidesTheRandomChoices() {
        RgbImage noise = SyntheticImages.noise(40, 40, 3);
        Mask hole = Mask.fromRectangles(40, 40, new Rect(15, 15, 8, 8));
        EfrosLeungConfig wide = CONFIG.withWindow(5).withEpsilon(2);
        RgbImage a = new EfrosLeungInpainter(wide.withSeed(1)).inpaint(noise, hole);
        assertEquals(a, new EfrosLeungInpainter(wide.withSeed(1)).inpaint(noise, hole));
        assertNotEquals(a, new EfrosLeungInpainter(wide.withSeed(2)).inpaint(noise, hole));
    }

    @Test
    void everyFilledPixelIsCopiedFromTheKnownRegion() {
        RgbImage noise = SyntheticImages.noise(36, 30, 4);
        Mask hole = Mask.fromRectangles(36, 30, new Rect(12, 10, 9, 7));
        RgbImage out = new EfrosLeungInpainter(CONFIG.withWindow(5)).inpaint(noise, hole);
        for (int y = 10; y < 17; y++) {
            for (int x = 12; x < 21; x++) {
                assertTrue(appearsOutsideHole(noise, hole, out, x, y), "pixel " + x + "," + y + " not copied");
            }
        }
    }

    @Test
    void aSeparateSampleIsTheSourceOfCandidates() {
        RgbImage picture = SyntheticImages.stripes(40, 30, 6);
        RgbImage sample = SyntheticImages.stripes(17, 15, 6);
        Mask hole = Mask.fromRectangles(40, 30, new Rect(14, 10, 10, 9));
        EfrosLeungInpainter fromSample = new EfrosLeungInpainter(CONFIG.withWindow(7), sample);
        assertEquals(0, TextureAssertions.holePixelsDiffering(picture, hole, fromSample.inpaint(picture, hole)));

        RgbImage plain = RgbImage.filled(12, 12, 0.2f, 0.6f, 0.4f);
        RgbImage filled = new EfrosLeungInpainter(CONFIG.withWindow(7), plain).inpaint(picture, hole);
        assertEquals(0.6f, filled.get(18, 14, 1), "the hole takes the sample's colour");
        InpainterContractTest.assertKnownPixelsUnchanged(picture, hole, filled);
    }

    /**
     * Black sample, white image: every distance is 3, far above MaxErrThreshold 0.3, so the
     * threshold must be relaxed until the hole can be filled.
     */
    @Test
    void theErrorThresholdIsRelaxedWhenNothingMatches() {
        RgbImage white = RgbImage.filled(20, 20, 1, 1, 1);
        RgbImage black = RgbImage.filled(9, 9, 0, 0, 0);
        Mask hole = Mask.fromRectangles(20, 20, new Rect(8, 8, 4, 4));
        RgbImage out = new EfrosLeungInpainter(CONFIG.withWindow(5), black).inpaint(white, hole);
        assertEquals(0f, out.get(9, 9, 0));
        assertEquals(16 * 3, countBlackSamples(out));
    }

    @Test
    void candidateCountIsTheNumberOfCompleteWindows() {
        Mask onePixel = Mask.fromRectangles(20, 15, new Rect(10, 7, 1, 1));
        // 16 × 11 windows of 5×5 in a 20×15 image, less the 5 × 5 centres whose window holds (10, 7)
        assertEquals(16 * 11 - 25, new EfrosLeungInpainter(CONFIG.withWindow(5)).candidateCount(onePixel));
        assertEquals(8 * 5, new EfrosLeungInpainter(CONFIG.withWindow(5), RgbImage.filled(12, 9, 0, 0, 0))
                .candidateCount(onePixel));
    }

    @Test
    void sampleSmallerThanTheWindowIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EfrosLeungInpainter(CONFIG, RgbImage.filled(8, 20, 0, 0, 0)));
        assertEquals("sample of 8×20 is smaller than the 11×11 window", e.getMessage());
    }

    @Test
    void imageSmallerThanTheWindowIsRejected() {
        RgbImage small = SyntheticImages.noise(8, 8, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> inpainter().inpaint(small, Mask.fromRectangles(8, 8, new Rect(3, 3, 1, 1))));
        assertTrue(e.getMessage().startsWith("no complete 11×11 window of known pixels in the 8×8 image"),
                e.getMessage());
    }

    @Test
    void holesLeavingNoCompleteWindowAreRejected() {
        // a hole pixel every 6 columns and rows: each 11×11 window holds one
        boolean[] holes = new boolean[30 * 30];
        for (int y = 0; y < 30; y += 6) {
            for (int x = 0; x < 30; x += 6) {
                holes[y * 30 + x] = true;
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> inpainter().inpaint(SyntheticImages.noise(30, 30, 2), Mask.of(30, 30, holes)));
        assertTrue(e.getMessage().contains("no complete 11×11 window") && e.getMessage().contains("25 hole pixels"),
                e.getMessage());
    }

    private static boolean appearsOutsideHole(RgbImage in, Mask hole, RgbImage out, int x, int y) {
        for (int yy = 0; yy < in.height(); yy++) {
            for (int xx = 0; xx < in.width(); xx++) {
                if (!hole.isHole(xx, yy) && TextureAssertions.samePixel(in, out, xx, yy)
                        && in.get(xx, yy, 0) == out.get(x, y, 0) && in.get(xx, yy, 1) == out.get(x, y, 1)
                        && in.get(xx, yy, 2) == out.get(x, y, 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int countBlackSamples(RgbImage image) {
        int n = 0;
        for (float v : image.toPlanar()) {
            if (v == 0f) {
                n++;
            }
        }
        return n;
    }
}
