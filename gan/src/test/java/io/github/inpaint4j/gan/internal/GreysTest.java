package io.github.inpaint4j.gan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

class GreysTest {

    /** BT.601: (0.2, 0.6, 1.0) has luma 0.299·0.2 + 0.587·0.6 + 0.114·1.0 = 0.526. */
    @Test
    void desaturatingSetsEveryChannelToTheLuma() {
        RgbImage grey = Greys.desaturate(RgbImage.filled(3, 2, 0.2f, 0.6f, 1.0f));
        for (int c = 0; c < 3; c++) {
            assertEquals(0.526f, grey.get(2, 1, c), 1e-6f);
        }
    }

    @Test
    void aPictureIsGreyWhenEveryKnownPixelIs() {
        RgbImage picture = Greys.desaturate(SyntheticImages.stripes(8, 8, 3));
        Mask hole = Mask.fromRectangles(8, 8, new Rect(2, 2, 3, 3));
        assertTrue(Greys.knownPixelsAreGrey(picture, hole));
        float[] s = picture.toPlanar();
        s[2 * 8 + 3] += 0.5f; // a red hole pixel: it does not count
        assertTrue(Greys.knownPixelsAreGrey(RgbImage.fromPlanar(8, 8, s), hole));
        s[0] += 1f / 255; // a known pixel one level off grey
        assertFalse(Greys.knownPixelsAreGrey(RgbImage.fromPlanar(8, 8, s), hole));
        assertFalse(Greys.knownPixelsAreGrey(picture, Mask.fromRectangles(8, 8, new Rect(0, 0, 8, 8))),
                "no known pixel: nothing says grey");
    }

    @Test
    void greyHolesTouchesOnlyTheHole() {
        RgbImage colour = SyntheticImages.gradient(6, 5);
        Mask hole = Mask.fromRectangles(6, 5, new Rect(1, 1, 2, 2));
        RgbImage out = Greys.greyHoles(colour, hole);
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 6; x++) {
                for (int c = 0; c < 3; c++) {
                    if (hole.isHole(y * 6 + x)) {
                        assertEquals(out.get(x, y, 0), out.get(x, y, c));
                    } else {
                        assertEquals(colour.get(x, y, c), out.get(x, y, c), "known pixels bit for bit");
                    }
                }
            }
        }
    }
}
