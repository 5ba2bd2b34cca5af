package io.github.inpaint4j.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The source mask of the three exemplar methods: one name, one meaning. */
class SourceMaskTest {

    private static final int WIDTH = 60;
    private static final int HEIGHT = 40;
    /** Columns from here on are pure red; the stripes' two colours both have green ≥ 0.15. */
    private static final int RED_FROM = 36;

    static Stream<Arguments> methods() {
        Function<Mask, Inpainter> criminisi = source -> new CriminisiInpainter(
                CriminisiConfig.defaults().withPatch(5).withThreads(2).withSourceMask(source));
        Function<Mask, Inpainter> efrosLeung = source -> new EfrosLeungInpainter(
                EfrosLeungConfig.defaults().withWindow(5).withThreads(2).withSourceMask(source));
        Function<Mask, Inpainter> patchMatch = source -> new PatchMatchInpainter(
                PatchMatchConfig.defaults().withPatch(5).withThreads(2).withSourceMask(source));
        return Stream.of(Arguments.of("criminisi", criminisi), Arguments.of("efros-leung", efrosLeung),
                Arguments.of("patchmatch", patchMatch));
    }

    /**
     * Red minus green at or above which a pixel counts as red: 1 in the red region, −0.05 and 0.1 in
     * the stripes' two colours. (PatchMatch's gradient-domain blend shifts the copied stripes' colours
     * by a few hundredths, so an exact colour test would not do; a bleed of the red would raise it.)
     */
    private static final float REDNESS = 0.3f;

    /** Stripes on the left, pure red from column 36. */
    static RgbImage stripesBesideRed() {
        float[] s = SyntheticImages.stripes(WIDTH, HEIGHT, 6).toPlanar();
        int plane = WIDTH * HEIGHT;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = RED_FROM; x < WIDTH; x++) {
                s[y * WIDTH + x] = 1f;
                s[plane + y * WIDTH + x] = 0f;
                s[2 * plane + y * WIDTH + x] = 0f;
            }
        }
        return RgbImage.fromPlanar(WIDTH, HEIGHT, s);
    }

    /** A hole across the border between the stripes and the red. */
    static Mask hole() {
        return Mask.fromRectangles(WIDTH, HEIGHT, new Rect(28, 14, 14, 12));
    }

    /** May be sampled: the stripes' columns left of the hole. */
    static Mask stripesOnly() {
        return Mask.fromRectangles(WIDTH, HEIGHT, new Rect(0, 0, 30, HEIGHT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void aColourOnlyOutsideTheSourceRegionNeverAppearsInTheFill(String name, Function<Mask, Inpainter> method) {
        RgbImage picture = stripesBesideRed();
        Mask hole = hole();
        RgbImage unrestricted = method.apply(null).inpaint(picture, hole);
        assertTrue(redPixelsInHole(unrestricted, hole) > 0, name + ": without a source mask the red comes in");
        RgbImage restricted = method.apply(stripesOnly()).inpaint(picture, hole);
        InpainterContractTest.assertKnownPixelsUnchanged(picture, hole, restricted);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (hole.isHole(x, y)) {
                    float redness = restricted.get(x, y, 0) - restricted.get(x, y, 1);
                    assertTrue(redness < REDNESS, name + ": pixel (" + x + ", " + y + ") is reddish (red − green "
                            + redness + "), a colour of the red region outside the source mask");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void aSourceMaskOfAnotherSizeIsRejectedNamingBothSizes(String name, Function<Mask, Inpainter> method) {
        Inpainter inpainter = method.apply(Mask.full(40, 30));
        EfrosLeungConfigTest.assertMessage("sourceMask is 40×30 but the image is 60×40: the source mask must have"
                + " the picture's size", () -> inpainter.inpaint(stripesBesideRed(), hole()));
        EfrosLeungConfigTest.assertMessage("sourceMask is 40×30 but the image is 60×40: the source mask must have"
                + " the picture's size", () -> inpainter.inpaint(stripesBesideRed(), Mask.empty(WIDTH, HEIGHT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void aSourceRegionWithoutACompletePatchIsRejected(String name, Function<Mask, Inpainter> method) {
        Mask thin = Mask.fromRectangles(WIDTH, HEIGHT, new Rect(0, 0, 3, HEIGHT));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> method.apply(thin).inpaint(stripesBesideRed(), hole()));
        assertTrue(e.getMessage().startsWith("no complete 5×5 ")
                && e.getMessage().contains("inside the source mask (120 of the 60×40 image's pixels may be sampled,"
                        + " 168 are holes)"), e.getMessage());
    }

    @Test
    void configsCarryTheSourceMask() {
        Mask source = stripesOnly();
        assertEquals(source, CriminisiConfig.defaults().withSourceMask(source).sourceMask());
        assertEquals(source, EfrosLeungConfig.defaults().withSourceMask(source).sourceMask());
        assertEquals(source, PatchMatchConfig.defaults().withSourceMask(source).sourceMask());
        assertNull(CriminisiConfig.defaults().sourceMask());
        assertNull(EfrosLeungConfig.defaults().sourceMask());
        assertNull(PatchMatchConfig.defaults().sourceMask());
        assertEquals(CriminisiConfig.defaults(), CriminisiConfig.defaults().withSourceMask(source).withSourceMask(null));
        CriminisiConfig two = CriminisiConfig.builder().patch(9).searchRadius(0).threads(2).build();
        assertEquals(two.toBuilder().sourceMask(source).build(), two.withSourceMask(source));
    }

    @Test
    void efrosLeungRefusesASourceMaskWithASeparateSampleOrForSynthesis() {
        EfrosLeungConfig config = EfrosLeungConfig.defaults().withWindow(5).withSourceMask(stripesOnly());
        EfrosLeungConfigTest.assertMessage("sourceMask selects the pixels of the picture that may be sampled; it cannot"
                + " be combined with a separate sample texture",
                () -> new EfrosLeungInpainter(config, SyntheticImages.stripes(20, 20, 6)));
        EfrosLeungConfigTest.assertMessage("sourceMask applies to hole filling (EfrosLeungInpainter); synthesis samples"
                + " every window of its sample", () -> new EfrosLeungSynthesizer(config));
    }

    @Test
    void efrosLeungCountsOnlyTheCandidatesInTheSourceRegion() {
        // 5×5 windows centred at x in [2, 27] (inside columns 0..29) and y in [2, 37]: 26 × 36, less those
        // centred at x 26 or 27 whose rows meet the hole's rows 14..25 (centres y 12..27): 2 × 16.
        EfrosLeungConfig config = EfrosLeungConfig.defaults().withWindow(5).withSourceMask(stripesOnly());
        assertEquals(26 * 36 - 2 * 16, new EfrosLeungInpainter(config).candidateCount(hole()));
    }

    private static int redPixelsInHole(RgbImage image, Mask hole) {
        int n = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (hole.isHole(x, y) && image.get(x, y, 0) - image.get(x, y, 1) >= REDNESS) {
                    n++;
                }
            }
        }
        return n;
    }
}
