package io.github.inpaint4j.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void psnrOfAConstantOffset() {
        RgbImage a = RgbImage.filled(8, 8, 0.5f, 0.5f, 0.5f);
        RgbImage b = RgbImage.filled(8, 8, 0.6f, 0.4f, 0.6f);
        // every sample is off by 0.1 (to float precision): MSE = 0.01, PSNR = 10·log10(100) = 20 dB
        assertEquals(20.0, Psnr.of(a, b), 1e-5);
        assertEquals(Double.POSITIVE_INFINITY, Psnr.of(a, a));
    }

    @Test
    void psnrInTheHoleIgnoresKnownPixels() {
        RgbImage a = RgbImage.filled(4, 4, 0.5f, 0.5f, 0.5f);
        float[] s = a.toPlanar();
        int plane = 16;
        s[5] = 0.75f;                 // pixel (1, 1), red: error 0.25, inside the hole
        s[plane + 15] = 0.0f;         // pixel (3, 3), green: error 0.5, outside the hole
        RgbImage b = RgbImage.fromPlanar(4, 4, s);
        Mask hole = Mask.fromRectangles(4, 4, new Rect(0, 0, 2, 2));
        // hole: 4 pixels × 3 channels = 12 samples, one of them off by 0.25 → MSE = 0.0625 / 12
        assertEquals(10 * Math.log10(12 / 0.0625), Psnr.inHole(a, b, hole), 1e-9);
        // whole image: 48 samples, errors 0.25 and 0.5 → MSE = (0.0625 + 0.25) / 48
        assertEquals(10 * Math.log10(48 / 0.3125), Psnr.of(a, b), 1e-9);
        // MAE in the hole: 0.25 / 12; overall: 0.75 / 48
        assertEquals(0.25 / 12, Mae.inHole(a, b, hole), 1e-9);
        assertEquals(0.75 / 48, Mae.of(a, b), 1e-9);
    }

    @Test
    void holeMetricsNeedAHole() {
        RgbImage a = RgbImage.filled(4, 4, 0, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Psnr.inHole(a, a, Mask.empty(4, 4)));
        assertTrue(e.getMessage().contains("no hole"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Mae.inHole(a, a, Mask.empty(4, 4)));
        assertThrows(IllegalArgumentException.class, () -> Psnr.inHole(a, a, Mask.full(3, 4)));
    }

    @Test
    void sizesMustMatch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Psnr.of(RgbImage.filled(4, 4, 0, 0, 0), RgbImage.filled(4, 5, 0, 0, 0)));
        assertTrue(e.getMessage().contains("4×4") && e.getMessage().contains("4×5"), e.getMessage());
    }

    @Test
    void ssimOfIdenticalImagesIsOne() {
        RgbImage a = SyntheticImages.noise(32, 24, 3);
        assertEquals(1.0, Ssim.of(a, a), 1e-12);
    }

    @Test
    void ssimOfTwoConstantImages() {
        // σ = 0 everywhere, so SSIM = (2ab + C1) / (a² + b² + C1) · C2 / C2 in every channel
        float a = 0.2f;
        float b = 0.6f;
        double c1 = 0.01 * 0.01;
        double expected = (2.0 * a * b + c1) / ((double) a * a + (double) b * b + c1);
        double ssim = Ssim.of(RgbImage.filled(16, 16, a, a, a), RgbImage.filled(16, 16, b, b, b));
        assertEquals(expected, ssim, 1e-9);
        assertEquals(0.6, expected, 0.01);
    }

    @Test
    void ssimOfOneWindowMatchesTheDefinition() {
        // An 11×11 image has exactly one window position: compute its weighted statistics directly.
        RgbImage x = SyntheticImages.noise(11, 11, 7);
        RgbImage y = SyntheticImages.noise(11, 11, 8);
        double total = 0;
        for (int c = 0; c < 3; c++) {
            double wSum = 0;
            double[][] g = new double[11][11];
            for (int i = 0; i < 11; i++) {
                for (int j = 0; j < 11; j++) {
                    g[i][j] = Math.exp(-((i - 5) * (i - 5) + (j - 5) * (j - 5)) / (2 * 1.5 * 1.5));
                    wSum += g[i][j];
                }
            }
            double mx = 0;
            double my = 0;
            for (int i = 0; i < 11; i++) {
                for (int j = 0; j < 11; j++) {
                    mx += g[i][j] / wSum * x.get(j, i, c);
                    my += g[i][j] / wSum * y.get(j, i, c);
                }
            }
            double vx = 0;
            double vy = 0;
            double cov = 0;
            for (int i = 0; i < 11; i++) {
                for (int j = 0; j < 11; j++) {
                    double dx = x.get(j, i, c) - mx;
                    double dy = y.get(j, i, c) - my;
                    vx += g[i][j] / wSum * dx * dx;
                    vy += g[i][j] / wSum * dy * dy;
                    cov += g[i][j] / wSum * dx * dy;
                }
            }
            double c1 = 1e-4;
            double c2 = 9e-4;
            total += (2 * mx * my + c1) * (2 * cov + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));
        }
        assertEquals(total / 3, Ssim.of(x, y), 1e-9);
    }

    @Test
    void ssimIsSymmetricAndFallsWithNoise() {
        RgbImage clean = SyntheticImages.gradient(40, 40);
        RgbImage noise = SyntheticImages.noise(40, 40, 1);
        float[] a = clean.toPlanar();
        float[] n = noise.toPlanar();
        float[] mild = new float[a.length];
        float[] strong = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            mild[i] = Math.min(1, Math.max(0, a[i] + 0.05f * (n[i] - 0.5f)));
            strong[i] = Math.min(1, Math.max(0, a[i] + 0.4f * (n[i] - 0.5f)));
        }
        RgbImage m = RgbImage.fromPlanar(40, 40, mild);
        RgbImage s = RgbImage.fromPlanar(40, 40, strong);
        assertEquals(Ssim.of(clean, m), Ssim.of(m, clean), 1e-12);
        assertTrue(Ssim.of(clean, m) > Ssim.of(clean, s));
        assertTrue(Ssim.of(clean, s) < 1);
    }

    @Test
    void ssimNeedsAWindowsWorthOfPixels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ssim.of(RgbImage.filled(10, 20, 0, 0, 0), RgbImage.filled(10, 20, 0, 0, 0)));
        assertTrue(e.getMessage().contains("10×20"), e.getMessage());
    }
}
