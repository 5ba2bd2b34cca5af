package io.github.inpaint4j.testing;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Picture files that the JDK cannot write itself, built byte by byte for tests: JPEGs with an EXIF
 * orientation, CMYK and YCCK JPEGs, small uncompressed TIFFs with an orientation tag or CMYK
 * samples, and PNG headers that claim any size.
 */
public final class ImageFileFixtures {

    private ImageFileFixtures() {
    }

    /** A JPEG of {@code stored} at quality 1, with an EXIF segment recording {@code orientation}. */
    public static byte[] jpegWithOrientation(BufferedImage stored, int orientation, ByteOrder order) {
        return insertAfterStartOfImage(jpeg(stored), exifSegment(orientation, order));
    }

    /** A JPEG at quality 1 (no subsampling for the flat blocks tests use) of an RGB or gray image. */
    public static byte[] jpeg(BufferedImage image) {
        return encodeJpeg(new IIOImage(image, null, null));
    }

    /**
     * A four-channel JPEG whose every pixel holds {@code samples} (4 values) as stored, with an
     * Adobe segment of the given transform (0 = CMYK, 2 = YCCK), or none if {@code adobeTransform} is negative.
     */
    public static byte[] fourChannelJpeg(int width, int height, int[] samples, int adobeTransform) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, samples);
            }
        }
        byte[] jpeg = encodeJpeg(new IIOImage(raster, null, null));
        return adobeTransform < 0 ? jpeg : insertAfterStartOfImage(jpeg, adobeSegment(adobeTransform));
    }

    /** The Y, Cb, Cr that a YCCK encoder stores for the stored (inverted) C, M, Y: those of R = 255 − C etc. */
    public static int[] ycck(int c, int m, int y, int k) {
        double r = 255 - c;
        double g = 255 - m;
        double b = 255 - y;
        return new int[] {(int) Math.round(0.299 * r + 0.587 * g + 0.114 * b),
            (int) Math.round(-0.168736 * r - 0.331264 * g + 0.5 * b + 128),
            (int) Math.round(0.5 * r - 0.418688 * g - 0.081312 * b + 128), k};
    }

    /**
     * An uncompressed big-endian TIFF with 8-bit samples, interleaved, one strip.
     *
     * @param samplesPerPixel 1 (gray), 3 (RGB) or 4 (CMYK)
     * @param pixels {@code width × height × samplesPerPixel} samples, row by row
     * @param orientation the orientation tag's value, or 0 for none
     */
    public static byte[] tiff(int width, int height, int samplesPerPixel, byte[] pixels, int orientation) {
        int photometric = switch (samplesPerPixel) {
            case 1 -> 1;
            case 3 -> 2;
            case 4 -> 5;
            default -> throw new IllegalArgumentException("samplesPerPixel must be 1, 3 or 4, got " + samplesPerPixel);
        };
        int tags = 10 + (orientation > 0 ? 1 : 0);
        int ifd = 8;
        int bitsOffset = ifd + 2 + tags * 12 + 4;
        int dataOffset = bitsOffset + 2 * samplesPerPixel;
        ByteBuffer b = ByteBuffer.allocate(dataOffset + pixels.length).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd);
        b.putShort((short) tags);
        shortTag(b, 256, width);
        shortTag(b, 257, height);
        if (samplesPerPixel == 1) {
            shortTag(b, 258, 8);
        } else {
            tag(b, 258, 3, samplesPerPixel, bitsOffset);
        }
        shortTag(b, 259, 1);
        shortTag(b, 262, photometric);
        tag(b, 273, 4, 1, dataOffset);
        if (orientation > 0) {
            shortTag(b, 274, orientation);
        }
        shortTag(b, 277, samplesPerPixel);
        shortTag(b, 278, height);
        tag(b, 279, 4, 1, pixels.length);
        shortTag(b, 284, 1);
        b.putInt(0);
        for (int i = 0; i < samplesPerPixel; i++) {
            b.putShort((short) 8);
        }
        b.put(pixels);
        return b.array();
    }

    /** A PNG signature and header that claim a {@code width × height} RGB picture, then the end: no pixel data. */
    public static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
            ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0});
            chunk(out, "IHDR", header.array());
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code segment} inserted right after a JPEG's start-of-image marker. */
    public static byte[] insertAfterStartOfImage(byte[] jpeg, byte[] segment) {
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(segment, 0, out, 2, segment.length);
        System.arraycopy(jpeg, 2, out, 2 + segment.length, jpeg.length - 2);
        return out;
    }

    /** An APP1 segment "Exif\0\0" with a TIFF structure whose first directory holds only the orientation. */
    public static byte[] exifSegment(int orientation, ByteOrder order) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(order);
        tiff.put(order == ByteOrder.BIG_ENDIAN ? new byte[] {'M', 'M'} : new byte[] {'I', 'I'});
        tiff.putShort((short) 42).putInt(8).putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array()));
    }

    /** An APP14 "Adobe" segment: version 100, no flags, the given colour transform. */
    public static byte[] adobeSegment(int transform) {
        return segment(0xEE, new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform});
    }

    private static byte[] segment(int marker, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(4 + payload.length).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        return b.array();
    }

    private static byte[] encodeJpeg(IIOImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(1f);
            writer.write(null, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typed = concat(type.getBytes(StandardCharsets.ISO_8859_1), data);
        CRC32 crc = new CRC32();
        crc.update(typed);
        out.writeInt(data.length);
        out.write(typed);
        out.writeInt((int) crc.getValue());
    }

    private static void shortTag(ByteBuffer b, int tag, int value) {
        tag(b, tag, 3, 1, value << 16);
    }

    private static void tag(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
