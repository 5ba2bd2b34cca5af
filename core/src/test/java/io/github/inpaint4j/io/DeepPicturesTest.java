package io.github.inpaint4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.RgbImage;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 16-bit and 32-bit float pictures read and written back: values, depth, grey, exactness, errors. */
class DeepPicturesTest {

    @TempDir
    Path dir;

    /** A hand-made picture of {@code bands} channels of ImageIO data type {@code type}, samples {@code values} (band-interleaved by pixel). */
    private static BufferedImage picture(int w, int h, int bands, int type, double[] values) {
        ColorSpace space = ColorSpace.getInstance(bands == 1 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        ComponentColorModel cm = new ComponentColorModel(space, false, false, Transparency.OPAQUE, type);
        WritableRaster raster = cm.createCompatibleWritableRaster(w, h);
        raster.setPixels(0, 0, w, h, values);
        return new BufferedImage(cm, raster, false, null);
    }

    private Path save(BufferedImage image, String name) throws IOException {
        Path file = dir.resolve(name);
        assertTrue(ImageIO.write(image, name.substring(name.lastIndexOf('.') + 1), file.toFile()), name);
        return file;
    }

    private static double[] samples(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        return image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (double[]) null);
    }

    private static int bitsOf(Path file) throws IOException {
        return ImageIO.read(file.toFile()).getColorModel().getComponentSize(0);
    }

    /** 0, 65535 and levels that 8 bits cannot tell apart, in three channels. */
    private static final double[] SIXTEEN_BIT = {0, 65535, 1, 65534, 256, 257, 12345, 54321, 32768, 2, 3, 4};

    @ParameterizedTest
    @ValueSource(strings = {"in.png", "in.tif"})
    void sixteenBitColourRoundTripsExactly(String name) throws IOException {
        Path in = save(picture(2, 2, 3, DataBuffer.TYPE_USHORT, SIXTEEN_BIT), name);
        Picture picture = ImageFiles.readPicture(in, ReadOptions.defaults());
        assertEquals(BitDepth.SIXTEEN, picture.depth());
        assertFalse(picture.isGrey());
        assertEquals(0f, picture.image().get(0, 0, 0));
        assertEquals(1f, picture.image().get(0, 0, 1));
        assertEquals(1f / 65535f, picture.image().get(0, 0, 2));
        assertEquals(65535.0, picture.high());
        Path out = dir.resolve("out-" + name);
        ImageFiles.write(picture, out, false);
        assertEquals(16, bitsOf(out));
        assertArrayEquals(SIXTEEN_BIT, samples(out));
    }

    @Test
    void sixteenBitGreyStaysGreyAndSixteenBit() throws IOException {
        double[] levels = {0, 65535, 1, 40000, 257, 65534};
        Path in = save(picture(3, 2, 1, DataBuffer.TYPE_USHORT, levels), "grey.png");
        Picture picture = ImageFiles.readPicture(in, ReadOptions.defaults());
        assertTrue(picture.isGrey());
        Path out = dir.resolve("grey-out.png");
        ImageFiles.write(picture, out, false);
        BufferedImage written = ImageIO.read(out.toFile());
        assertEquals(1, written.getColorModel().getNumComponents());
        assertEquals(16, written.getColorModel().getComponentSize(0));
        assertArrayEquals(levels, samples(out));
    }

    @Test
    void aGreyPictureMadeColouredIsWrittenInColour() throws IOException {
        Path in = save(picture(2, 1, 1, DataBuffer.TYPE_USHORT, new double[] {100, 200}), "grey.png");
        Picture picture = ImageFiles.readPicture(in, ReadOptions.defaults());
        float[] planar = picture.image().toPlanar();
        planar[0] = 1f; // red of pixel 0
        Path out = dir.resolve("coloured.png");
        ImageFiles.write(picture.withImage(RgbImage.fromPlanar(2, 1, planar)), out, false);
        assertArrayEquals(new double[] {65535, 100, 100, 200, 200, 200}, samples(out));
    }

    @Test
    void floatWithinUnitRangeIsTakenAsItIs() throws IOException {
        double[] values = {0, 1, 0.5, 1e-7, 0.333333343267, 0.999999940395, 0.25, 0.75, 0.125, 3.0e-40, 0, 1};
        Path in = save(picture(2, 2, 3, DataBuffer.TYPE_FLOAT, values), "unit.tif");
        Picture picture = ImageFiles.readPicture(in, ReadOptions.defaults());
        assertEquals(BitDepth.FLOAT, picture.depth());
        assertEquals(0.0, picture.low());
        assertEquals(1.0, picture.high());
        assertEquals((float) 1e-7, picture.image().get(1, 0, 0));
        Path out = dir.resolve("unit-out.tif");
        ImageFiles.write(picture, out, false);
        assertArrayEquals(floats(values), floats(samples(out)));
    }

    @Test
    void floatOutsideUnitRangeIsScaledByItsRangeAndUnchangedPixelsComeBackBitForBit() throws IOException {
        double[] values = {-3.5, 1234.5, 0.1, 7.25, 1e-3, -1e-3, 99.9, 0.2, 4000, 1.4e-45, 0, 1};
        Path in = save(picture(2, 2, 3, DataBuffer.TYPE_FLOAT, values), "wide.tif");
        Picture picture = ImageFiles.readPicture(in, ReadOptions.defaults());
        assertEquals(-3.5, picture.low());
        assertEquals(4000.0, picture.high());
        assertEquals(0f, picture.image().get(0, 0, 0));
        assertEquals(1f, picture.image().get(0, 1, 2));
        // a "fill" that changes pixel (1, 1) only
        float[] planar = picture.image().toPlanar();
        for (int c = 0; c < 3; c++) {
            planar[c * 4 + 3] = 0.5f;
        }
        Path out = dir.resolve("wide-out.tif");
        ImageFiles.write(picture.withImage(RgbImage.fromPlanar(2, 2, planar)), out, false);
        float[] written = floats(samples(out));
        float[] expected = floats(values);
        for (int i = 9; i < 12; i++) {
            expected[i] = (float) (-3.5 + 0.5 * (4000 + 3.5));
        }
        assertArrayEquals(expected, written);
    }

    @Test
    void greyFloatStaysGreyFloat() throws IOException {
        double[] values = {-2, 0.5, 300, 1};
        Path in = save(picture(2, 2, 1, DataBuffer.TYPE_FLOAT, values), "g.tif");
        Picture picture = ImageFiles.readPicture(in, ReadOptions.defaults());
        assertTrue(picture.isGrey());
        Path out = dir.resolve("g-out.tif");
        ImageFiles.write(picture, out, false);
        assertEquals(1, ImageIO.read(out.toFile()).getColorModel().getNumComponents());
        assertArrayEquals(floats(values), floats(samples(out)));
    }

    @ParameterizedTest
    @ValueSource(floats = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY})
    void nanAndInfinitiesAreRefusedNamingTheFileAndPixel(float bad) throws IOException {
        double[] values = {0, 0.5, 1, 0.25, 0.5, 0.75, 0, 0, 0, 0.1, bad, 0.3};
        Path in = save(picture(2, 2, 3, DataBuffer.TYPE_FLOAT, values), "bad.tif");
        ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.read(in));
        assertTrue(e.getMessage().contains("bad.tif") && e.getMessage().contains(String.valueOf(bad))
                && e.getMessage().contains("(1, 1, channel 1)"), e.getMessage());
        assertEquals(in, e.file());
    }

    @Test
    void eightBitPicturesAreWrittenAsBefore() throws IOException {
        BufferedImage rgb = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        int[] colours = {0x000000, 0xffffff, 0x123456, 0xfedcba, 0x010203, 0x808080};
        rgb.setRGB(0, 0, 3, 2, colours, 0, 3);
        Path in = save(rgb, "rgb.png");
        Picture picture = ImageFiles.readPicture(in, ReadOptions.defaults());
        assertEquals(BitDepth.EIGHT, picture.depth());
        Path viaPicture = dir.resolve("via-picture.png");
        Path viaImage = dir.resolve("via-image.png");
        ImageFiles.write(picture, viaPicture, false);
        ImageFiles.write(picture.image(), viaImage, false);
        assertArrayEquals(java.nio.file.Files.readAllBytes(viaImage), java.nio.file.Files.readAllBytes(viaPicture));
        int[] written = ImageIO.read(viaPicture.toFile()).getRGB(0, 0, 3, 2, null, 0, 3);
        assertArrayEquals(colours, java.util.Arrays.stream(written).map(argb -> argb & 0xffffff).toArray());
    }

    @Test
    void eightBitGreyStaysGreyWithTheSameLevels() throws IOException {
        double[] levels = {0, 255, 1, 128, 254, 77};
        Path in = save(picture(3, 2, 1, DataBuffer.TYPE_BYTE, levels), "g8.png");
        Path out = dir.resolve("g8-out.png");
        ImageFiles.write(ImageFiles.readPicture(in, ReadOptions.defaults()), out, false);
        assertEquals(1, ImageIO.read(out.toFile()).getColorModel().getNumComponents());
        assertArrayEquals(levels, samples(out));
    }

    @Test
    void otherDepthsGoThroughTheUnitSamples() throws IOException {
        Path in8 = save(picture(2, 1, 1, DataBuffer.TYPE_BYTE, new double[] {255, 3}), "e.png");
        Path out16 = dir.resolve("e16.png");
        ImageFiles.write(ImageFiles.readPicture(in8, ReadOptions.defaults()), out16, false,
                WriteOptions.defaults().withDepth(BitDepth.SIXTEEN));
        assertArrayEquals(new double[] {65535, 3 * 257}, samples(out16));
        Path in16 = save(picture(2, 1, 1, DataBuffer.TYPE_USHORT, new double[] {65535, 3 * 257 + 128}), "s.png");
        Path out8 = dir.resolve("s8.jpg");
        ImageFiles.write(ImageFiles.readPicture(in16, ReadOptions.defaults()), out8, false); // JPEG: 8 bits, not an error
        assertEquals(8, bitsOf(out8));
        Path out32 = dir.resolve("s32.tif");
        ImageFiles.write(ImageFiles.readPicture(in16, ReadOptions.defaults()), out32, false,
                WriteOptions.defaults().withDepth(BitDepth.FLOAT));
        assertArrayEquals(new float[] {1f, (3 * 257 + 128) / 65535f}, floats(samples(out32)));
    }

    @Test
    void aDepthTheFormatDoesNotHoldIsAnErrorNamingBoth() throws IOException {
        Picture picture = ImageFiles.readPicture(save(picture(1, 1, 3, DataBuffer.TYPE_USHORT,
                new double[] {1, 2, 3}), "p.png"), ReadOptions.defaults());
        Path jpeg = dir.resolve("out.jpg");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageFiles.write(picture,
                jpeg, false, WriteOptions.defaults().withDepth(BitDepth.SIXTEEN)));
        assertTrue(e.getMessage().contains("out.jpg") && e.getMessage().contains("depth 16"), e.getMessage());
        Path png = dir.resolve("out.png");
        e = assertThrows(IllegalArgumentException.class, () -> ImageFiles.write(picture, png, false,
                WriteOptions.defaults().withDepth(BitDepth.FLOAT)));
        assertTrue(e.getMessage().contains("depth 32") && e.getMessage().contains(".tif"), e.getMessage());
        assertFalse(java.nio.file.Files.exists(jpeg) || java.nio.file.Files.exists(png));
        e = assertThrows(IllegalArgumentException.class, () -> BitDepth.ofBits(12));
        assertTrue(e.getMessage().contains("8, 16 or 32") && e.getMessage().contains("12"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WriteOptions.defaults().withJpegQuality(0f));
        assertEquals("jpeg-quality must be > 0 and <= 1, got 0.0", e.getMessage());
    }

    private static float[] floats(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }
}
