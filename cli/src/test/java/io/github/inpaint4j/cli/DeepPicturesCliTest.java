package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inpaint fill} on 16-bit and float pictures, {@code --depth}, and the metadata it keeps or strips. */
class DeepPicturesCliTest {

    private static final int W = 40;
    private static final int H = 30;
    private static final Rect HOLE = new Rect(12, 9, 10, 8);

    @TempDir
    Path dir;

    Path mask;

    @BeforeEach
    void writeMask() throws IOException {
        mask = dir.resolve("mask.png");
        ImageFiles.writeMask(Mask.fromRectangles(W, H, HOLE), mask, false);
    }

    private static BufferedImage picture(int type, boolean grey, double[] values) {
        ColorSpace space = ColorSpace.getInstance(grey ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        ComponentColorModel cm = new ComponentColorModel(space, false, false, Transparency.OPAQUE, type);
        WritableRaster raster = cm.createCompatibleWritableRaster(W, H);
        raster.setPixels(0, 0, W, H, values);
        return new BufferedImage(cm, raster, false, null);
    }

    private static double[] samples(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        return image.getRaster().getPixels(0, 0, W, H, (double[]) null);
    }

    private CliRun fill(Path image, Path output, String... extra) {
        String[] base = {"fill", "--method", "telea", "--image", image.toString(), "--mask", mask.toString(),
            "--output", output.toString(), "--no-progress"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    /** Every sample outside the hole equal to the input's, bit for bit; some inside changed. */
    private static void assertKnownExact(double[] in, double[] out, int bands) {
        int changed = 0;
        for (int i = 0; i < in.length; i++) {
            int p = i / bands;
            boolean hole = HOLE.contains(p % W, p / W);
            if (hole) {
                changed += in[i] != out[i] ? 1 : 0;
            } else {
                assertEquals(Double.doubleToRawLongBits(in[i]), Double.doubleToRawLongBits(out[i]), "sample " + i);
            }
        }
        assertTrue(changed > 0, "the hole was filled");
    }

    @Test
    void aSixteenBitPngComesOutSixteenBitWithItsKnownPixelsExact() throws IOException {
        double[] values = new double[3 * W * H];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i * 7919L) % 65536;
        }
        values[0] = 0;
        values[1] = 65535;
        for (int y = HOLE.y(); y < HOLE.y() + HOLE.height(); y++) {
            for (int x = HOLE.x(); x < HOLE.x() + HOLE.width(); x++) {
                values[3 * (y * W + x)] = 65535; // the hole's old content, red, never matters
            }
        }
        Path in = dir.resolve("in16.png");
        ImageIO.write(picture(DataBuffer.TYPE_USHORT, false, values), "png", in.toFile());
        Path out = dir.resolve("out16.png");
        CliRun run = fill(in, out);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(16, ImageIO.read(out.toFile()).getColorModel().getComponentSize(0));
        assertKnownExact(values, samples(out), 3);
    }

    @Test
    void aFloatTiffComesOutFloatWithItsKnownPixelsExact() throws IOException {
        double[] values = new double[W * H];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (-5.5 + (i % W) * 25.125 + (i / W) * 0.001);
        }
        Path in = dir.resolve("in.tif");
        ImageIO.write(picture(DataBuffer.TYPE_FLOAT, true, values), "tif", in.toFile());
        Path out = dir.resolve("out.tif");
        CliRun run = fill(in, out);
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage written = ImageIO.read(out.toFile());
        assertEquals(DataBuffer.TYPE_FLOAT, written.getRaster().getTransferType());
        assertEquals(1, written.getColorModel().getNumComponents());
        assertKnownExact(values, samples(out), 1);
    }

    @Test
    void anEightBitPictureIsWrittenAsBeforeByteForByte() throws IOException {
        Path in = dir.resolve("in8.png");
        ImageFiles.write(SyntheticImages.noise(W, H, 3), in, false);
        Path out = dir.resolve("out8.png");
        assertEquals(0, fill(in, out).exitCode());
        Path library = dir.resolve("library.png");
        try (Inpainter telea = Inpainters.create("telea", Map.of())) {
            ImageFiles.write(telea.inpaint(ImageFiles.read(in), ImageFiles.readMask(mask, MaskRule.nonZero())), library,
                    false);
        }
        assertArrayEquals(Files.readAllBytes(library), Files.readAllBytes(out));
    }

    @Test
    void depthChoosesTheOutputsDepthAndItsErrorsNameTheOption() throws IOException {
        double[] values = new double[3 * W * H];
        java.util.Arrays.fill(values, 40000);
        Path in = dir.resolve("in16.png");
        ImageIO.write(picture(DataBuffer.TYPE_USHORT, false, values), "png", in.toFile());
        Path out8 = dir.resolve("out8.png");
        assertEquals(0, fill(in, out8, "--depth", "8").exitCode());
        assertEquals(8, ImageIO.read(out8.toFile()).getColorModel().getComponentSize(0));
        assertEquals(Math.round(40000 / 257.0), samples(out8)[0]);
        Path out32 = dir.resolve("out32.tif");
        assertEquals(0, fill(in, out32, "--depth", "32").exitCode());
        assertEquals(DataBuffer.TYPE_FLOAT, ImageIO.read(out32.toFile()).getRaster().getTransferType());

        CliRun run = fill(in, dir.resolve("x.png"), "--depth", "12");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--depth") && run.err().contains("8, 16 or 32") && run.err().contains("12"),
                run.err());
        run = fill(in, dir.resolve("x.jpg"), "--depth", "16");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--depth") && run.err().contains("x.jpg"), run.err());
        run = fill(in, dir.resolve("x.png"), "--depth", "32");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("depth 32") && run.err().contains(".tif"), run.err());
        assertFalse(Files.exists(dir.resolve("x.png")) || Files.exists(dir.resolve("x.jpg")));
        run = fill(in, dir.resolve("x.jpg"), "--jpeg-quality", "1.5");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--jpeg-quality"), run.err());
    }

    @Test
    void aJpegKeepsItsExifIntoAJpegUnlessStripped() throws IOException {
        BufferedImage photo = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                photo.setRGB(x, y, (x * 6 << 16) | (y * 8 << 8) | 99);
            }
        }
        java.io.ByteArrayOutputStream encoded = new java.io.ByteArrayOutputStream();
        ImageIO.write(photo, "jpeg", encoded);
        byte[] jpeg = encoded.toByteArray();
        // an EXIF segment recording the camera's make, after the SOI
        ByteBuffer exif = ByteBuffer.allocate(8 + 2 + 12 + 4 + 8).order(ByteOrder.BIG_ENDIAN);
        exif.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 1)
                .putShort((short) 271).putShort((short) 2).putInt(8).putInt(26).putInt(0)
                .put("Acme Co\0".getBytes(StandardCharsets.US_ASCII));
        byte[] body = exif.array();
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        file.write(jpeg, 0, 2);
        file.write(0xFF);
        file.write(0xE1);
        int length = 2 + 6 + body.length;
        file.write(length >> 8);
        file.write(length);
        file.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        file.writeBytes(body);
        file.write(jpeg, 2, jpeg.length - 2);
        Path in = dir.resolve("photo.jpg");
        Files.write(in, file.toByteArray());

        Path out = dir.resolve("filled.jpg");
        assertEquals(0, fill(in, out).exitCode());
        assertArrayEquals(body, ImageFiles.readPicture(out, ReadOptions.defaults()).metadata().exif().orElseThrow());
        Path stripped = dir.resolve("stripped.jpg");
        assertEquals(0, fill(in, stripped, "--strip-metadata").exitCode());
        assertTrue(ImageFiles.readPicture(stripped, ReadOptions.defaults()).metadata().isEmpty());
        assertNotEquals(Files.size(out), Files.size(stripped));
    }
}
