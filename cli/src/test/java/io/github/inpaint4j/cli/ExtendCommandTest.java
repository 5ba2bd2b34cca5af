package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inpaint extend}: outpainting from the command line. */
class ExtendCommandTest {

    private static final Path PHOTO = Path.of("../docs/samples/astronaut-256.png");
    private static final Path PATCH = Path.of("../docs/samples/astronaut-256-mission-patch.png");

    @TempDir
    Path dir;

    @Test
    void addsPixelsOnTheSidesFilledByTheMethodAndKeepsThePicture() throws IOException {
        Path out = dir.resolve("wider.png");
        CliRun run = CliRun.of("extend", "--method", "telea", "--image", PHOTO.toString(), "--left", "16",
                "--bottom", "8", "--output", out.toString(), "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("(272×264, extended from 256×256)"), run.out());
        BufferedImage photo = ImageIO.read(PHOTO.toFile());
        BufferedImage wider = ImageIO.read(out.toFile());
        assertEquals(272, wider.getWidth());
        assertEquals(264, wider.getHeight());
        for (int y = 0; y < 256; y++) {
            for (int x = 16; x < 272; x++) {
                assertEquals(photo.getRGB(x - 16, y), wider.getRGB(x, y), "picture pixel " + x + "," + y);
            }
        }
        // the border continues the picture: next to its edge it is close to the edge's own pixels
        assertTrue(meanDifference(wider, 15, 0, 0, 1, photo, 0, 0, 0, 1, 256) < 0.08, "left border");
        assertTrue(meanDifference(wider, 16, 256, 1, 0, photo, 0, 255, 1, 0, 256) < 0.08, "bottom border");
    }

    /** The mean absolute difference, over {@code n} pixels and the channels, of two lines of pixels, in [0, 1]. */
    private static double meanDifference(BufferedImage a, int ax, int ay, int adx, int ady, BufferedImage b, int bx,
            int by, int bdx, int bdy, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int p = a.getRGB(ax + i * adx, ay + i * ady);
            int q = b.getRGB(bx + i * bdx, by + i * bdy);
            for (int shift = 0; shift <= 16; shift += 8) {
                sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) / 255.0;
            }
        }
        return sum / (3 * n);
    }

    @Test
    void alsoFillsTheHolesOfAMask() throws IOException {
        Path out = dir.resolve("both.png");
        CliRun run = CliRun.of("extend", "--method", "criminisi", "--image", PHOTO.toString(), "--mask",
                PATCH.toString(), "--top", "6", "--output", out.toString(), "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage photo = ImageIO.read(PHOTO.toFile());
        BufferedImage patch = ImageIO.read(PATCH.toFile());
        BufferedImage both = ImageIO.read(out.toFile());
        assertEquals(262, both.getHeight());
        int changed = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                boolean hole = (patch.getRGB(x, y) & 0xffffff) != 0;
                if (!hole) {
                    assertEquals(photo.getRGB(x, y), both.getRGB(x, y + 6), "known pixel " + x + "," + y);
                } else if (photo.getRGB(x, y) != both.getRGB(x, y + 6)) {
                    changed++;
                }
            }
        }
        assertTrue(changed > 100, "the patch was filled: " + changed);
    }

    @Test
    void refusesNoSideANegativeSideAndACanvasOverTheLimit() {
        String out = dir.resolve("x.png").toString();
        CliRun none = CliRun.of("extend", "--method", "telea", "--image", PHOTO.toString(), "--output", out);
        assertEquals(InpaintCommand.USAGE, none.exitCode());
        assertTrue(none.err().contains("give at least one of --left, --right, --top and --bottom"), none.err());
        CliRun negative = CliRun.of("extend", "--method", "telea", "--image", PHOTO.toString(), "--right", "-3",
                "--output", out);
        assertEquals(InpaintCommand.USAGE, negative.exitCode());
        assertTrue(negative.err().contains("--right must be in [0, 65536], got -3"), negative.err());
        CliRun large = CliRun.of("extend", "--method", "telea", "--image", PHOTO.toString(), "--left", "1000",
                "--max-pixels", "100000", "--output", out, "--no-progress");
        assertEquals(InpaintCommand.FAILURE, large.exitCode());
        assertTrue(large.err().contains("would be 1256×256 = 321,536 pixels, more than the limit of 100,000"),
                large.err());
        assertTrue(Files.notExists(Path.of(out)));
    }
}
