package io.github.inpaint4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.CanvasExtension;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link Inpainter} contract, written once and run against every method: each method module
 * extends this class and supplies its inpainter. Shipped in core's test-jar.
 */
public abstract class InpainterContractTest {

    /** The method under test, with the configuration it should be checked in. */
    protected abstract Inpainter inpainter();

    /** The method configured for a 6×6 image (a method with large windows may shrink them here). */
    protected Inpainter inpainterForTinyImages() {
        return inpainter();
    }

    /**
     * How far a filled pixel of a constant image may stray from the constant; a method that copies
     * or averages known pixels returns the constant exactly.
     */
    protected float constantTolerance() {
        return 0f;
    }

    /**
     * How far an outpainted border pixel may stray from the picture's range of values: by default
     * {@link #constantTolerance()} and 0.1 more, as a blend in the gradient domain overshoots a
     * little where the border is open on two sides.
     */
    protected float outpaintingTolerance() {
        return constantTolerance() + 0.1f;
    }

    /** A 48×40 picture with structure in every channel: a gradient with stripes painted over the left part. */
    protected static RgbImage picture() {
        RgbImage gradient = SyntheticImages.gradient(48, 40);
        RgbImage stripes = SyntheticImages.stripes(48, 40, 6);
        float[] g = gradient.toPlanar();
        float[] s = stripes.toPlanar();
        int plane = 48 * 40;
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 20; x++) {
                    g[c * plane + y * 48 + x] = s[c * plane + y * 48 + x];
                }
            }
        }
        return RgbImage.fromPlanar(48, 40, g);
    }

    /** A 10×8 hole across the stripes' edge, plus a 3×3 one. */
    protected static Mask hole() {
        return Mask.fromRectangles(48, 40, new Rect(15, 14, 10, 8), new Rect(36, 5, 3, 3));
    }

    @Test
    void knownPixelsComeBackBitForBit() {
        RgbImage in = picture();
        Mask mask = hole();
        RgbImage out = inpainter().inpaint(in, mask);
        assertKnownPixelsUnchanged(in, mask, out);
    }

    @Test
    void whatLiesUnderTheHoleDoesNotMatter() {
        RgbImage in = picture();
        Mask mask = hole();
        float[] s = in.toPlanar();
        int plane = in.pixelCount();
        for (int i = 0; i < plane; i++) {
            if (mask.isHole(i)) {
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    s[c * plane + i] = c == 1 ? 0f : 1f;
                }
            }
        }
        RgbImage painted = RgbImage.fromPlanar(in.width(), in.height(), s);
        assertEquals(inpainter().inpaint(in, mask), inpainter().inpaint(painted, mask));
    }

    @Test
    void holesTouchingTheBorderAreFilled() {
        RgbImage in = picture();
        Mask mask = Mask.fromRectangles(48, 40, new Rect(0, 0, 5, 4), new Rect(44, 20, 4, 6), new Rect(20, 37, 6, 3));
        RgbImage out = inpainter().inpaint(in, mask);
        assertKnownPixelsUnchanged(in, mask, out);
    }

    @Test
    void constantImageComesBackConstant() {
        RgbImage in = RgbImage.filled(48, 40, 0.25f, 0.5f, 0.75f);
        Mask mask = hole();
        RgbImage out = inpainter().inpaint(in, mask);
        float tolerance = constantTolerance();
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 48; x++) {
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    float expected = in.get(x, y, c);
                    float actual = out.get(x, y, c);
                    if (Math.abs(expected - actual) > tolerance) {
                        throw new AssertionError("pixel (" + x + ", " + y + ") channel " + c + " is " + actual
                                + ", expected " + expected + " ± " + tolerance);
                    }
                }
            }
        }
    }

    @Test
    void outpaintingFillsTheNewBorderAndKeepsThePicture() {
        RgbImage in = picture();
        Mask mask = hole();
        CanvasExtension extension = new CanvasExtension(6, 4, 3, 5);
        CanvasExtension.Extended canvas = extension.apply(in, mask);
        RgbImage out = inpainter().inpaint(canvas.image(), canvas.mask());
        assertEquals(48 + 6 + 4, out.width(), "width as asked");
        assertEquals(40 + 3 + 5, out.height(), "height as asked");
        assertKnownPixelsUnchanged(canvas.image(), canvas.mask(), out);
        assertKnownPixelsUnchanged(in, mask, out.crop(canvas.inner()));
        // the border starts black, a colour the picture does not have: every border pixel was written,
        // within the picture's range give or take what the method may stray from it
        float tolerance = outpaintingTolerance();
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            float min = 1;
            float max = 0;
            for (int y = 0; y < in.height(); y++) {
                for (int x = 0; x < in.width(); x++) {
                    min = Math.min(min, in.get(x, y, c));
                    max = Math.max(max, in.get(x, y, c));
                }
            }
            for (int y = 0; y < out.height(); y++) {
                for (int x = 0; x < out.width(); x++) {
                    float v = out.get(x, y, c);
                    if (!canvas.inner().contains(x, y) && (v < min - tolerance || v > max + tolerance)) {
                        throw new AssertionError("border pixel (" + x + ", " + y + ") channel " + c + " is " + v
                                + ", outside the picture's range [" + min + ", " + max + "] ± " + tolerance);
                    }
                }
            }
        }
        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < out.width(); x++) {
                if (!canvas.inner().contains(x, y)) {
                    boolean black = out.get(x, y, 0) == 0 && out.get(x, y, 1) == 0 && out.get(x, y, 2) == 0;
                    assertTrue(!black, "border pixel (" + x + ", " + y + ") was left black");
                }
            }
        }
    }

    @Test
    void tinyImageWithAHoleInTheCorner() {
        RgbImage in = SyntheticImages.checkerboard(6, 6, 2);
        Mask mask = Mask.fromRectangles(6, 6, new Rect(0, 0, 1, 1));
        RgbImage out = inpainterForTinyImages().inpaint(in, mask);
        assertKnownPixelsUnchanged(in, mask, out);
    }

    @Test
    void emptyMaskReturnsTheInput() {
        RgbImage in = picture();
        assertEquals(in, inpainter().inpaint(in, Mask.empty(48, 40)));
    }

    @Test
    void allHoleMaskIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> inpainter().inpaint(picture(), Mask.full(48, 40)));
        assertTrue(e.getMessage().contains("no known pixels"), e.getMessage());
    }

    @Test
    void maskOfAnotherSizeIsRejectedNamingBothSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> inpainter().inpaint(picture(), Mask.empty(40, 48)));
        assertTrue(e.getMessage().contains("40×48") && e.getMessage().contains("48×40"), e.getMessage());
    }

    @Test
    void sameInputsGiveTheSameOutput() {
        RgbImage in = picture();
        Mask mask = hole();
        assertEquals(inpainter().inpaint(in, mask), inpainter().inpaint(in, mask));
    }

    @Test
    void progressRisesToOne() {
        List<Double> reports = new ArrayList<>();
        inpainter().inpaint(picture(), hole(), reports::add, CancellationToken.NONE);
        assertTrue(reports.size() >= 2, "expected a report before the end and one at the end: " + reports);
        for (int i = 0; i < reports.size(); i++) {
            double f = reports.get(i);
            assertTrue(f >= 0 && f <= 1, "fraction out of [0, 1]: " + reports);
            assertTrue(i == 0 || f >= reports.get(i - 1), "fractions must not decrease: " + reports);
        }
        assertEquals(1.0, reports.get(reports.size() - 1), "the last report must be 1.0: " + reports);
    }

    @Test
    void cancelledBeforeTheStartThrows() {
        CancellationToken token = CancellationToken.create();
        token.cancel();
        assertThrows(InpaintingCancelledException.class,
                () -> inpainter().inpaint(picture(), hole(), f -> { }, token));
    }

    @Test
    void cancelledWhileRunningThrows() {
        CancellationToken token = CancellationToken.create();
        assertThrows(InpaintingCancelledException.class,
                () -> inpainter().inpaint(picture(), hole(), f -> token.cancel(), token));
    }

    /** Fails naming the first known pixel whose samples differ in any bit. */
    public static void assertKnownPixelsUnchanged(RgbImage in, Mask mask, RgbImage out) {
        assertEquals(in.width(), out.width(), "width");
        assertEquals(in.height(), out.height(), "height");
        for (int y = 0; y < in.height(); y++) {
            for (int x = 0; x < in.width(); x++) {
                if (mask.isHole(x, y)) {
                    continue;
                }
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    if (Float.floatToRawIntBits(in.get(x, y, c)) != Float.floatToRawIntBits(out.get(x, y, c))) {
                        throw new AssertionError("known pixel (" + x + ", " + y + ") channel " + c + " changed from "
                                + in.get(x, y, c) + " to " + out.get(x, y, c));
                    }
                }
            }
        }
    }
}
