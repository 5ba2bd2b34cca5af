package io.github.inpaint4j.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.masks.BlobMaskGenerator;
import io.github.inpaint4j.masks.ScratchMaskGenerator;
import io.github.inpaint4j.metrics.Psnr;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import org.junit.jupiter.api.Test;

class TeleaInpainterTest extends InpainterContractTest {

    @Override
    protected Inpainter inpainter() {
        return new TeleaInpainter();
    }

    @Test
    void holeInASmoothGradientIsFilledWithinASmallError() {
        RgbImage gradient = SyntheticImages.gradient(64, 64);
        Mask hole = Mask.fromRectangles(64, 64, new Rect(24, 20, 16, 16));
        RgbImage out = new TeleaInpainter().inpaint(gradient, hole);
        double maxError = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                for (int c = 0; c < 3; c++) {
                    maxError = Math.max(maxError, Math.abs(out.get(x, y, c) - gradient.get(x, y, c)));
                }
            }
        }
        // The ramp rises by 0.8 / 63 ≈ 0.013 per pixel; the first layers are extrapolated exactly from
        // the known gradients, deeper pixels average their filled neighbours and lag by a few pixels'
        // worth of slope at the centre.
        assertTrue(maxError < 0.05, "max error " + maxError);
        assertTrue(Psnr.inHole(gradient, out, hole) > 35, "hole PSNR " + Psnr.inHole(gradient, out, hole));
    }

    @Test
    void largeHolesInTexturesCreateNoNewExtremes() {
        // Extrapolating with gradients of filled pixels, as the paper's formula does, drives such holes
        // into saturated blotches; every filled sample must stay within the range of the known ones.
        Mask hole = Mask.fromRectangles(64, 64, new Rect(16, 16, 32, 32));
        for (RgbImage texture : new RgbImage[] {SyntheticImages.stripes(64, 64, 6),
            SyntheticImages.checkerboard(64, 64, 4), SyntheticImages.noise(64, 64, 3)}) {
            RgbImage out = new TeleaInpainter().inpaint(texture, hole);
            for (int c = 0; c < 3; c++) {
                float low = 1;
                float high = 0;
                for (int i = 0; i < 64 * 64; i++) {
                    if (!hole.isHole(i)) {
                        low = Math.min(low, texture.get(i % 64, i / 64, c));
                        high = Math.max(high, texture.get(i % 64, i / 64, c));
                    }
                }
                for (int y = 16; y < 48; y++) {
                    for (int x = 16; x < 48; x++) {
                        float v = out.get(x, y, c);
                        assertTrue(v >= low && v <= high, "(" + x + ", " + y + ", " + c + ") = " + v + " outside ["
                                + low + ", " + high + "]");
                    }
                }
            }
        }
    }

    @Test
    void onePixelScratchOverAFlatRegionComesBackExact() {
        RgbImage flat = RgbImage.filled(40, 30, 0.2f, 0.6f, 0.8f);
        Mask scratch = new ScratchMaskGenerator(1, 1, 1, 1).generate(40, 30, 5);
        assertTrue(scratch.holeCount() > 10);
        assertEquals(flat, new TeleaInpainter().inpaint(flat, scratch));
    }

    @Test
    void flatRegionsOnBothSidesOfAnEdgeStayFlatAwayFromIt() {
        // left half dark, right half light; a vertical 1-pixel scratch deep inside the dark half
        float[] s = new float[3 * 32 * 16];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 32; x++) {
                    s[c * 512 + y * 32 + x] = x < 16 ? 0.25f : 0.75f;
                }
            }
        }
        RgbImage image = RgbImage.fromPlanar(32, 16, s);
        Mask scratch = Mask.fromRectangles(32, 16, new Rect(5, 0, 1, 16));
        assertEquals(image, new TeleaInpainter(new TeleaConfig(3)).inpaint(image, scratch));
    }

    @Test
    void radiusIsValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TeleaConfig(0));
        assertTrue(e.getMessage().contains("radius") && e.getMessage().contains("0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TeleaConfig(51));
        assertEquals(7, TeleaConfig.defaults().withRadius(7).radius());
        assertEquals(5, new TeleaInpainter().config().radius());
    }

    @Test
    void largerRadiusStillKeepsKnownPixels() {
        RgbImage in = picture();
        Mask mask = hole();
        assertKnownPixelsUnchanged(in, mask, new TeleaInpainter(new TeleaConfig(12)).inpaint(in, mask));
    }

    /**
     * The march's output, bit for bit, on a noise picture with a blob hole and with holes touching
     * the border, at two radii: the hashes were taken from the march as it was before it worked on a
     * crop of the holes (and before its inner loop was rewritten), so a change that alters a single
     * bit of Telea's output fails here. Java's floating point is the same on every platform.
     */
    @Test
    void outputIsTheSameBitForBitAsBeforeTheCropAndTheFasterLoop() {
        RgbImage picture = SyntheticImages.noise(96, 80, 5);
        Mask blob = new BlobMaskGenerator(0.2).generate(96, 80, 3);
        Mask border = Mask.fromRectangles(96, 80, new Rect(0, 30, 20, 12), new Rect(70, 60, 26, 20));
        assertEquals(-2501878853466191718L, hash(new TeleaInpainter().inpaint(picture, blob)));
        assertEquals(-4195273540175022653L, hash(new TeleaInpainter().inpaint(picture, border)));
        assertEquals(-780749679406873590L, hash(new TeleaInpainter(new TeleaConfig(2)).inpaint(picture, blob)));
        assertEquals(6479299098977054107L, hash(new TeleaInpainter(new TeleaConfig(2)).inpaint(picture, border)));
    }

    /** The march reads nothing beyond the holes' bounding box grown by the radius and one pixel. */
    @Test
    void pixelsFartherThanTheRadiusFromTheHolesDoNotChangeTheFill() {
        int radius = 4;
        RgbImage picture = SyntheticImages.noise(80, 64, 11);
        Rect hole = new Rect(30, 20, 14, 9);
        Mask mask = Mask.fromRectangles(80, 64, hole);
        Rect reach = hole.expand(radius + 1, 80, 64);
        float[] other = SyntheticImages.noise(80, 64, 12).toPlanar();
        float[] mixed = picture.toPlanar();
        for (int i = 0; i < 80 * 64; i++) {
            if (!reach.contains(i % 80, i / 80)) {
                for (int c = 0; c < 3; c++) {
                    mixed[c * 80 * 64 + i] = other[c * 80 * 64 + i];
                }
            }
        }
        TeleaInpainter telea = new TeleaInpainter(new TeleaConfig(radius));
        RgbImage a = telea.inpaint(picture, mask);
        RgbImage b = telea.inpaint(RgbImage.fromPlanar(80, 64, mixed), mask);
        for (int y = hole.y(); y < hole.endY(); y++) {
            for (int x = hole.x(); x < hole.endX(); x++) {
                for (int c = 0; c < 3; c++) {
                    assertEquals(a.get(x, y, c), b.get(x, y, c), "(" + x + ", " + y + ") channel " + c);
                }
            }
        }
    }

    private static long hash(RgbImage image) {
        long h = 17;
        for (float f : image.toPlanar()) {
            h = h * 31 + Float.floatToRawIntBits(f);
        }
        return h;
    }
}
