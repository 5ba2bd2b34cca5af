package io.github.inpaint4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.MaskSizeException;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.testing.ImageFileFixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FillFiles#read} on a phone photo stored 256×192 with EXIF orientation 6, so shown (and
 * read) 192×256: a mask drawn on the stored pixels, 256×192, is refused with the reason and what to
 * do; a mask drawn on the picture as shown is taken; reading the picture as stored takes the other.
 */
class FillFilesTest {

    @TempDir
    Path dir;

    private Path photo() throws IOException {
        BufferedImage stored = new BufferedImage(256, 192, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 192; y++) {
            for (int x = 0; x < 256; x++) {
                stored.setRGB(x, y, x << 16 | y << 8 | 0x40);
            }
        }
        Path photo = dir.resolve("phone.jpg");
        Files.write(photo, ImageFileFixtures.jpegWithOrientation(stored, 6, ByteOrder.BIG_ENDIAN));
        return photo;
    }

    private Path mask(int width, int height) throws IOException {
        Path mask = dir.resolve("mask-" + width + "x" + height + ".png");
        ImageFiles.writeMask(Mask.fromRectangles(width, height, new Rect(20, 30, 16, 12)), mask, false);
        return mask;
    }

    @Test
    void aMaskOfTheStoredSizeIsRefusedSayingThePictureIsTurnedByItsOrientation() throws IOException {
        MaskSizeException e = assertThrows(MaskSizeException.class,
                () -> FillFiles.read(photo(), mask(256, 192), MaskRule.nonZero(), ReadOptions.defaults()));
        assertEquals("256×192", e.maskSize());
        assertEquals("192×256", e.size());
        assertEquals("the picture is stored 256×192 and shown turned a quarter turn clockwise (its EXIF orientation"
                + " 6), which is how it is read; the mask has the stored size: draw it on the picture as shown"
                + " (192×256), or turn it the same way", e.reason());
        assertTrue(e.getMessage().startsWith("the mask is 256×192 but the image is 192×256: the picture is stored"),
                e.getMessage());
    }

    @Test
    void aMaskDrawnOnThePictureAsShownIsTaken() throws IOException {
        FillFiles.Inputs inputs = FillFiles.read(photo(), mask(192, 256), MaskRule.nonZero(), ReadOptions.defaults());
        assertEquals(192, inputs.image().width());
        assertEquals(16 * 12, inputs.holes().holeCount());
    }

    @Test
    void readAsStoredThePictureTakesTheStoredMask() throws IOException {
        FillFiles.Inputs inputs = FillFiles.read(photo(), mask(256, 192), MaskRule.nonZero(),
                ReadOptions.defaults().withApplyOrientation(false));
        assertEquals(256, inputs.image().width());
    }

    /** Without a recorded orientation, swapped sides are only a wrong size. */
    @Test
    void aPictureWithoutOrientationGivesTheSizesAlone() throws IOException {
        Path png = dir.resolve("plain.png");
        ImageFiles.writeMask(Mask.fromRectangles(192, 256, new Rect(0, 0, 1, 1)), png, false);
        MaskSizeException e = assertThrows(MaskSizeException.class,
                () -> FillFiles.read(png, mask(256, 192), MaskRule.nonZero(), ReadOptions.defaults()));
        assertEquals("", e.reason());
        assertEquals("the mask is 256×192 but the image is 192×256", e.getMessage());
    }
}
