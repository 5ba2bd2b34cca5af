package io.github.inpaint4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.testing.ImageFileFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orientation, CMYK, GIF and TIFF, and the warning for lossy masks. */
class ImageReadingTest {

    /** Colours of the 3×2 blocks of {@link #shownPicture()}, row by row. */
    static final int[] BLOCK_COLOURS = {0xd02010, 0x20c040, 0x3050e0, 0xe0e020, 0x101010, 0x80f0f0};
    /** Side of a block: the JPEG writer's 16×16 MCU, so that flat blocks survive compression. */
    static final int BLOCK = 16;

    @TempDir
    Path dir;

    /** A 48×32 picture of six flat blocks, as a viewer should show it. */
    static BufferedImage shownPicture() {
        BufferedImage image = new BufferedImage(3 * BLOCK, 2 * BLOCK, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, BLOCK_COLOURS[(y / BLOCK) * 3 + x / BLOCK]);
            }
        }
        return image;
    }

    /** The stored image that a viewer shows as {@code shown} under {@code orientation}. */
    static BufferedImage storedFor(BufferedImage shown, int orientation) {
        boolean turned = orientation >= 5;
        int w = turned ? shown.getHeight() : shown.getWidth();
        int h = turned ? shown.getWidth() : shown.getHeight();
        BufferedImage stored = new BufferedImage(w, h, shown.getType());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] at = OrientationTest.shownAt(orientation, x, y, w, h);
                stored.setRGB(x, y, shown.getRGB(at[0], at[1]));
            }
        }
        return stored;
    }

    /**
     * Checks every pixel of a lossless read; of a JPEG, the pixels at least 2 from a block's edge (the
     * decoder's smooth chroma upsampling blends the others with the next block).
     */
    static void assertBlocks(BufferedImage shown, RgbImage read, float tolerance, String what) {
        assertEquals(shown.getWidth(), read.width(), what);
        assertEquals(shown.getHeight(), read.height(), what);
        for (int y = 0; y < shown.getHeight(); y++) {
            for (int x = 0; x < shown.getWidth(); x++) {
                if (tolerance > 0 && (Math.floorMod(x + 2, BLOCK) < 4 || Math.floorMod(y + 2, BLOCK) < 4)) {
                    continue;
                }
                int rgb = shown.getRGB(x, y);
                for (int c = 0; c < 3; c++) {
                    float expected = ((rgb >> (16 - 8 * c)) & 0xff) / 255f;
                    assertEquals(expected, read.get(x, y, c), tolerance, what + " at " + x + "," + y + " channel " + c);
                }
            }
        }
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void jpegOrientationsThreeSixAndEightAreApplied() throws IOException {
        BufferedImage shown = shownPicture();
        for (int orientation : new int[] {3, 6, 8}) {
            for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
                BufferedImage stored = storedFor(shown, orientation);
                Path file = write("o" + orientation + order + ".jpg",
                        ImageFileFixtures.jpegWithOrientation(stored, orientation, order));
                assertBlocks(shown, ImageFiles.read(file), 3 / 255f, "orientation " + orientation + " " + order);
                RgbImage raw = ImageFiles.read(file, ReadOptions.defaults().withApplyOrientation(false));
                assertBlocks(stored, raw, 3 / 255f, "stored pixels, orientation " + orientation);
            }
        }
    }

    @Test
    void masksAreTurnedLikePictures() throws IOException {
        // the hole is the block second from the left in the top row, as the viewer shows it
        BufferedImage shown = new BufferedImage(3 * BLOCK, 2 * BLOCK, BufferedImage.TYPE_INT_RGB);
        boolean[] hole = new boolean[shown.getWidth() * shown.getHeight()];
        for (int y = 0; y < BLOCK; y++) {
            for (int x = BLOCK; x < 2 * BLOCK; x++) {
                shown.setRGB(x, y, 0xffffff);
                hole[y * shown.getWidth() + x] = true;
            }
        }
        Mask expected = Mask.of(shown.getWidth(), shown.getHeight(), hole);
        for (int orientation : new int[] {3, 6, 8}) {
            Path file = write("mask" + orientation + ".jpg",
                    ImageFileFixtures.jpegWithOrientation(storedFor(shown, orientation), orientation, ByteOrder.BIG_ENDIAN));
            assertEquals(expected, ImageFiles.readMask(file, MaskRule.threshold(0.5f)), "orientation " + orientation);
        }
    }

    @Test
    void unknownOrientationValueIsIgnored() throws IOException {
        BufferedImage shown = shownPicture();
        Path file = write("o9.jpg", ImageFileFixtures.jpegWithOrientation(shown, 9, ByteOrder.BIG_ENDIAN));
        assertBlocks(shown, ImageFiles.read(file), 3 / 255f, "orientation 9");
    }

    @Test
    void tiffOrientationTagIsApplied() throws IOException {
        BufferedImage shown = shownPicture();
        BufferedImage stored = storedFor(shown, 6);
        byte[] pixels = new byte[stored.getWidth() * stored.getHeight() * 3];
        for (int y = 0, i = 0; y < stored.getHeight(); y++) {
            for (int x = 0; x < stored.getWidth(); x++) {
                int rgb = stored.getRGB(x, y);
                pixels[i++] = (byte) (rgb >> 16);
                pixels[i++] = (byte) (rgb >> 8);
                pixels[i++] = (byte) rgb;
            }
        }
        Path file = write("o6.tif", ImageFileFixtures.tiff(stored.getWidth(), stored.getHeight(), 3, pixels, 6));
        assertBlocks(shown, ImageFiles.read(file), 0f, "TIFF orientation 6");
    }

    /** Red, green, blue of inverted-ink CMYK samples as other decoders give them: stored C × stored K, etc. */
    static float[] invertedInk(int c, int m, int y, int k) {
        return new float[] {c * k / 65025f, m * k / 65025f, y * k / 65025f};
    }

    static void assertColour(float[] expected, RgbImage read, float tolerance, String what) {
        for (int c = 0; c < 3; c++) {
            assertEquals(expected[c], read.get(5, 7, c), tolerance, what + " channel " + c);
        }
    }

    @Test
    void cmykJpegsAreConvertedAsOtherDecodersDo() throws IOException {
        int[] stored = {128, 200, 64, 230};
        float[] expected = invertedInk(128, 200, 64, 230);
        for (int adobe : new int[] {-1, 0}) {
            Path file = write("cmyk" + adobe + ".jpg", ImageFileFixtures.fourChannelJpeg(16, 16, stored, adobe));
            RgbImage read = ImageFiles.read(file);
            assertColour(expected, read, 2 / 255f, "CMYK, Adobe transform " + adobe);
            // the JDK's own conversion is far off: what this conversion replaces
            int jdk = ImageIO.read(file.toFile()).getRGB(5, 7);
            assertTrue(Math.abs(((jdk >> 16) & 0xff) / 255f - expected[0]) > 20 / 255f, Integer.toHexString(jdk));
        }
    }

    @Test
    void ycckJpegsAreConvertedAsOtherDecodersDo() throws IOException {
        Path file = write("ycck.jpg", ImageFileFixtures.fourChannelJpeg(16, 16, ImageFileFixtures.ycck(128, 200, 64, 230),
                ImageHeader.ADOBE_YCCK));
        assertColour(invertedInk(128, 200, 64, 230), ImageFiles.read(file), 3 / 255f, "YCCK");
    }

    @Test
    void cmykTiffHoldsPlainInk() throws IOException {
        byte[] pixels = new byte[16 * 16 * 4];
        for (int i = 0; i < pixels.length; i += 4) {
            pixels[i] = (byte) 200;
            pixels[i + 1] = 50;
            pixels[i + 2] = 30;
            pixels[i + 3] = 10;
        }
        Path file = write("cmyk.tif", ImageFileFixtures.tiff(16, 16, 4, pixels, 0));
        float paper = 1 - 10 / 255f;
        float[] expected = {(1 - 200 / 255f) * paper, (1 - 50 / 255f) * paper, (1 - 30 / 255f) * paper};
        assertColour(expected, ImageFiles.read(file), 0.5f / 255f, "CMYK TIFF");
    }

    @Test
    void gifAndTiffRead() throws IOException {
        BufferedImage shown = shownPicture();
        Path tiff = dir.resolve("blocks.tiff");
        assertTrue(ImageIO.write(shown, "tiff", tiff.toFile()));
        assertBlocks(shown, ImageFiles.read(tiff), 0f, "TIFF");
        Path gif = dir.resolve("blocks.gif");
        assertTrue(ImageIO.write(shown, "gif", gif.toFile()));
        assertBlocks(shown, ImageFiles.read(gif), 0f, "GIF");
        Mask mask = ImageFiles.readMask(gif, MaskRule.threshold(0.9f));
        assertEquals(BLOCK * BLOCK, mask.holeCount(), "one block has a channel above 0.9");
    }

    @Test
    void lossyMaskWithTheDefaultRuleWarnsPointingToAThreshold() throws IOException {
        BufferedImage drawn = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        Path jpeg = write("mask.jpg", ImageFileFixtures.jpeg(drawn));
        List<String> warnings = new ArrayList<>();
        ReadOptions options = ReadOptions.defaults().withWarnings(warnings::add);
        ImageFiles.readMask(jpeg, MaskRule.nonZero(), options);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("mask.jpg") && warnings.get(0).contains("threshold=T"), warnings.get(0));
        ImageFiles.readMask(jpeg, MaskRule.threshold(0.5f), options);
        Path png = dir.resolve("mask.png");
        ImageIO.write(drawn, "png", png.toFile());
        ImageFiles.readMask(png, MaskRule.nonZero(), options);
        assertEquals(1, warnings.size(), "no warning for a threshold rule or a lossless file: " + warnings);
    }

    @Test
    void byDefaultTheWarningIsLoggedThroughSlf4j() throws IOException {
        Path jpeg = write("logged.jpg", ImageFileFixtures.jpeg(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB)));
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            // the test binding, slf4j-simple, writes to System.err
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            ImageFiles.readMask(jpeg, MaskRule.nonZero());
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("WARN") && log.contains("ImageFiles") && log.contains("mask " + jpeg)
                && log.contains("threshold=T"), log);
    }

    @Test
    void jpegPictureGivesNoWarning() throws IOException {
        List<String> warnings = new ArrayList<>();
        ImageFiles.read(write("p.jpg", ImageFileFixtures.jpeg(shownPicture())),
                ReadOptions.defaults().withWarnings(warnings::add));
        assertFalse(warnings.iterator().hasNext(), warnings.toString());
    }
}
