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

/** {@code inpaint fill --method efros-leung|criminisi} with their options. */
class TextureMethodsCliTest {

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

    CliRun fill(String method, String... extra) {
        String[] base = {"fill", "--method", method, "--image", image.toString(), "--mask", mask.toString(),
            "--output", output.toString(), "--no-progress"};
        return CliRun.of(Stream.concat(Arrays.stream(base), Arrays.stream(extra)).toArray(String[]::new));
    }

    void assertStripesRestored(CliRun run, String method) throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("filled 56 hole pixels with " + method), run.out());
        RgbImage in = ImageFiles.read(image);
        RgbImage out = ImageFiles.read(output);
        InpainterContractTest.assertKnownPixelsUnchanged(in, ImageFiles.readMask(mask, MaskRule.nonZero()), out);
        assertEquals(in, out, "stripes continue through the hole");
    }

    @Test
    void efrosLeungWithItsOptions() throws IOException {
        assertStripesRestored(fill("efros-leung", "--window", "7", "--epsilon", "0.2", "--seed", "3", "--threads", "2"),
                "efros-leung");
        Files.delete(output);
        assertStripesRestored(fill("efros-leung", "--window", "7", "--fast"), "efros-leung");
    }

    @Test
    void efrosLeungFromASeparateSample() throws IOException {
        Path sample = dir.resolve("sample.png");
        ImageFiles.write(RgbImage.filled(12, 12, 0.2f, 0.4f, 0.6f), sample, false);
        CliRun run = fill("efros-leung", "--window", "5", "--sample", sample.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0.4f, ImageFiles.read(output).get(18, 13, 1), 1e-6f);
        CliRun tooSmall = fill("efros-leung", "--window", "13", "--sample", sample.toString(), "--force");
        assertEquals(2, tooSmall.exitCode());
        assertTrue(tooSmall.err().contains("sample of 12×12 is smaller than the 13×13 window"), tooSmall.err());
    }

    @Test
    void criminisiWithItsOptions() throws IOException {
        assertStripesRestored(fill("criminisi", "--patch", "7", "--search-radius", "12", "--threads", "1"),
                "criminisi");
    }

    @Test
    void badValuesAreUsageErrorsNamingTheValue() {
        CliRun evenWindow = fill("efros-leung", "--window", "10");
        assertEquals(2, evenWindow.exitCode());
        assertTrue(evenWindow.err().contains("--window of efros-leung must be odd and >= 3, got 10"), evenWindow.err());
        CliRun badEpsilon = fill("efros-leung", "--epsilon", "-1");
        assertEquals(2, badEpsilon.exitCode());
        assertTrue(badEpsilon.err().contains("--epsilon of efros-leung must be >= 0, got -1.0"), badEpsilon.err());
        CliRun evenPatch = fill("criminisi", "--patch", "4");
        assertEquals(2, evenPatch.exitCode());
        assertTrue(evenPatch.err().contains("--patch of criminisi must be odd and >= 3, got 4"), evenPatch.err());
        // the range the registry states is the one the configuration checks (issue 20's symptom)
        CliRun zeroMaxError = fill("efros-leung", "--max-error", "0");
        assertEquals(2, zeroMaxError.exitCode());
        assertTrue(zeroMaxError.err().contains("--max-error of efros-leung must be > 0, got 0.0"), zeroMaxError.err());
        CliRun wrongMethod = fill("criminisi", "--window", "5");
        assertEquals(2, wrongMethod.exitCode());
        assertTrue(wrongMethod.err().contains("--window does not apply to method criminisi"), wrongMethod.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void noCompleteWindowIsAFailureNamingTheSizes() {
        CliRun run = fill("efros-leung", "--window", "31");
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().contains("no complete 31×31 window of known pixels in the 40×30 image"), run.err());
    }

    @Test
    void methodsListsTheTextureMethods() {
        CliRun run = CliRun.of("methods");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("efros-leung ") && l.contains("--window")
                && l.contains("--fast")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("criminisi ") && l.contains("--patch")), run.out());
    }

    /** {@code --context}: a margin in pixels or the whole picture restores the stripes; below −1 is a usage error. */
    @Test
    void contextOption() throws IOException {
        for (String method : new String[] {"efros-leung", "criminisi"}) {
            assertStripesRestored(fill(method, "--context", "12"), method);
            assertStripesRestored(fill(method, "--context", "-1", "--force"), method);
            CliRun bad = fill(method, "--context", "-2", "--force");
            assertEquals(2, bad.exitCode(), bad.err());
            assertTrue(bad.err().contains("--context") && bad.err().contains("-2"), bad.err());
            Files.delete(output);
        }
    }
}
