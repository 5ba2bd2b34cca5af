package io.github.inpaint4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

class ResamplingTest {

    /** An image whose three channels are {@code red}, {@code red / 2} and {@code 1 - red}, rows of {@code width}. */
    private static RgbImage image(int width, float... red) {
        int height = red.length / width;
        float[] s = new float[3 * red.length];
        for (int i = 0; i < red.length; i++) {
            s[i] = red[i];
            s[red.length + i] = red[i] / 2;
            s[2 * red.length + i] = 1 - red[i];
        }
        return RgbImage.fromPlanar(width, height, s);
    }

    private static float[] channel(RgbImage image, int c) {
        float[] s = image.toPlanar();
        float[] out = new float[image.pixelCount()];
        System.arraycopy(s, c * out.length, out, 0, out.length);
        return out;
    }

    @Test
    void halvingAveragesTwoByTwoBlocks() {
        // sixteenths, so every mean is exact in binary
        RgbImage in = image(4,
                0 / 16f, 1 / 16f, 4 / 16f, 6 / 16f,
                2 / 16f, 5 / 16f, 8 / 16f, 2 / 16f,
                16 / 16f, 9 / 16f, 3 / 16f, 3 / 16f,
                7 / 16f, 0 / 16f, 15 / 16f, 11 / 16f);
        RgbImage out = Resampling.resize(in, 2, 2);
        assertEquals(2, out.width());
        assertEquals(2, out.height());
        float[] expected = {
            (0 + 1 + 2 + 5) / 64f, (4 + 6 + 8 + 2) / 64f,
            (16 + 9 + 7 + 0) / 64f, (3 + 3 + 15 + 11) / 64f};
        assertArrayEquals(expected, channel(out, 0));
        float[] half = new float[4];
        float[] complement = new float[4];
        for (int i = 0; i < 4; i++) {
            half[i] = expected[i] / 2;
            complement[i] = 1 - expected[i];
        }
        assertArrayEquals(half, channel(out, 1));
        assertArrayEquals(complement, channel(out, 2));
    }

    @Test
    void halvingOrdinaryValuesIsTheBlockMeanToFloatPrecision() {
        RgbImage in = SyntheticImages.noise(6, 4, 11);
        RgbImage out = Resampling.resize(in, 3, 2);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 3; x++) {
                    double mean = ((double) in.get(2 * x, 2 * y, c) + in.get(2 * x + 1, 2 * y, c)
                            + in.get(2 * x, 2 * y + 1, c) + in.get(2 * x + 1, 2 * y + 1, c)) / 4;
                    assertEquals(mean, out.get(x, y, c), 1e-7);
                }
            }
        }
    }

    @Test
    void shrinkingByANonIntegerFactorWeighsTheCoveredLengths() {
        // 3 → 2: output 0 covers source [0, 1.5), output 1 covers [1.5, 3)
        RgbImage out = Resampling.resize(image(3, 0.25f, 0.5f, 1f), 2, 1);
        assertEquals((1 * 0.25 + 0.5 * 0.5) / 1.5, out.get(0, 0, 0), 1e-7);
        assertEquals((0.5 * 0.5 + 1 * 1.0) / 1.5, out.get(1, 0, 0), 1e-7);
    }

    @Test
    void resamplingAConstantImageGivesTheConstant() {
        RgbImage constant = RgbImage.filled(7, 5, 0.3f, 0.6f, 1f);
        for (int[] size : new int[][] {{3, 2}, {1, 1}, {11, 13}, {7, 9}, {2, 5}}) {
            assertEquals(RgbImage.filled(size[0], size[1], 0.3f, 0.6f, 1f),
                    Resampling.resize(constant, size[0], size[1]), size[0] + "×" + size[1]);
        }
    }

    @Test
    void doublingInterpolatesLinearlyBetweenPixelCentresAndClampsAtTheEdges() {
        RgbImage in = image(2,
                0f, 0.5f,
                0.25f, 1f);
        RgbImage out = Resampling.resize(in, 4, 4);
        // along each axis the output centres fall at source positions -0.25, 0.25, 0.75, 1.25:
        // weights (1, 0), (0.75, 0.25), (0.25, 0.75), (0, 1)
        float[] expected = {
            0f, 0.125f, 0.375f, 0.5f,
            0.0625f, 0.203125f, 0.484375f, 0.625f,
            0.1875f, 0.359375f, 0.703125f, 0.875f,
            0.25f, 0.4375f, 0.8125f, 1f};
        assertArrayEquals(expected, channel(out, 0));
    }

    @Test
    void shrinkingOneAxisWhileEnlargingTheOther() {
        RgbImage in = image(4,
                0f, 0.25f, 0.5f, 1f);
        RgbImage out = Resampling.resize(in, 2, 3);
        float[] expected = {
            0.125f, 0.75f,
            0.125f, 0.75f,
            0.125f, 0.75f};
        assertArrayEquals(expected, channel(out, 0));
    }

    @Test
    void theSameSizeGivesAnEqualImage() {
        RgbImage in = SyntheticImages.noise(9, 7, 2);
        assertEquals(in, Resampling.resize(in, 9, 7));
        RgbImage gradient = SyntheticImages.gradient(1, 1);
        assertEquals(gradient, Resampling.resize(gradient, 1, 1));
    }

    @Test
    void centreSquareCropsTheMiddleColumnsOrRows() {
        float[] wide = new float[6 * 4];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                wide[y * 6 + x] = x / 8f + y / 64f;
            }
        }
        RgbImage square = Resampling.centreSquare(image(6, wide), 4);
        assertEquals(image(6, wide).crop(new Rect(1, 0, 4, 4)), square);
        assertEquals(1 / 8f, square.get(0, 0, 0));
        assertEquals(4 / 8f + 3 / 64f, square.get(3, 3, 0));

        float[] tall = new float[4 * 6];
        for (int i = 0; i < tall.length; i++) {
            tall[i] = i / 32f;
        }
        assertEquals(image(4, tall).crop(new Rect(0, 1, 4, 4)), Resampling.centreSquare(image(4, tall), 4));

        RgbImage odd = SyntheticImages.noise(7, 4, 3);
        assertEquals(odd.crop(new Rect(1, 0, 4, 4)), Resampling.centreSquare(odd, 4), "odd margins round down");

        RgbImage shrunk = Resampling.centreSquare(image(6, wide), 2);
        assertEquals(Resampling.resize(image(6, wide).crop(new Rect(1, 0, 4, 4)), 2, 2), shrunk);
        assertEquals(SyntheticImages.noise(5, 5, 4), Resampling.centreSquare(SyntheticImages.noise(5, 5, 4), 5));
    }

    @Test
    void badSizesAreNamed() {
        RgbImage in = RgbImage.filled(4, 4, 0, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Resampling.resize(in, 0, 3));
        assertTrue(e.getMessage().contains("0×3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Resampling.resize(in, 3, -1));
        assertTrue(e.getMessage().contains("3×-1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Resampling.centreSquare(in, 0));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Resampling.centreSquare(in, -5));
    }

    /** Sampling the whole part is what an enlargement gives, bit for bit (a guide of a pass on the part of the pass before). */
    @Test
    void samplingTheWholePartIsResamplingsEnlargement() {
        int[][] sizes = {{32, 32, 64, 64}, {33, 17, 65, 34}, {7, 5, 13, 9}, {1, 1, 1, 1}, {1, 3, 2, 5}, {64, 48, 64, 96}};
        for (int[] s : sizes) {
            RgbImage coarse = SyntheticImages.noise(s[0], s[1], s[0] * 31L + s[1]);
            Rect part = new Rect(5, 9, 2 * s[2], 2 * s[3]);
            assertEquals(Resampling.resize(coarse, s[2], s[3]), Resampling.sample(coarse, part, part, s[2], s[3]),
                    s[0] + "×" + s[1] + " to " + s[2] + "×" + s[3]);
        }
    }

    /**
     * A part inside the coarse part is read at the right place: on a linear ramp, linear
     * interpolation gives back the ramp at each output pixel's centre, wherever the part starts.
     */
    @Test
    void aSmallerPartIsReadWhereItLies() {
        // the coarse image covers picture pixels [100, 164) × [40, 72) at half resolution: 32 × 16
        Rect coarseArea = new Rect(100, 40, 64, 32);
        float[] ramp = new float[3 * 32 * 16];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 32; x++) {
                for (int c = 0; c < 3; c++) {
                    ramp[c * 512 + y * 32 + x] = c == 0 ? (2 * x + 1) / 64f : c == 1 ? (2 * y + 1) / 32f : 0f;
                }
            }
        }
        RgbImage coarse = RgbImage.fromPlanar(32, 16, ramp);
        // coarse pixel j's centre is at picture x = 100 + 2j + 1 and holds (x − 100) / 64; picture pixel X's centre
        // lies at coarse pixel (X + 0.5 − 100) / 2 − 0.5, where the ramp is (X + 0.5 − 100) / 64
        Rect area = new Rect(111, 47, 30, 14);
        RgbImage fine = Resampling.sample(coarse, coarseArea, area, 30, 14);
        for (int y = 0; y < 14; y++) {
            for (int x = 0; x < 30; x++) {
                assertEquals((area.x() + x - 100 + 0.5) / 64, fine.get(x, y, 0), 1e-6, "x " + x);
                assertEquals((area.y() + y - 40 + 0.5) / 32, fine.get(x, y, 1), 1e-6, "y " + y);
            }
        }
    }

    @Test
    void aPartOutsideTheCoarsePartIsRefused() {
        RgbImage coarse = RgbImage.filled(8, 8, 0.5f, 0.5f, 0.5f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resampling.sample(coarse, new Rect(0, 0, 16, 16), new Rect(4, 4, 16, 8), 16, 8));
        assertEquals("16×8 at (4, 4) is not inside 16×16 at (0, 0)", e.getMessage());
    }
}
