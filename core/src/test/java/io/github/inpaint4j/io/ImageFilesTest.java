package io.github.inpaint4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

    @TempDir
    Path dir;

    /** An image whose samples are all exact 8-bit levels, so that 8-bit files keep it bit for bit. */
    static RgbImage eightBitImage() {
        float[] s = new float[3 * 16 * 9];
        for (int i = 0; i < s.length; i++) {
            s[i] = ((i * 37) % 256) / 255f;
        }
        return RgbImage.fromPlanar(16, 9, s);
    }

    @Test
    void pngAndBmpRoundTripBitForBit() throws IOException {
        RgbImage image = eightBitImage();
        for (String name : new String[] {"a.png", "a.bmp", "A.PNG"}) {
            Path file = dir.resolve(name);
            ImageFiles.write(image, file, false);
            assertEquals(image, ImageFiles.read(file), name);
        }
    }

    @Test
    void jpegRoundTripIsClose() throws IOException {
        RgbImage image = SyntheticImages.gradient(32, 32);
        Path file = dir.resolve("a.jpg");
        ImageFiles.write(image, file, false);
        RgbImage back = ImageFiles.read(file);
        for (int c = 0; c < 3; c++) {
            assertEquals(image.get(10, 20, c), back.get(10, 20, c), 3 / 255f);
        }
    }

    @Test
    void existingFileIsNotOverwrittenUnlessAsked() throws IOException {
        Path file = dir.resolve("out.png");
        Files.writeString(file, "precious");
        RgbImage image = eightBitImage();
        assertThrows(FileAlreadyExistsException.class, () -> ImageFiles.write(image, file, false));
        assertEquals("precious", Files.readString(file));
        ImageFiles.write(image, file, true);
        assertEquals(image, ImageFiles.read(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file may be left behind");
        }
    }

    @Test
    void missingOutputFolderIsNamed() {
        Path file = dir.resolve("no/such/folder/out.png");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> ImageFiles.write(eightBitImage(), file, false));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }

    @Test
    void unsupportedExtensionIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageFiles.write(eightBitImage(), dir.resolve("out.webp"), false));
        assertTrue(e.getMessage().contains("webp") && e.getMessage().contains("out.webp"), e.getMessage());
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("missing.png");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ImageFiles.read(file));
        assertTrue(e.getMessage().contains("missing.png"), e.getMessage());
    }

    @Test
    void textFileNamedPngIsRejectedWithItsName() throws IOException {
        Path file = dir.resolve("fake.png");
        Files.writeString(file, "this is not an image", StandardCharsets.UTF_8);
        ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.read(file));
        assertTrue(e.getMessage().contains("fake.png") && e.getMessage().contains("not a PNG"), e.getMessage());
    }

    @Test
    void truncatedPngIsRejectedWithItsName() throws IOException {
        Path good = dir.resolve("good.png");
        ImageFiles.write(SyntheticImages.noise(64, 64, 1), good, false);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.png");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.read(cut));
        assertTrue(e.getMessage().contains("cut.png") && e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void truncatedJpegIsRejectedRatherThanReadHalfGrey() throws IOException {
        Path good = dir.resolve("good.jpg");
        ImageFiles.write(SyntheticImages.noise(64, 64, 1), good, false);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.jpg");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.read(cut));
        assertTrue(e.getMessage().contains("cut.jpg") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void folderIsNotAnImage() {
        ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.read(dir));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }

    @Test
    void grayPngReadsItsSampleValues() throws IOException {
        BufferedImage gray = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setSample(0, 0, 0, 128);
        gray.getRaster().setSample(1, 0, 0, 255);
        Path file = dir.resolve("gray.png");
        ImageIO.write(gray, "png", file.toFile());
        RgbImage image = ImageFiles.read(file);
        for (int c = 0; c < 3; c++) {
            assertEquals(128 / 255f, image.get(0, 0, c));
            assertEquals(1f, image.get(1, 0, c));
        }
    }

    @Test
    void sixteenBitGrayKeepsItsPrecision() throws IOException {
        BufferedImage gray = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY);
        gray.getRaster().setSample(0, 0, 0, 1000);
        Path file = dir.resolve("gray16.png");
        ImageIO.write(gray, "png", file.toFile());
        assertEquals(1000 / 65535f, ImageFiles.read(file).get(0, 0, 1));
    }

    @Test
    void alphaIsDroppedFromTheImageAndReadAsAMask() throws IOException {
        BufferedImage argb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0xff336699);
        argb.setRGB(1, 0, 0x00336699);
        Path file = dir.resolve("alpha.png");
        ImageIO.write(argb, "png", file.toFile());
        RgbImage image = ImageFiles.read(file);
        assertEquals(0x33 / 255f, image.get(1, 0, 0));
        assertEquals(0x99 / 255f, image.get(0, 0, 2));
        Mask mask = ImageFiles.readMask(file, MaskRule.transparent());
        assertFalse(mask.isHole(0, 0));
        assertTrue(mask.isHole(1, 0));
    }

    @Test
    void alphaRuleNeedsAnAlphaChannel() throws IOException {
        Path file = dir.resolve("opaque.png");
        ImageFiles.write(eightBitImage(), file, false);
        ImageReadException e = assertThrows(ImageReadException.class,
                () -> ImageFiles.readMask(file, MaskRule.transparent()));
        assertTrue(e.getMessage().contains("opaque.png") && e.getMessage().contains("alpha"), e.getMessage());
    }

    @Test
    void maskRoundTrip() throws IOException {
        Mask mask = Mask.of(3, 2, new boolean[] {true, false, false, false, true, true});
        Path file = dir.resolve("mask.png");
        ImageFiles.writeMask(mask, file, false);
        assertEquals(mask, ImageFiles.readMask(file, MaskRule.nonZero()));
        assertEquals(mask, ImageFiles.readMask(file, MaskRule.parse("threshold=0.5")));
    }

    @Test
    void paletteImagesUseTheirColours() {
        byte[] r = {0, (byte) 200};
        byte[] g = {0, (byte) 100};
        byte[] b = {0, (byte) 50};
        BufferedImage palette = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_INDEXED,
                new java.awt.image.IndexColorModel(1, 2, r, g, b));
        palette.getRaster().setSample(1, 0, 0, 1);
        RgbImage image = BufferedImages.toRgbImage(palette);
        assertArrayEquals(new float[] {0, 0, 0, 200 / 255f, 100 / 255f, 50 / 255f}, image.toInterleaved());
    }

    @Test
    void premultipliedColoursAreDividedByAlpha() {
        BufferedImage pre = new BufferedImage(1, 1, BufferedImage.TYPE_4BYTE_ABGR_PRE);
        pre.getRaster().setPixel(0, 0, new int[] {100, 50, 0, 128});
        RgbImage image = BufferedImages.toRgbImage(pre);
        assertEquals(Math.min(1f, (100 / 255f) / (128 / 255f)), image.get(0, 0, 0), 1e-6);
        assertEquals((50 / 255f) / (128 / 255f), image.get(0, 0, 1), 1e-6);
    }

    @Test
    void maskRuleParsing() {
        assertEquals(MaskRule.nonZero(), MaskRule.parse("nonzero"));
        assertEquals(MaskRule.transparent(), MaskRule.parse("ALPHA"));
        assertEquals(MaskRule.threshold(0.25f), MaskRule.parse("threshold=0.25"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MaskRule.parse("blue"));
        assertTrue(e.getMessage().contains("blue"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MaskRule.parse("threshold=2"));
        assertThrows(IllegalArgumentException.class, () -> MaskRule.parse("threshold=x"));
    }

    @Test
    void listFindsPictureFilesRecursivelyByExtensionSortedByPath() throws IOException {
        for (String name : new String[] {"b.png", "A.PNG", "sub/c.jpg", "sub/d.JPEG", "sub/deep/e.bmp",
                "sub/deep/f.Bmp", "notes.txt", "g.gif", "h.tiff", "H.TIF", "noextension", "png", "sub/deep/i.png.txt",
                "j.webp"}) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "content does not matter to list");
        }
        Files.createDirectories(dir.resolve("folder.png"));
        assertEquals(List.of(dir.resolve("A.PNG"), dir.resolve("H.TIF"), dir.resolve("b.png"), dir.resolve("g.gif"),
                dir.resolve("h.tiff"), dir.resolve("sub/c.jpg"),
                dir.resolve("sub/d.JPEG"), dir.resolve("sub/deep/e.bmp"), dir.resolve("sub/deep/f.Bmp")),
                ImageFiles.list(dir));
        assertEquals(List.of(dir.resolve("sub/deep/e.bmp"), dir.resolve("sub/deep/f.Bmp")),
                ImageFiles.list(dir.resolve("sub/deep")));
        assertEquals(List.of(), ImageFiles.list(dir.resolve("folder.png")));
    }

    @Test
    void listNeedsAnExistingFolder() throws IOException {
        Path missing = dir.resolve("missing");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ImageFiles.list(missing));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        Path file = dir.resolve("a.png");
        ImageFiles.write(eightBitImage(), file, false);
        NotDirectoryException n = assertThrows(NotDirectoryException.class, () -> ImageFiles.list(file));
        assertTrue(n.getMessage().contains("a.png"), n.getMessage());
    }
}
