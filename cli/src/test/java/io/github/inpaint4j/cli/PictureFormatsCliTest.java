package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.testing.ImageFileFixtures;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fill} on a phone photo stored turned, and on a mask saved as JPEG. */
class PictureFormatsCliTest {

    @TempDir
    Path dir;

    /** A 48×32 picture as shown: a horizontal ramp, so that a turned picture reads differently. */
    static BufferedImage shown() {
        BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 48; x++) {
                image.setRGB(x, y, (x * 5) << 16 | (y * 7) << 8 | 0x40);
            }
        }
        return image;
    }

    /** The same picture stored a quarter turn anticlockwise, as a phone held upright stores it (orientation 6). */
    static BufferedImage storedForOrientation6(BufferedImage shown) {
        int w = shown.getHeight();
        int h = shown.getWidth();
        BufferedImage stored = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                stored.setRGB(x, y, shown.getRGB(h - 1 - y, x)); // EXIF 6: stored row 0 is the shown right-hand column
            }
        }
        return stored;
    }

    @Test
    void aPhotoStoredTurnedIsFilledWhereTheMaskWasDrawnOnItAsShown() throws IOException {
        Path picture = dir.resolve("phone.jpg");
        Files.write(picture, ImageFileFixtures.jpegWithOrientation(storedForOrientation6(shown()), 6,
                ByteOrder.LITTLE_ENDIAN));
        // drawn on the picture as a viewer shows it: 48 wide, the hole in the top-right corner
        Mask holes = Mask.fromRectangles(48, 32, new Rect(36, 2, 8, 6));
        Path mask = dir.resolve("mask.png");
        ImageFiles.writeMask(holes, mask, false);
        Path output = dir.resolve("out.png");
        CliRun run = CliRun.of("fill", "--method", "telea", "--image", picture.toString(), "--mask", mask.toString(),
                "--output", output.toString(), "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, run.errLines(), run.err());
        RgbImage result = ImageFiles.read(output);
        assertEquals(48, result.width(), "the result comes back as shown, not as stored");
        RgbImage asShown = ImageFiles.read(picture);
        InpainterContractTest.assertKnownPixelsUnchanged(asShown, holes, result);
        RgbImage asStored = ImageFiles.read(picture, ReadOptions.defaults().withApplyOrientation(false));
        assertEquals(32, asStored.width(), "the file is stored turned");
        // the ramp runs left to right as shown: red grows with x
        assertTrue(result.get(40, 20, 0) > result.get(5, 20, 0) + 0.5f);
    }

    /** A mask drawn on the stored pixels (32×48) is refused in one line that says why and what to do. */
    @Test
    void aMaskOfTheStoredSizeIsRefusedSayingThePictureIsTurned() throws IOException {
        Path picture = dir.resolve("phone.jpg");
        Files.write(picture, ImageFileFixtures.jpegWithOrientation(storedForOrientation6(shown()), 6,
                ByteOrder.LITTLE_ENDIAN));
        Path mask = dir.resolve("stored-mask.png");
        ImageFiles.writeMask(Mask.fromRectangles(32, 48, new Rect(2, 4, 6, 8)), mask, false);
        Path output = dir.resolve("out.png");
        CliRun run = CliRun.of("fill", "--method", "telea", "--image", picture.toString(), "--mask", mask.toString(),
                "--output", output.toString(), "--no-progress");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().startsWith("inpaint: error: mask " + mask + " is 32×48 but image " + picture + " is 48×32: the"
                + " picture is stored 32×48 and shown turned a quarter turn clockwise (its EXIF orientation 6)"),
                run.err());
        assertTrue(run.err().contains("draw it on the picture as shown (48×32), or turn it the same way"), run.err());
        assertTrue(Files.notExists(output));
    }

    @Test
    void aJpegMaskWithTheDefaultRuleGivesOneWarningLinePointingToAThreshold() throws IOException {
        BufferedImage picture = shown();
        Path image = dir.resolve("in.png");
        javax.imageio.ImageIO.write(picture, "png", image.toFile());
        BufferedImage drawn = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 10; y < 20; y++) {
            for (int x = 12; x < 30; x++) {
                drawn.setRGB(x, y, 0xffffff);
            }
        }
        Path mask = dir.resolve("mask.jpg");
        Files.write(mask, ImageFileFixtures.jpeg(drawn));
        Path output = dir.resolve("out.png");
        CliRun run = CliRun.of("fill", "--method", "telea", "--image", image.toString(), "--mask", mask.toString(),
                "--output", output.toString(), "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().startsWith("inpaint: warning: mask " + mask) && run.err().contains("threshold=T"),
                run.err());
        CliRun threshold = CliRun.of("fill", "--method", "telea", "--image", image.toString(), "--mask",
                mask.toString(), "--mask-rule", "threshold=0.5", "--output", output.toString(), "--force",
                "--no-progress");
        assertEquals(0, threshold.exitCode(), threshold.err());
        assertEquals(0, threshold.errLines(), threshold.err());
        assertTrue(threshold.out().contains("filled 180 hole pixels"), threshold.out());
        assertEquals(180, ImageFiles.readMask(mask, MaskRule.threshold(0.5f)).holeCount());
    }
}
