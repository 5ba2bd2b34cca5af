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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** PatchMatch's guide: the contract with each guide of this module, and what a guide changes. */
class PatchMatchGuideTest {

    private static final PatchMatchConfig CONFIG = PatchMatchConfig.defaults().withThreads(2);

    /** The contract without a guide (the onion peel's start), with the blend. */
    @Nested
    class Unguided extends InpainterContractTest {
        @Override
        protected Inpainter inpainter() {
            return new PatchMatchInpainter(CONFIG.withGuide(PatchMatchConfig.NO_GUIDE));
        }

        @Override
        protected Inpainter inpainterForTinyImages() {
            return new PatchMatchInpainter(CONFIG.withGuide(PatchMatchConfig.NO_GUIDE).withPatch(3));
        }
    }

    /** The contract with Telea's guide and no blend (the default, guided and blended, is PatchMatchInpainterTest's). */
    @Nested
    class GuidedUnblended extends InpainterContractTest {
        @Override
        protected Inpainter inpainter() {
            return new PatchMatchInpainter(CONFIG.withGuide("telea").withBlend(PatchMatchConfig.Blend.NONE));
        }

        @Override
        protected Inpainter inpainterForTinyImages() {
            return new PatchMatchInpainter(CONFIG.withGuide("telea").withBlend(PatchMatchConfig.Blend.NONE).withPatch(3));
        }
    }

    @Test
    void aGuideMissingFromTheClassPathNamesTheArtifactToAdd() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PatchMatchInpainter(CONFIG.withGuide("gan")));
        assertTrue(e.getMessage().startsWith("guide 'gan' is not on the class path: add the artifact "
                + "io.github.inpaint4j:inpaint4j-gan (registered: "), e.getMessage());
        assertTrue(e.getMessage().contains("telea"), e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new PatchMatchInpainter(CONFIG.withGuide("lama")));
        assertTrue(unknown.getMessage().startsWith("guide 'lama' is not a registered method (registered: "),
                unknown.getMessage());
    }

    @Test
    void theGuideIsValidated() {
        EfrosLeungConfigTest.assertMessage("guide must be another method's name, or none, got 'patchmatch'",
                () -> CONFIG.withGuide("patchmatch"));
        EfrosLeungConfigTest.assertMessage("guide must be a method's name, got ' '", () -> CONFIG.withGuide(" "));
        EfrosLeungConfigTest.assertMessage("guide-weight must be in [0, 100], got -1.0", () -> CONFIG.withGuideWeight(-1));
        EfrosLeungConfigTest.assertMessage("guide-weight must be a finite number, got NaN",
                () -> CONFIG.withGuideWeight(Double.NaN));
        EfrosLeungConfigTest.assertMessage("blend must be one of gradient, none, got null", () -> CONFIG.withBlend(null));
    }

    /** The guide's weight is the configured one at the coarsest level, falling linearly to 0 at the finest. */
    @Test
    void theGuideWeightFallsToZeroAtTheFinestLevel() {
        PatchMatchConfig c = CONFIG.withGuideWeight(0.6);
        assertEquals(0.6, c.guideWeightAt(3, 4), 1e-12);
        assertEquals(0.4, c.guideWeightAt(2, 4), 1e-12);
        assertEquals(0.2, c.guideWeightAt(1, 4), 1e-12);
        assertEquals(0.0, c.guideWeightAt(0, 4));
        assertEquals(0.0, c.guideWeightAt(0, 1));
        assertEquals(0.0, c.withGuide(PatchMatchConfig.NO_GUIDE).guideWeightAt(3, 4));
    }

    /** The guide changes the fill, and a guided fill is the same for any thread count. */
    @Test
    void aGuideChangesTheFillAndKeepsItDeterministic() {
        RgbImage picture = SyntheticImages.noise(96, 80, 4);
        Mask hole = Mask.fromRectangles(96, 80, new Rect(30, 24, 36, 30));
        RgbImage guided = new PatchMatchInpainter(CONFIG.withThreads(1)).inpaint(picture, hole);
        assertEquals(guided, new PatchMatchInpainter(CONFIG.withThreads(3)).inpaint(picture, hole));
        assertNotEquals(guided, new PatchMatchInpainter(CONFIG.withGuide(PatchMatchConfig.NO_GUIDE)).inpaint(picture, hole));
        assertNotEquals(guided, new PatchMatchInpainter(CONFIG.withGuideWeight(3)).inpaint(picture, hole));
    }

    /**
     * A horizontal ramp with a hole as tall as the picture: no known patch has the hole's
     * brightness, so the copies come from the hole's sides; the blend turns them back into the
     * ramp, with no step at either border. Without the blend the steps stay.
     */
    @Test
    void aRampAcrossTheHoleContinuesAsARamp() {
        int w = 96;
        int h = 48;
        float[] s = new float[3 * w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    s[c * w * h + y * w + x] = 0.1f + 0.008f * x + 0.05f * c;
                }
            }
        }
        RgbImage ramp = RgbImage.fromPlanar(w, h, s);
        Mask band = Mask.fromRectangles(w, h, new Rect(40, 0, 16, h));
        RgbImage blended = new PatchMatchInpainter(CONFIG).inpaint(ramp, band);
        RgbImage copied = new PatchMatchInpainter(CONFIG.withBlend(PatchMatchConfig.Blend.NONE)).inpaint(ramp, band);
        double blendedError = 0;
        double copiedStep = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 39; x <= 56; x++) {
                assertEquals(ramp.get(x, y, 0), blended.get(x, y, 0), 0.01, "(" + x + ", " + y + ")");
                blendedError = Math.max(blendedError, Math.abs(ramp.get(x, y, 1) - blended.get(x, y, 1)));
            }
            for (int x : new int[] {40, 56}) {
                assertEquals(0.008, blended.get(x, y, 0) - blended.get(x - 1, y, 0), 0.004, "step at " + x + ", " + y);
                copiedStep = Math.max(copiedStep, Math.abs(copied.get(x, y, 0) - copied.get(x - 1, y, 0) - 0.008));
            }
        }
        assertTrue(blendedError < 0.01, "blended " + blendedError);
        assertTrue(copiedStep > 0.02, "without the blend a copy from the sides leaves a step: " + copiedStep);
    }
}
