package io.github.inpaint4j.gan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.masks.MaskGenerator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MaskMixTest {

    private static final int SIDE = 64;

    private static double coverage(Mask m) {
        return m.holeCount() / (double) (SIDE * SIDE);
    }

    @Test
    void rectanglesAreOneBoxOfATenthToAHalfOfTheSide() {
        MaskGenerator g = MaskMix.kind("rectangles");
        for (long seed = 0; seed < 40; seed++) {
            Mask m = g.generate(SIDE, SIDE, seed);
            Rect box = m.boundingBox().orElseThrow();
            assertEquals(box.area(), m.holeCount(), "one solid rectangle, seed " + seed);
            assertTrue(box.width() >= 6 && box.width() <= 32 && box.height() >= 6 && box.height() <= 32,
                    "seed " + seed + ": " + box);
        }
    }

    @Test
    void strokesAndWideCoverWhatTheyClaim() {
        for (long seed = 0; seed < 40; seed++) {
            double strokes = coverage(MaskMix.kind("strokes").generate(SIDE, SIDE, seed));
            assertTrue(strokes >= 0.1 && strokes <= 0.4, "strokes, seed " + seed + ": " + strokes);
            Mask blob = MaskMix.kind("wide").generate(SIDE, SIDE, seed);
            double wide = coverage(blob);
            assertTrue(wide >= 0.15 && wide <= 0.5, "wide, seed " + seed + ": " + wide);
            // wide: a brush of at least 12 % of 64 px survives eroding by 2 px
            assertTrue(blob.erode(2).holeCount() > blob.holeCount() / 4, "wide masks are wide, seed " + seed);
        }
    }

    @Test
    void scratchesAndTextAreThin() {
        for (String kind : new String[] {"scratches", "text"}) {
            for (long seed = 0; seed < 40; seed++) {
                Mask m = MaskMix.kind(kind).generate(SIDE, SIDE, seed);
                assertTrue(m.holeCount() > 0, kind + ", seed " + seed + " drew nothing");
                assertTrue(coverage(m) < 0.35, kind + ", seed " + seed + ": " + coverage(m));
                // at most 3 px wide: eroding by 2 px leaves nothing but where lines cross
                assertTrue(m.erode(2).holeCount() <= m.holeCount() / 8, kind + ", seed " + seed);
            }
        }
    }

    @Test
    void theMixDrawsEachKindInProportionToItsWeight() {
        Mask box = Mask.fromRectangles(8, 8, new Rect(0, 0, 8, 8));
        // rectangles and text only, 3 : 1; a rectangle is a solid box, text never is
        MaskGenerator mix = new MaskMix(3, 0, 0, 0, 1).generator();
        int rectangles = 0;
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 400; i++) {
            Mask m = mix.generate(SIDE, SIDE, random);
            if (m.boundingBox().orElseThrow().area() == m.holeCount()) {
                rectangles++;
            }
        }
        assertTrue(rectangles > 260 && rectangles < 340, rectangles + " rectangles of 400");
        assertEquals(box, new MaskMix(1, 0, 0, 0, 0).generator().generate(8, 8, 1).union(box));
    }

    @Test
    void parsesAndPrintsTheSameMix() {
        MaskMix mix = MaskMix.parse("wide=2, text=0.5");
        assertEquals(new MaskMix(0, 0, 2, 0, 0.5), mix);
        assertEquals(mix, MaskMix.parse(mix.toString()));
        assertEquals(MaskMix.defaults(), MaskMix.parse(MaskMix.defaults().toString()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MaskMix.parse("holes=1"));
        assertTrue(e.getMessage().contains("'holes=1'") && e.getMessage().contains("wide"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MaskMix.parse("text=lots"));
        assertTrue(e.getMessage().contains("text") && e.getMessage().contains("lots"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MaskMix(0, 0, 0, 0, 0));
        assertTrue(e.getMessage().contains("at least one"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MaskMix(1, -1, 0, 0, 0));
        assertEquals("mask weight strokes must be finite and >= 0, got -1.0", e.getMessage());
    }
}
