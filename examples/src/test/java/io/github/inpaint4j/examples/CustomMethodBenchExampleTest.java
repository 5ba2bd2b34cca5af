package io.github.inpaint4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.bench.BenchReport;
import io.github.inpaint4j.bench.CaseResult;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomMethodBenchExampleTest {

    @Test
    void benchesTheCustomMethodAgainstTelea(@TempDir Path dir) throws IOException {
        Path pictures = Files.createDirectories(dir.resolve("pictures"));
        ImageFiles.write(SyntheticImages.gradient(64, 64), pictures.resolve("gradient.png"), false);
        ImageFiles.write(SyntheticImages.noise(80, 64, 5), pictures.resolve("noise.png"), false);

        BenchReport report = CustomMethodBenchExample.run(pictures, dir.resolve("out"), false);

        assertEquals(2 * 2 * 2, report.results().size());
        assertTrue(report.failures().isEmpty(), report.failures().toString());
        assertTrue(Files.exists(dir.resolve("out/results.csv")) && Files.exists(dir.resolve("out/summary.md")));
        // on a smooth ramp Telea's extrapolation beats one flat colour
        double mean = holePsnr(report, "gradient", "border-mean");
        double telea = holePsnr(report, "gradient", "telea");
        assertTrue(telea > mean + 10, "telea " + telea + " dB, border mean " + mean + " dB");
    }

    @Test
    void theBorderMeanKeepsTheContract() {
        RgbImage picture = SyntheticImages.noise(20, 16, 3);
        Mask hole = Mask.fromRectangles(20, 16, new Rect(5, 4, 6, 5));
        RgbImage filled = new CustomMethodBenchExample.BorderMeanInpainter().inpaint(picture, hole);
        InpainterContractTest.assertKnownPixelsUnchanged(picture, hole, filled);
        double expectedRed = 0;
        int ring = 0;
        // the ring of mask.dilate(1): the pixels beside the hole's sides, not its diagonal corners
        for (int y = 3; y <= 9; y++) {
            for (int x = 4; x <= 11; x++) {
                boolean corner = (x == 4 || x == 11) && (y == 3 || y == 9);
                if (!hole.isHole(x, y) && !corner) {
                    expectedRed += picture.get(x, y, 0);
                    ring++;
                }
            }
        }
        assertEquals(expectedRed / ring, filled.get(7, 6, 0), 1e-6);
    }

    private static double holePsnr(BenchReport report, String picture, String method) {
        return report.results().stream().filter(r -> r.picture().equals(picture) && r.method().equals(method))
                .mapToDouble(CaseResult::holePsnr).average().orElseThrow();
    }
}
