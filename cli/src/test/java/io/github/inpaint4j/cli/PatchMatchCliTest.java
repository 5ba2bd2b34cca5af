package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inpaint fill --method patchmatch}, and {@code --source-mask} of the three exemplar methods. */
class PatchMatchCliTest {

    @TempDir
    Path dir;

    Path image;
    Path mask;
    Path output;

    @BeforeEach
    void writeInputs() throws IOException {
        image = dir.resolve("in.png");
        mask = dir.resolve("mask.png");
        output = dir.resolve("out.png");
        ImageFiles.write(SyntheticImages.stripes(40, 30, 6), image, false);
        ImageFiles.writeMask(Mask.fromRectangles(40, 30, new Rect(15, 10, 8, 7)), mask, false);
    }

    CliRun fill(String method, Path picture, String... extra) {
        String[] base = {"fill", "--method", method, "--image", picture.toString(), "--mask", mask.toString(),
            "--output", output.toString(), "--no-progress", "--force"};
        return CliRun.of(Stream.concat(Arrays.stream(base), Arrays.stream(extra)).toArray(String[]::new));
    }

    @Test
    void patchMatchWithItsOptionsContinuesTheStripes() throws IOException {
        CliRun run = fill("patchmatch", image, "--patch", "5", "--levels", "2", "--coarsest-iterations", "8",
                "--finest-iterations", "2", "--search-iterations", "3", "--seed", "4", "--threads", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("filled 56 hole pixels with patchmatch"), run.out());
        RgbImage in = ImageFiles.read(image);
        RgbImage out = ImageFiles.read(output);
        InpainterContractTest.assertKnownPixelsUnchanged(in, ImageFiles.readMask(mask, MaskRule.nonZero()), out);
        assertEquals(in, out, "stripes continue through the hole");
    }

    /**
     * Stripes with pure red from column 26 and a hole across the border: with a source mask over the
     * stripes only, no filled pixel is reddish.
     */
    @Test
    void sourceMaskKeepsTheFillToTheSourceRegionForEveryExemplarMethod() throws IOException {
        float[] s = SyntheticImages.stripes(40, 30, 6).toPlanar();
        for (int y = 0; y < 30; y++) {
            for (int x = 26; x < 40; x++) {
                s[y * 40 + x] = 1f;
                s[1200 + y * 40 + x] = 0f;
                s[2400 + y * 40 + x] = 0f;
            }
        }
        Path picture = dir.resolve("red.png");
        ImageFiles.write(RgbImage.fromPlanar(40, 30, s), picture, false);
        ImageFiles.writeMask(Mask.fromRectangles(40, 30, new Rect(18, 8, 12, 12)), mask, true);
        Path source = dir.resolve("source.png");
        ImageFiles.writeMask(Mask.fromRectangles(40, 30, new Rect(0, 0, 18, 30)), source, false);
        Mask hole = ImageFiles.readMask(mask, MaskRule.nonZero());
        for (String[] method : new String[][] {{"criminisi", "--patch", "5"}, {"efros-leung", "--window", "5"},
            {"patchmatch", "--patch", "5"}}) {
            CliRun run = fill(method[0], picture, method[1], method[2], "--source-mask", source.toString());
            assertEquals(0, run.exitCode(), run.err());
            RgbImage out = ImageFiles.read(output);
            for (int y = 8; y < 20; y++) {
                for (int x = 18; x < 30; x++) {
                    // red − green: 1 in the red region, −0.05 and 0.1 in the stripes (PatchMatch's blend
                    // shifts the copied stripes by a few hundredths, so no exact colour test)
                    assertTrue(!hole.isHole(x, y) || out.get(x, y, 0) - out.get(x, y, 1) < 0.3f,
                            method[0] + ": (" + x + ", " + y + ") has the red region's colour");
                }
            }
        }
    }

    @Test
    void aSourceMaskOfAnotherSizeIsAOneLineFailureNamingBothSizes() throws IOException {
        Path source = dir.resolve("small.png");
        ImageFiles.writeMask(Mask.full(20, 10), source, false);
        CliRun run = fill("patchmatch", image, "--source-mask", source.toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().contains("sourceMask is 20×10 but the image is 40×30"), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void badValuesAreUsageErrorsNamingTheValue() {
        CliRun big = fill("patchmatch", image, "--patch", "33");
        assertEquals(2, big.exitCode());
        assertTrue(big.err().contains("33"), big.err());
        CliRun even = fill("patchmatch", image, "--patch", "6");
        assertEquals(2, even.exitCode());
        assertTrue(even.err().contains("--patch of patchmatch must be odd and in [3, 31], got 6"), even.err());
    }

    /** The bench compares patchmatch by default; on stripes it continues the period exactly. */
    @Test
    void benchIncludesPatchMatch() throws IOException {
        Path pictures = Files.createDirectories(dir.resolve("pictures"));
        ImageFiles.write(SyntheticImages.stripes(64, 64, 6), pictures.resolve("stripes.png"), false);
        Path out = dir.resolve("bench");
        assertTrue(BenchCommand.defaultMethods().contains("patchmatch"), BenchCommand.defaultMethods().toString());
        CliRun run = CliRun.of("bench", "--images", pictures.toString(), "--output", out.toString(), "--size", "64",
                "--methods", "telea,patchmatch", "--masks", "center", "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        String summary = Files.readString(out.resolve("summary.md"));
        assertTrue(summary.contains("| center | patchmatch | 1 | 0 | ∞ | 0.0000 | 1.00 |"), summary);
    }

    @Test
    void methodsListsPatchMatchAndTheSharedSourceMask() {
        CliRun run = CliRun.of("methods");
        assertEquals(0, run.exitCode(), run.err());
        for (String method : new String[] {"patchmatch ", "criminisi ", "efros-leung "}) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(method) && l.contains("--source-mask")), run.out());
        }
    }
}
