package io.github.inpaint4j.masks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaskGeneratorsTest {

    @Test
    void centredRectangle() {
        Mask mask = RectangleMaskGenerator.centred(0.25).generate(256, 256, 1);
        assertEquals(Mask.fromRectangles(256, 256, new Rect(96, 96, 64, 64)), mask);
    }

    @Test
    void randomRectanglesStayInRangeAndVary() {
        RectangleMaskGenerator generator = RectangleMaskGenerator.random(0.2, 0.5);
        Set<Rect> seen = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            Rect box = generator.generate(100, 80, seed).boundingBox().orElseThrow();
            assertTrue(box.width() >= 20 && box.width() <= 50, box.toString());
            assertTrue(box.height() >= 16 && box.height() <= 40, box.toString());
            assertTrue(box.isInside(100, 80));
            assertEquals(box.area(), generator.generate(100, 80, seed).holeCount(), "one solid rectangle");
            seen.add(box);
        }
        assertTrue(seen.size() > 40, "positions and sizes should vary with the seed");
    }

    @Test
    void freeFormCoverageIsInRange() {
        FreeFormMaskGenerator generator = FreeFormMaskGenerator.withCoverage(0.15, 0.35);
        for (long seed = 0; seed < 30; seed++) {
            Mask mask = generator.generate(64, 64, seed);
            double coverage = mask.holeCount() / 4096.0;
            assertTrue(coverage >= 0.15 && coverage <= 0.35, "seed " + seed + ": coverage " + coverage);
        }
    }

    @Test
    void freeFormUnreachableCoverageIsAClearError() {
        // a 4×4 image cannot hold a stroke of at least one pixel width and cover under 1 %
        FreeFormMaskGenerator generator = FreeFormMaskGenerator.withCoverage(0.001, 0.005);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> generator.generate(4, 4, 1));
        assertTrue(e.getMessage().contains("coverage"), e.getMessage());
    }

    @Test
    void scratchesAreThinAndPresent() {
        ScratchMaskGenerator generator = ScratchMaskGenerator.defaults();
        for (long seed = 0; seed < 30; seed++) {
            Mask mask = generator.generate(128, 128, seed);
            assertTrue(mask.holeCount() > 0, "seed " + seed + " drew no scratch");
            // at most 4 scratches of width <= 3 along at most 0.75 of the diagonal
            assertTrue(mask.holeCount() < 4 * 4 * 0.75 * Math.hypot(128, 128) + 200, "seed " + seed);
            // thin: eroding by one pixel removes nearly everything
            assertTrue(mask.erode(1).holeCount() < mask.holeCount() / 4, "seed " + seed);
        }
    }

    @Test
    void textIsThinLettersWithinTheirLineHeight() {
        TextMaskGenerator oneLine = new TextMaskGenerator(1, 1, 8, 12, 1, 3);
        for (long seed = 0; seed < 30; seed++) {
            Mask mask = oneLine.generate(128, 96, seed);
            assertTrue(mask.holeCount() > 20, "seed " + seed + " drew almost no letter: " + mask.holeCount());
            Rect box = mask.boundingBox().orElseThrow();
            // one line: letters at most 12 px high, plus the pen's reach (1.5 px) above and below
            assertTrue(box.height() <= 12 + 4, "seed " + seed + ": " + box);
            // a 1–3 px pen: eroding by one pixel removes most of it
            assertTrue(mask.erode(1).holeCount() < mask.holeCount() / 2, "seed " + seed);
            // text, not a blot: a small share of its bounding box
            assertTrue(mask.holeCount() < 0.6 * box.area(), "seed " + seed);
        }
        assertThrows(IllegalArgumentException.class, () -> new TextMaskGenerator(1, 2, 2, 10, 1, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TextMaskGenerator(1, 2, 8, 12, 3, 1));
        assertTrue(e.getMessage().contains("min 3.0, max 1.0"), e.getMessage());
    }

    @Test
    void sameSeedSameMaskOtherSeedOtherMask() {
        List<MaskGenerator> generators = List.of(RectangleMaskGenerator.random(0.1, 0.6),
                FreeFormMaskGenerator.deepFillV2(), ScratchMaskGenerator.defaults(), TextMaskGenerator.defaults(),
                MaskGenerator.oneOf(List.of(RectangleMaskGenerator.random(0.1, 0.6), FreeFormMaskGenerator.deepFillV2())));
        for (MaskGenerator generator : generators) {
            assertEquals(generator.generate(96, 64, 42), generator.generate(96, 64, 42));
            assertNotEquals(generator.generate(96, 64, 42), generator.generate(96, 64, 43));
        }
    }

    @Test
    void oneOfUsesEveryGenerator() {
        Mask a = Mask.fromRectangles(8, 8, new Rect(0, 0, 2, 2));
        Mask b = Mask.fromRectangles(8, 8, new Rect(4, 4, 2, 2));
        MaskGenerator both = MaskGenerator.oneOf(List.of((w, h, r) -> a, (w, h, r) -> b));
        Set<Mask> seen = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            seen.add(both.generate(8, 8, seed));
        }
        assertEquals(Set.of(a, b), seen);
        assertThrows(IllegalArgumentException.class, () -> MaskGenerator.oneOf(List.of()));
    }

    @Test
    void badParametersAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RectangleMaskGenerator.random(0.5, 0.2));
        assertTrue(e.getMessage().contains("0.5") && e.getMessage().contains("0.2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FreeFormMaskGenerator.withCoverage(0.5, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new ScratchMaskGenerator(0, 2, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new ScratchMaskGenerator(1, 2, 0.5, 2));
    }
}
