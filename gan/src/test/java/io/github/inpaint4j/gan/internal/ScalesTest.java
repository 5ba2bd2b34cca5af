package io.github.inpaint4j.gan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.inpaint4j.Rect;
import io.github.inpaint4j.Resampling;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

class ScalesTest {

    /** The guide of a pass on the same part as the pass before is what an enlargement gave, bit for bit. */
    @Test
    void samplingTheWholePartIsResamplingsEnlargement() {
        int[][] sizes = {{32, 32, 64, 64}, {33, 17, 65, 34}, {7, 5, 13, 9}, {1, 1, 1, 1}, {1, 3, 2, 5}, {64, 48, 64, 96}};
        for (int[] s : sizes) {
            RgbImage coarse = SyntheticImages.noise(s[0], s[1], s[0] * 31L + s[1]);
            Rect part = new Rect(5, 9, 2 * s[2], 2 * s[3]);
            assertEquals(Resampling.resize(coarse, s[2], s[3]), Scales.sample(coarse, part, part, s[2], s[3]),
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
        RgbImage fine = Scales.sample(coarse, coarseArea, area, 30, 14);
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
                () -> Scales.sample(coarse, new Rect(0, 0, 16, 16), new Rect(4, 4, 16, 8), 16, 8));
        assertEquals("16×8 at (4, 4) is not inside 16×16 at (0, 0)", e.getMessage());
    }
}
