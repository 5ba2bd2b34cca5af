package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.inpaint4j.CostEstimate;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FillCommandTest {

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
        ImageFiles.write(SyntheticImages.noise(40, 30, 1), image, false);
        ImageFiles.writeMask(Mask.fromRectangles(40, 30, new Rect(10, 8, 12, 9)), mask, false);
    }

    CliRun fill(String... extra) {
        String[] base = {"fill", "--method", "telea", "--image", image.toString(), "--mask", mask.toString(),
            "--output", output.toString(), "--no-progress"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void fillsAndKeepsKnownPixels() throws IOException {
        CliRun run = fill();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("filled 108 hole pixels with telea"), run.out());
        InpainterContractTest.assertKnownPixelsUnchanged(ImageFiles.read(image),
                ImageFiles.readMask(mask, io.github.inpaint4j.io.MaskRule.nonZero()), ImageFiles.read(output));
    }

    @Test
    void existingOutputIsKeptWithoutForce() throws IOException {
        Files.writeString(output, "keep me");
        CliRun run = fill();
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().contains("--force") && run.err().contains("out.png"), run.err());
        assertEquals("keep me", Files.readString(output));
        CliRun forced = fill("--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals(40, ImageFiles.read(output).width());
    }

    @Test
    void missingImageIsOneLineWithoutStackTrace() {
        image = dir.resolve("missing.png");
        CliRun run = fill();
        assertEquals(1, run.exitCode());
        assertEquals("inpaint: error: " + image + ": no such file", run.err().strip());
        assertFalse(Files.exists(output));
    }

    @Test
    void verboseAddsTheStackTrace() {
        image = dir.resolve("missing.png");
        CliRun run = fill("--verbose");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("NoSuchFileException") && run.err().contains("\tat "), run.err());
    }

    @Test
    void textFileNamedPng() throws IOException {
        Files.writeString(image, "hello");
        CliRun run = fill();
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().contains("in.png") && run.err().contains("not a PNG"), run.err());
    }

    @Test
    void maskOfAnotherSizeNamesBothFilesAndSizes() throws IOException {
        ImageFiles.writeMask(Mask.full(30, 40), mask, true);
        CliRun run = fill();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("30×40") && run.err().contains("40×30") && run.err().contains("mask.png"),
                run.err());
    }

    @Test
    void maskWithoutHoleCopiesTheInputWithAWarning() throws IOException {
        ImageFiles.writeMask(Mask.empty(40, 30), mask, true);
        CliRun run = fill();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning") && run.err().contains("no hole"), run.err());
        assertEquals(ImageFiles.read(image), ImageFiles.read(output));
    }

    @Test
    void maskThatIsAllHoleIsAClearError() throws IOException {
        ImageFiles.writeMask(Mask.full(40, 30), mask, true);
        CliRun run = fill();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no known pixels"), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void grayPaletteAlphaAndSixteenBitInputs() throws IOException {
        BufferedImage gray = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage gray16 = new BufferedImage(40, 30, BufferedImage.TYPE_USHORT_GRAY);
        BufferedImage argb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        BufferedImage palette = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(2, 4, new byte[] {0, 80, (byte) 160, (byte) 240},
                        new byte[] {0, 40, 90, (byte) 200}, new byte[] {10, 20, 30, 40}));
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                gray.getRaster().setSample(x, y, 0, (x * 7 + y * 3) % 256);
                gray16.getRaster().setSample(x, y, 0, (x * 1500 + y * 700) % 65536);
                argb.setRGB(x, y, 0x80000000 | (x * 6 << 16) | (y * 8 << 8) | 99);
                palette.getRaster().setSample(x, y, 0, (x + y) % 4);
            }
        }
        for (BufferedImage picture : new BufferedImage[] {gray, gray16, argb, palette}) {
            ImageIO.write(picture, "png", image.toFile());
            CliRun run = fill("--force");
            assertEquals(0, run.exitCode(), "type " + picture.getType() + ": " + run.err());
            RgbImage out = ImageFiles.read(output);
            RgbImage in = ImageFiles.read(image);
            // 16-bit samples are written back at 16 bits now: every depth keeps its known pixels exactly
            InpainterContractTest.assertKnownPixelsUnchanged(in, Mask.fromRectangles(40, 30, new Rect(10, 8, 12, 9)),
                    out);
        }
    }

    @Test
    void outputFolderThatDoesNotExist() {
        output = dir.resolve("nowhere/out.png");
        CliRun run = fill();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nowhere") && run.err().contains("does not exist"), run.err());
    }

    @Test
    void outputFolderThatIsNotWritable() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can write anywhere");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        output = locked.resolve("out.png");
        CliRun run = fill();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("not writable"), run.err());
        Files.setPosixFilePermissions(locked, Set.copyOf(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CliRun.of().exitCode());
        CliRun unknownMethod = CliRun.of("fill", "--method", "magic", "--image", image.toString(), "--mask",
                mask.toString(), "--output", output.toString());
        assertEquals(2, unknownMethod.exitCode());
        assertTrue(unknownMethod.err().contains("unknown method 'magic'") && unknownMethod.err().contains("telea"),
                unknownMethod.err());
        assertEquals(2, fill("--bogus").exitCode());
        CliRun badRadius = fill("--radius", "0");
        assertEquals(2, badRadius.exitCode());
        assertTrue(badRadius.err().contains("--radius of telea must be in [1, 50], got 0"), badRadius.err());
        assertEquals(2, fill("--threads", "0").exitCode());
        assertEquals(2, fill("--mask-rule", "purple").exitCode());
        CliRun badFormat = CliRun.of("fill", "--method", "telea", "--image", image.toString(), "--mask",
                mask.toString(), "--output", dir.resolve("out.gif").toString());
        assertEquals(2, badFormat.exitCode());
        assertTrue(badFormat.err().contains("gif"), badFormat.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void alphaMaskRule() throws IOException {
        BufferedImage erased = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                erased.setRGB(x, y, x < 5 ? 0x00000000 : 0xff808080);
            }
        }
        ImageIO.write(erased, "png", mask.toFile());
        CliRun run = fill("--mask-rule", "alpha");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("filled 150 hole pixels"), run.out());
    }

    /** A run estimated over three minutes is warned about with the count, the time and the hint; a short one is not. */
    @Test
    void aLongRunIsWarnedAboutBeforeItStarts() {
        CostEstimate slow = new CostEstimate(4.2e12, "pixel comparisons", 720, "try --fast");
        assertEquals(Optional.of("inpaint: warning: efros-leung is estimated at 4.2e+12 pixel comparisons,"
                + " about 12 min at the reference rate on its threads; try --fast"), FillCommand.longRunWarning("efros-leung", slow));
        assertTrue(FillCommand.longRunWarning("efros-leung", new CostEstimate(1e9, "pixel comparisons",
                CostEstimate.LONG_SECONDS, "")).isEmpty());
    }

    /** Exact Efros–Leung on a small picture: estimated, not warned about. */
    @Test
    void aShortExactEfrosLeungRunHasNoWarning() {
        CliRun run = CliRun.of("fill", "--method", "efros-leung", "--window", "5", "--image", image.toString(),
                "--mask", mask.toString(), "--output", output.toString(), "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("warning"), run.err());
    }
}
