package io.github.inpaint4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.ImageFileFixtures;
import io.github.inpaint4j.testing.NamedPipes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pixel limit checked from the header, and pictures read from pipes. */
class ReadLimitsTest {

    @TempDir
    Path dir;

    @Test
    void headerClaimingTooManyPixelsIsRefusedBeforeDecodingNamingSizeAndLimit() throws IOException {
        // a few bytes that claim 625 megapixels: decoding them would need gigabytes
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, ImageFileFixtures.pngHeader(25000, 25000));
        ImageTooLargeException e = assertThrows(ImageTooLargeException.class, () -> ImageFiles.read(bomb));
        assertTrue(e.getMessage().contains("bomb.png") && e.getMessage().contains("25000×25000")
                && e.getMessage().contains("625,000,000") && e.getMessage().contains("50,000,000"), e.getMessage());
        assertEquals(25000, e.width());
        assertEquals(ReadOptions.DEFAULT_MAX_PIXELS, e.maxPixels());

        Path huge = dir.resolve("huge.png");
        Files.write(huge, ImageFileFixtures.pngHeader(100000, 100000));
        ImageTooLargeException h = assertThrows(ImageTooLargeException.class,
                () -> ImageFiles.readMask(huge, MaskRule.nonZero()));
        assertTrue(h.getMessage().contains("too large") && h.getMessage().contains("100000×100000")
                && !h.getMessage().contains("corrupt"), h.getMessage());
    }

    @Test
    void checkHeaderReadsTheSizeOnly() throws IOException {
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, ImageFileFixtures.pngHeader(100_000, 100_000));
        ImageTooLargeException tooLarge = assertThrows(ImageTooLargeException.class,
                () -> ImageFiles.checkHeader(bomb, ReadOptions.defaults()));
        assertTrue(tooLarge.getMessage().contains("100000×100000"), tooLarge.getMessage());
        // a header alone is enough to pass: the pixels are never looked at
        Path small = dir.resolve("small.png");
        Files.write(small, ImageFileFixtures.pngHeader(20, 10));
        ImageFiles.checkHeader(small, ReadOptions.defaults().withMaxPixels(200));
        assertThrows(ImageTooLargeException.class, () -> ImageFiles.checkHeader(small, ReadOptions.defaults().withMaxPixels(199)));
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not a picture");
        ImageReadException notAPicture = assertThrows(ImageReadException.class,
                () -> ImageFiles.checkHeader(text, ReadOptions.defaults()));
        assertTrue(notAPicture.getMessage().contains("unrecognised content"), notAPicture.getMessage());
    }

    @Test
    void theLimitCanBeLoweredAndRaised() throws IOException {
        Path file = dir.resolve("a.png");
        RgbImage image = SyntheticImages.noise(40, 30, 1);
        ImageFiles.write(image, file, false);
        image = ImageFiles.read(file);
        ReadOptions small = ReadOptions.defaults().withMaxPixels(1199);
        ImageTooLargeException e = assertThrows(ImageTooLargeException.class, () -> ImageFiles.read(file, small));
        assertTrue(e.getMessage().contains("40×30") && e.getMessage().contains("1,199"), e.getMessage());
        assertEquals(image, ImageFiles.read(file, small.withMaxPixels(1200)));
        // the check comes before the orientation: a turned JPEG counts the same pixels
        Path jpeg = dir.resolve("turned.jpg");
        Files.write(jpeg, ImageFileFixtures.jpegWithOrientation(ImageReadingTest.shownPicture(), 6, ByteOrder.BIG_ENDIAN));
        assertThrows(ImageTooLargeException.class, () -> ImageFiles.read(jpeg, small.withMaxPixels(48 * 32 - 1)));
        assertEquals(32, ImageFiles.read(jpeg, small.withMaxPixels(48 * 32)).width());
    }

    @Test
    void optionsAreValidatedNamingFieldRangeAndValue() {
        for (long bad : new long[] {0, -5, ReadOptions.LARGEST_MAX_PIXELS + 1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ReadOptions.defaults().withMaxPixels(bad));
            assertTrue(e.getMessage().contains("maxPixels") && e.getMessage().contains("[1, "
                    + ReadOptions.LARGEST_MAX_PIXELS + "]") && e.getMessage().contains(String.valueOf(bad)), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.defaults().withWarnings(null));
        ReadOptions defaults = ReadOptions.defaults();
        assertEquals(50_000_000L, defaults.maxPixels());
        assertTrue(defaults.applyOrientation());
        assertEquals(ReadOptions.LARGEST_MAX_PIXELS, defaults.withMaxPixels(ReadOptions.LARGEST_MAX_PIXELS).maxPixels());
        assertEquals(defaults, defaults.withMaxPixels(7).withMaxPixels(defaults.maxPixels()), "a value, not an identity");
    }

    @Test
    void picturesAndMasksAreReadFromPipes() throws Exception {
        Path png = dir.resolve("a.png");
        ImageFiles.write(SyntheticImages.noise(40, 30, 2), png, false);
        Path pipe = NamedPipes.feeding(dir.resolve("picture"), Files.readAllBytes(png));
        assertEquals(ImageFiles.read(png), ImageFiles.read(pipe));

        Path maskFile = dir.resolve("mask.png");
        Mask mask = Mask.fromRectangles(40, 30, new Rect(3, 4, 10, 5));
        ImageFiles.writeMask(mask, maskFile, false);
        Path maskPipe = NamedPipes.feeding(dir.resolve("mask"), Files.readAllBytes(maskFile));
        assertEquals(mask, ImageFiles.readMask(maskPipe, MaskRule.nonZero()));

        // a JPEG's orientation is found in a pipe too (the header is read, then the decoder rewinds)
        BufferedImage shown = ImageReadingTest.shownPicture();
        Path turned = NamedPipes.feeding(dir.resolve("turned"), ImageFileFixtures.jpegWithOrientation(
                ImageReadingTest.storedFor(shown, 8), 8, ByteOrder.BIG_ENDIAN));
        ImageReadingTest.assertBlocks(shown, ImageFiles.read(turned), 3 / 255f, "pipe");
    }

    @Test
    void tooLargeHeaderInAPipeIsRefused() throws Exception {
        Path pipe = NamedPipes.feeding(dir.resolve("bomb"), ImageFileFixtures.pngHeader(25000, 25000));
        assertThrows(ImageTooLargeException.class, () -> ImageFiles.read(pipe));
    }

    @Test
    void aPipeIsReadUpToABound() throws IOException {
        Path name = dir.resolve("stream");
        try (InputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[100]), 60,
                () -> new ImageReadException(name, "the stream holds more than 60 bytes", null))) {
            assertEquals(50, in.readNBytes(50).length);
            ImageReadException e = assertThrows(ImageReadException.class, () -> in.readNBytes(50));
            assertTrue(e.getMessage().contains("stream") && e.getMessage().contains("more than 60 bytes"),
                    e.getMessage());
        }
        assertEquals(8 * 1000 + (1 << 20), ReadOptions.defaults().withMaxPixels(1000).maxStreamBytes());
    }

    @Test
    void anEndlessPipeFailsAtTheBound() throws Exception {
        // a valid 1×1 header, then an ancillary chunk far larger than any 1-pixel picture, which the decoder skips
        byte[] header = ImageFileFixtures.pngHeader(1, 1);
        byte[] bytes = new byte[header.length - 12 + 8 + (3 << 20)];
        System.arraycopy(header, 0, bytes, 0, header.length - 12);
        int at = header.length - 12;
        int length = bytes.length - at - 12;
        bytes[at] = (byte) (length >>> 24);
        bytes[at + 1] = (byte) (length >>> 16);
        bytes[at + 2] = (byte) (length >>> 8);
        bytes[at + 3] = (byte) length;
        bytes[at + 4] = 'b';
        bytes[at + 5] = 'l';
        bytes[at + 6] = 'o';
        bytes[at + 7] = 'b';
        Path pipe = NamedPipes.feeding(dir.resolve("endless"), bytes);
        ImageReadException e = assertThrows(ImageReadException.class,
                () -> ImageFiles.read(pipe, ReadOptions.defaults().withMaxPixels(1)));
        assertTrue(e.getMessage().contains("endless") && e.getMessage().contains("more than " + (8 + (1 << 20))),
                e.getMessage());
        assertFalse(e instanceof ImageTooLargeException);
    }
}
