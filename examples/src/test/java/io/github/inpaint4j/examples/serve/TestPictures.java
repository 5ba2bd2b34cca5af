package io.github.inpaint4j.examples.serve;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.BufferedImages;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Tiny pictures and masks as PNG bytes, and a PNG that claims to be huge. */
final class TestPictures {

    /** The test picture's size. */
    static final int WIDTH = 32;
    static final int HEIGHT = 24;
    /** The hole of {@link #holes()}. */
    static final Rect HOLE = new Rect(12, 8, 6, 5);

    private TestPictures() {
    }

    /** Stripes over a gradient, so that every method has structure to copy. */
    static RgbImage picture() {
        RgbImage gradient = SyntheticImages.gradient(WIDTH, HEIGHT);
        return Mask.fromRectangles(WIDTH, HEIGHT, new Rect(0, 0, 8, HEIGHT)).paint(gradient, 0.1f, 0.15f, 0.4f);
    }

    static Mask holes() {
        return Mask.fromRectangles(WIDTH, HEIGHT, HOLE);
    }

    static byte[] png(RgbImage image) {
        return png(BufferedImages.toBufferedImage(image));
    }

    /** A mask as a white-on-black PNG. */
    static byte[] png(Mask mask) {
        return png(mask.paint(RgbImage.filled(mask.width(), mask.height(), 0, 0, 0), 1, 1, 1));
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new AssertionError("not a picture: " + new String(png, 0, Math.min(200, png.length),
                        StandardCharsets.UTF_8));
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A valid PNG header claiming {@code width}×{@code height} RGB pixels, followed by a few bytes of
     * image data: a "decompression bomb" that costs nothing to send and gigabytes to decode.
     */
    static byte[] claimingPng(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] data = new byte[512];
        int n = deflater.deflate(data);
        deflater.end();
        chunk(out, "IDAT", Arrays.copyOf(data, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
