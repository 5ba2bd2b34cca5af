package io.github.inpaint4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The texture examples, each on a small input. */
class TextureExamplesTest {

    private static final EfrosLeungConfig CONFIG = EfrosLeungConfig.defaults().withThreads(2);

    @Test
    void objectRemovalContinuesTheBackground() {
        RgbImage stripes = SyntheticImages.stripes(48, 40, 6);
        Mask object = ObjectRemovalExample.disc(48, 40, 24, 20, 6);
        ObjectRemovalExample.Result result = ObjectRemovalExample.run(stripes, object, 5, 7);
        assertEquals(2, result.criminisi().size());
        for (RgbImage removed : result.criminisi()) {
            assertEquals(stripes, removed, "the stripes continue where the object was");
        }
        assertEquals(stripes, result.efrosLeung());
        assertEquals(1f, result.marked().get(24, 20, 0), "the object is painted white");
        assertEquals(113, object.holeCount(), "disc of radius 6");
    }

    /** Both patch methods continue stripes exactly; the montage is four zoomed panels with 4-pixel gaps. */
    @Test
    void criminisiAgainstPatchMatchMontage() {
        RgbImage stripes = SyntheticImages.stripes(48, 40, 6);
        Mask object = ObjectRemovalExample.capsule(48, 40, 14, 20, 30, 22, 5);
        ObjectRemovalExample.Comparison c = ObjectRemovalExample.compare(stripes, object);
        assertEquals(stripes, c.criminisi());
        assertEquals(stripes, c.patchMatch());
        assertEquals(1f, c.marked().get(22, 21, 0), "the object is painted white");
        RgbImage montage = ObjectRemovalExample.montage(stripes, c, new Rect(8, 10, 30, 20), 2);
        assertEquals(4 * 60 + 3 * 4, montage.width());
        assertEquals(40, montage.height());
        assertEquals(stripes.get(8, 10, 2), montage.get(0, 0, 2));
    }

    /** The large-hole row: before, the hole in magenta, unguided and guided PatchMatch, which both continue stripes. */
    @Test
    void largeHoleRowShowsBothPatchMatches() {
        RgbImage stripes = SyntheticImages.stripes(64, 48, 6);
        Mask hole = Mask.fromRectangles(64, 48, new Rect(20, 12, 24, 22));
        Rect region = new Rect(12, 6, 40, 34);
        RgbImage row = ObjectRemovalExample.largeHoleRow(stripes, hole, region);
        assertEquals(4 * 40 + 3 * 4, row.width());
        assertEquals(34, row.height());
        assertEquals(stripes.get(12, 6, 1), row.get(0, 0, 1));
        assertEquals(0f, row.get(44 + 20, 12, 1), "the hole is magenta");
        for (int panel = 2; panel < 4; panel++) {
            for (int y = 0; y < 34; y++) {
                for (int x = 0; x < 40; x++) {
                    assertEquals(stripes.get(12 + x, 6 + y, 0), row.get(panel * 44 + x, y, 0), 0.01f,
                            "panel " + panel + " at (" + x + ", " + y + ")");
                }
            }
        }
    }

    @Test
    void capsuleAndSpoonMasks() {
        Mask capsule = ObjectRemovalExample.capsule(20, 10, 5, 5, 14, 5, 2);
        // a 10×5 band plus the two half-discs of radius 2 at its ends: 2 × 4 more pixels
        assertEquals(10 * 5 + 2 * 4, capsule.holeCount());
        Mask spoon = ObjectRemovalExample.spoon();
        assertEquals(new Rect(139, 33, 68, 181), spoon.boundingBox().orElseThrow());
        assertTrue(spoon.isHole(170, 182) && spoon.isHole(195, 60) && !spoon.isHole(150, 60));
    }

    @Test
    void missionPatchMaskCoversADiscOnTheSleeve() {
        Mask patch = ObjectRemovalExample.missionPatch();
        assertEquals(new Rect(65, 170, 43, 43), patch.boundingBox().orElseThrow());
        assertTrue(patch.isHole(86, 191) && !patch.isHole(65, 170));
    }

    @Test
    void windowsExampleFillsAndGrowsOncePerWindow() {
        RgbImage stripes = SyntheticImages.stripes(30, 24, 6);
        Mask hole = Mask.fromRectangles(30, 24, new Rect(12, 9, 6, 6));
        List<RgbImage> filled = EfrosLeungWindowsExample.fillHole(stripes, hole, CONFIG, 3, 5);
        assertEquals(2, filled.size());
        for (RgbImage f : filled) {
            InpainterContractTest.assertKnownPixelsUnchanged(stripes, hole, f);
        }
        assertEquals(stripes, filled.get(1), "a 5×5 window sees the period of 6");
        List<RgbImage> grown = EfrosLeungWindowsExample.synthesize(stripes.crop(new Rect(0, 0, 16, 16)), 20, 12,
                CONFIG, 3, 7);
        assertEquals(2, grown.size());
        assertEquals(20, grown.get(0).width());
        assertEquals(12, grown.get(1).height());
        for (int x = 0; x + 6 < 20; x++) {
            assertEquals(grown.get(1).get(x, 5, 2), grown.get(1).get(x + 6, 5, 2), "period at column " + x);
        }
    }

    @Test
    void fastSearchComparisonMeasuresBothModes() {
        RgbImage stripes = SyntheticImages.stripes(40, 30, 6);
        Mask hole = Mask.fromRectangles(40, 30, new Rect(16, 11, 8, 8));
        FastSearchExample.Comparison c = FastSearchExample.compare(stripes, hole, CONFIG.withWindow(7), 2);
        assertEquals(2, c.exactPsnr().length);
        for (int s = 0; s < 2; s++) {
            assertEquals(Double.POSITIVE_INFINITY, c.exactPsnr()[s], "exact continuation");
            assertEquals(Double.POSITIVE_INFINITY, c.fastPsnr()[s], "exact continuation");
            assertTrue(c.exactSeconds()[s] > 0 && c.fastSeconds()[s] > 0);
        }
        assertEquals(2.0, FastSearchExample.Comparison.mean(new double[] {1, 3}));
    }

    @Test
    void zoomRepeatsPixels() {
        RgbImage noise = SyntheticImages.noise(3, 2, 1);
        RgbImage big = ExampleImages.zoom(noise, 3);
        assertEquals(9, big.width());
        assertEquals(6, big.height());
        assertEquals(noise.get(2, 1, 1), big.get(8, 5, 1));
        assertEquals(noise.get(1, 0, 0), big.get(4, 2, 0));
    }
}
