package io.github.inpaint4j.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CostEstimate;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The context region of Criminisi and Efros–Leung ({@link ExemplarContext}), on a gradient whose
 * every pixel has its own colour, so that each filled pixel tells where it was copied from.
 */
class ExemplarContextTest {

    /** A picture of about 300,000 pixels with a small hole: the large-picture path, kept fast. */
    private static final int W = 640;
    private static final int H = 480;
    private static final Rect HOLE = new Rect(300, 220, 12, 12);
    private static final int MARGIN = 24;

    static Stream<Arguments> methods() {
        Function<Integer, Inpainter> criminisi = context -> new CriminisiInpainter(
                CriminisiConfig.defaults().withThreads(2).withContext(context));
        Function<Integer, Inpainter> exact = context -> new EfrosLeungInpainter(
                EfrosLeungConfig.defaults().withThreads(2).withContext(context));
        Function<Integer, Inpainter> fast = context -> new EfrosLeungInpainter(EfrosLeungConfig.defaults()
                .withThreads(2).withSearch(SearchMode.FAST).withContext(context));
        return Stream.of(Arguments.of("criminisi", criminisi), Arguments.of("efros-leung", exact),
                Arguments.of("efros-leung --fast", fast));
    }

    /** A margin of 24 pixels: every filled pixel comes from the hole's box grown by 24, outside the hole. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void aMarginKeepsExemplarsAroundTheHole(String name, Function<Integer, Inpainter> method) {
        RgbImage gradient = SyntheticImages.gradient(W, H);
        Mask hole = Mask.fromRectangles(W, H, HOLE);
        RgbImage out = method.apply(MARGIN).inpaint(gradient, hole);
        InpainterContractTest.assertKnownPixelsUnchanged(gradient, hole, out);
        Rect region = HOLE.expand(MARGIN, W, H);
        for (int y = HOLE.y(); y < HOLE.endY(); y++) {
            for (int x = HOLE.x(); x < HOLE.endX(); x++) {
                int[] from = origin(gradient, out, x, y);
                assertTrue(region.contains(from[0], from[1]) && !hole.isHole(from[0], from[1]),
                        name + ": pixel " + x + "," + y + " copied from " + from[0] + "," + from[1]);
            }
        }
    }

    /**
     * The context and the source mask combine: with the source mask the left half of the picture,
     * exemplars come from the left half of the region.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void theContextCombinesWithTheSourceMask(String name, Function<Integer, Inpainter> method) {
        RgbImage gradient = SyntheticImages.gradient(W, H);
        Mask hole = Mask.fromRectangles(W, H, HOLE);
        Mask left = Mask.fromRectangles(W, H, new Rect(0, 0, HOLE.x(), H));
        Inpainter inpainter = method.apply(MARGIN);
        Inpainter restricted = inpainter instanceof CriminisiInpainter
                ? new CriminisiInpainter(CriminisiConfig.defaults().withThreads(2).withContext(MARGIN)
                        .withSourceMask(left))
                : new EfrosLeungInpainter(((EfrosLeungInpainter) inpainter).config().withSourceMask(left));
        RgbImage out = restricted.inpaint(gradient, hole);
        Rect region = HOLE.expand(MARGIN, W, H);
        for (int y = HOLE.y(); y < HOLE.endY(); y++) {
            for (int x = HOLE.x(); x < HOLE.endX(); x++) {
                int[] from = origin(gradient, out, x, y);
                assertTrue(region.contains(from[0], from[1]) && from[0] < HOLE.x(),
                        name + ": pixel " + x + "," + y + " copied from " + from[0] + "," + from[1]);
            }
        }
    }

    /**
     * On a small picture the automatic context is the whole picture: the output is bit for bit the
     * one of {@link ExemplarContext#WHOLE_PICTURE}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void theAutomaticContextOfASmallPictureIsTheWholePicture(String name, Function<Integer, Inpainter> method) {
        RgbImage noise = SyntheticImages.noise(80, 72, 5);
        Mask hole = Mask.fromRectangles(80, 72, new Rect(30, 30, 14, 10), new Rect(2, 60, 6, 6));
        assertEquals(method.apply(ExemplarContext.WHOLE_PICTURE).inpaint(noise, hole),
                method.apply(ExemplarContext.AUTO).inpaint(noise, hole), name);
    }

    /**
     * The exact search's estimate, by hand: a 32×32 picture with a 4×4 hole at (14, 14) and window
     * 5 has 28² = 784 complete windows less the 8² = 64 that meet the hole, 720 candidates; each of
     * the 16 hole pixels compares them all, at 0.5 · 25 known offsets + 4 per candidate.
     */
    @Test
    void theExactEfrosLeungEstimateCountsEveryComparison() {
        Mask hole = Mask.fromRectangles(32, 32, new Rect(14, 14, 4, 4));
        EfrosLeungInpainter exact = new EfrosLeungInpainter(EfrosLeungConfig.defaults().withWindow(5).withThreads(1));
        CostEstimate cost = exact.estimate(hole).orElseThrow();
        assertEquals(16.0 * 720 * (0.5 * 25 + 4), cost.operations(), 1e-6);
        assertEquals("pixel comparisons", cost.unit());
        assertEquals(cost.operations() / 4.7e9, cost.seconds(), 1e-15);
        assertTrue(cost.hint().contains("option fast"), cost.hint());
        assertEquals(16L * 720, exact.windowComparisons(hole));
        assertEquals(720, exact.candidateCount(hole));
    }

    /**
     * Criminisi's estimate, by hand: patch 5 fills about 0.35 · 25 pixels a step, so 16 hole pixels
     * take ⌈16 / 8.75⌉ = 2 scans of the 720 candidates at 0.65 · 25 + 4 per candidate.
     */
    @Test
    void theCriminisiEstimateCountsOneScanPerPatch() {
        Mask hole = Mask.fromRectangles(32, 32, new Rect(14, 14, 4, 4));
        CostEstimate cost = new CriminisiInpainter(CriminisiConfig.defaults().withPatch(5).withThreads(1))
                .estimate(hole).orElseThrow();
        assertEquals(2.0 * 720 * (0.65 * 25 + 4), cost.operations(), 1e-6);
        assertEquals(cost.operations() / 4.7e9, cost.seconds(), 1e-15);
    }

    /**
     * A search radius bounds the candidates of each scan to its square, (2r + 1)²; a radius larger than
     * the picture bounds nothing, up to the largest one (whose square overflowed a long once).
     */
    @Test
    void theCriminisiEstimateWithASearchRadius() {
        Mask hole = Mask.fromRectangles(32, 32, new Rect(14, 14, 4, 4));
        CriminisiConfig config = CriminisiConfig.defaults().withPatch(5).withThreads(1);
        assertEquals(2.0 * 49 * (0.65 * 25 + 4), new CriminisiInpainter(config.withSearchRadius(3))
                .estimate(hole).orElseThrow().operations(), 1e-6);
        double whole = new CriminisiInpainter(config).estimate(hole).orElseThrow().operations();
        for (int radius : new int[] {100, 46_341, 1 << 30, Integer.MAX_VALUE}) {
            assertEquals(whole, new CriminisiInpainter(config.withSearchRadius(radius)).estimate(hole).orElseThrow()
                    .operations(), 1e-6, "radius " + radius);
        }
    }

    /**
     * With a margin, the estimate counts the region's candidates only: the 4×4 hole grown by 6 is
     * 16×16, whose complete 5×5 windows are 12² = 144, less the 64 that meet the hole.
     */
    @Test
    void theEstimateCountsTheContextRegionOnly() {
        Mask hole = Mask.fromRectangles(32, 32, new Rect(14, 14, 4, 4));
        EfrosLeungInpainter exact = new EfrosLeungInpainter(EfrosLeungConfig.defaults().withWindow(5).withThreads(1)
                .withContext(6));
        assertEquals(16L * 80, exact.windowComparisons(hole));
        assertEquals(16.0 * 80 * (0.5 * 25 + 4), exact.estimate(hole).orElseThrow().operations(), 1e-6);
        assertEquals(720, exact.candidateCount(hole), "the candidate count is the whole picture's");
    }

    @Test
    void aBadContextIsRejectedNamingTheFieldAndTheValue() {
        EfrosLeungConfigTest.assertMessage("context must be >= -1 (-1: the whole picture, 0: automatic, or a margin in"
                + " pixels), got -2", () -> CriminisiConfig.defaults().withContext(-2));
        EfrosLeungConfigTest.assertMessage("context must be >= -1 (-1: the whole picture, 0: automatic, or a margin in"
                + " pixels), got -2", () -> EfrosLeungConfig.defaults().withContext(-2));
        assertEquals(ExemplarContext.AUTO, CriminisiConfig.defaults().context());
        assertEquals(ExemplarContext.AUTO, EfrosLeungConfig.defaults().context());
        assertEquals(7, EfrosLeungConfig.defaults().withContext(7).withSeed(3).context());
    }

    /**
     * Where the colour of {@code out}'s pixel {@code (x, y)} is found in the gradient: its red and
     * green channels give the column and the row, checked against the gradient.
     */
    private static int[] origin(RgbImage gradient, RgbImage out, int x, int y) {
        float r = out.get(x, y, 0);
        float g = out.get(x, y, 1);
        int gx = Math.round((r - 0.1f) * (W - 1) / 0.8f);
        int gy = Math.round((g - 0.1f) * (H - 1) / 0.8f);
        for (int yy = Math.max(0, gy - 1); yy <= Math.min(H - 1, gy + 1); yy++) {
            for (int xx = Math.max(0, gx - 1); xx <= Math.min(W - 1, gx + 1); xx++) {
                if (gradient.get(xx, yy, 0) == r && gradient.get(xx, yy, 1) == g) {
                    return new int[] {xx, yy};
                }
            }
        }
        throw new AssertionError("pixel " + x + "," + y + " has a colour found nowhere in the gradient");
    }
}
