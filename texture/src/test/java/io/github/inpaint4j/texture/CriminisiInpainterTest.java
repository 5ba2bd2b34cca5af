package io.github.inpaint4j.texture;

import io.github.inpaint4j.Threads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import org.junit.jupiter.api.Test;

class CriminisiInpainterTest extends InpainterContractTest {

    private static final CriminisiConfig CONFIG = CriminisiConfig.defaults().withThreads(2);

    @Override
    protected Inpainter inpainter() {
        return new CriminisiInpainter(CONFIG);
    }

    @Override
    protected Inpainter inpainterForTinyImages() {
        return new CriminisiInpainter(CONFIG.withPatch(3));
    }

    /** A periodic texture has exemplars at SSD 0 that continue the period exactly. */
    @Test
    void holeInStripesContinuesThePeriodExactly() {
        RgbImage stripes = SyntheticImages.stripes(64, 48, 6);
        Mask hole = Mask.fromRectangles(64, 48, new Rect(25, 17, 14, 12));
        RgbImage out = inpainter().inpaint(stripes, hole);
        assertEquals(0, TextureAssertions.holePixelsDiffering(stripes, hole, out));
    }

    @Test
    void holeInACheckerboardContinuesBothPeriods() {
        RgbImage board = SyntheticImages.checkerboard(60, 60, 5);
        Mask hole = Mask.fromRectangles(60, 60, new Rect(22, 20, 15, 13), new Rect(50, 0, 10, 6));
        RgbImage out = new CriminisiInpainter(CONFIG.withPatch(11)).inpaint(board, hole);
        assertEquals(0, TextureAssertions.holePixelsDiffering(board, hole, out));
    }

    /**
     * Same output for 1, 2 and 3 threads; about 5,000 candidates × 40 known offsets per search,
     * enough to split it.
     */
    @Test
    void outputDoesNotDependOnTheThreadCount() {
        RgbImage noise = SyntheticImages.noise(80, 72, 5);
        Mask hole = Mask.fromRectangles(80, 72, new Rect(30, 30, 14, 10));
        for (CriminisiConfig config : new CriminisiConfig[] {CONFIG, CONFIG.withSearchRadius(12)}) {
            RgbImage one = new CriminisiInpainter(config.withThreads(1)).inpaint(noise, hole);
            assertEquals(one, new CriminisiInpainter(config.withThreads(2)).inpaint(noise, hole));
            assertEquals(one, new CriminisiInpainter(config.withThreads(3)).inpaint(noise, hole));
        }
    }

    /**
     * In a gradient every pixel has its own colour, which tells where a filled pixel was copied
     * from: with a search radius r, no further than r away in either direction.
     */
    @Test
    void searchRadiusKeepsExemplarsNearby() {
        int w = 90;
        int h = 80;
        RgbImage gradient = SyntheticImages.gradient(w, h);
        Mask hole = Mask.fromRectangles(w, h, new Rect(40, 35, 8, 8));
        int radius = 10;
        RgbImage out = new CriminisiInpainter(CONFIG.withSearchRadius(radius)).inpaint(gradient, hole);
        for (int y = 35; y < 43; y++) {
            for (int x = 40; x < 48; x++) {
                int[] from = origin(gradient, hole, out, x, y);
                assertTrue(Math.abs(from[0] - x) <= radius && Math.abs(from[1] - y) <= radius,
                        "pixel " + x + "," + y + " copied from " + from[0] + "," + from[1]);
            }
        }
    }

    /** A radius with no complete patch inside it grows until one is found. */
    @Test
    void tooSmallARadiusIsWidened() {
        RgbImage stripes = SyntheticImages.stripes(50, 40, 6);
        Mask hole = Mask.fromRectangles(50, 40, new Rect(15, 12, 20, 16));
        RgbImage out = new CriminisiInpainter(CONFIG.withSearchRadius(1)).inpaint(stripes, hole);
        assertEquals(0, TextureAssertions.holePixelsDiffering(stripes, hole, out));
    }

    @Test
    void noCompletePatchIsRejected() {
        RgbImage small = SyntheticImages.noise(8, 7, 1);
        EfrosLeungConfigTest.assertMessage("no complete 9×9 patch of known pixels in the 8×7 image with 1 hole pixels:"
                + " the known region must hold at least one patch without hole pixels (use a smaller patch)",
                () -> inpainter().inpaint(small, Mask.fromRectangles(8, 7, new Rect(2, 2, 1, 1))));
    }

    @Test
    void configIsValidated() {
        CriminisiConfig c = CriminisiConfig.defaults();
        assertEquals(9, c.patch());
        assertEquals(CriminisiConfig.UNLIMITED, c.searchRadius());
        assertEquals(Runtime.getRuntime().availableProcessors(), c.threads());
        assertEquals(CriminisiConfig.builder().patch(5).searchRadius(20).threads(2).build(), c.withPatch(5).withSearchRadius(20).withThreads(2));
        EfrosLeungConfigTest.assertMessage("patch must be odd and >= 3, got 8", () -> c.withPatch(8));
        EfrosLeungConfigTest.assertMessage("patch must be odd and >= 3, got 1", () -> c.withPatch(1));
        EfrosLeungConfigTest.assertMessage("search-radius must be >= 0 (0: the whole picture), got -1",
                () -> c.withSearchRadius(-1));
        EfrosLeungConfigTest.assertMessage("threads must be in [1, " + Threads.max() + "] (4 × the " + Threads.available() + " available processors, at least 8), got 0", () -> c.withThreads(0));
    }

    /** Where the gradient has the colour of {@code out} at {@code (x, y)}, among its known pixels. */
    private static int[] origin(RgbImage gradient, Mask hole, RgbImage out, int x, int y) {
        for (int yy = 0; yy < gradient.height(); yy++) {
            for (int xx = 0; xx < gradient.width(); xx++) {
                if (!hole.isHole(xx, yy) && gradient.get(xx, yy, 0) == out.get(x, y, 0)
                        && gradient.get(xx, yy, 1) == out.get(x, y, 1)) {
                    return new int[] {xx, yy};
                }
            }
        }
        throw new AssertionError("pixel " + x + "," + y + " has a colour found nowhere in the known region");
    }
}
