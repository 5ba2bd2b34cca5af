package io.github.inpaint4j.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Puts an {@link ImageMetadata} into a PNG or JPEG file that ImageIO has just encoded (without any):
 * the file is copied with the metadata inserted after its header (PNG: after {@code IHDR}; JPEG: after
 * {@code SOI} and the JFIF segment), the way cameras and editors place it.
 */
final class MetadataWriter {

    /** The most data a JPEG segment holds: 65535 minus its two length bytes. */
    private static final int JPEG_SEGMENT = 65533;
    private static final int PNG_HEADER = 8 + 25;

    private MetadataWriter() {
    }

    /**
     * Copies {@code encoded} to {@code target} with {@code metadata} inserted.
     *
     * @param grey whether the pixels are grey, which an RGB profile does not describe (and the reverse)
     * @param name the file named in warnings
     */
    static void splice(Path encoded, Path target, ImageFormat format, ImageMetadata metadata, boolean grey,
            Path name, Consumer<String> warnings) throws IOException {
        byte[] icc = metadata.iccBytes();
        if (icc != null && ImageMetadata.iccColourSpace(icc).equals("GRAY") != grey) {
            warnings.accept(name + ": the ICC profile (" + ImageMetadata.iccColourSpace(icc).trim()
                    + ") is left out: the picture is written " + (grey ? "grey" : "in colour"));
            icc = null;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(encoded));
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            if (format == ImageFormat.PNG) {
                out.write(in.readNBytes(PNG_HEADER));
                if (icc != null) {
                    pngChunk(out, "iCCP", iccpData(icc));
                }
                if (metadata.exifBytes() != null) {
                    pngChunk(out, "eXIf", metadata.exifBytes());
                }
                if (metadata.xmpBytes() != null) {
                    pngChunk(out, "iTXt", itxtData(metadata.xmpBytes()));
                }
            } else {
                byte[] soi = in.readNBytes(2);
                out.write(soi);
                in.mark(4);
                byte[] next = in.readNBytes(4);
                if (next.length == 4 && (next[0] & 0xff) == 0xFF && (next[1] & 0xff) == 0xE0) {
                    int length = (next[2] & 0xff) << 8 | (next[3] & 0xff);
                    out.write(next);
                    out.write(in.readNBytes(length - 2));
                } else {
                    in.reset();
                }
                jpegSegment(out, 0xE1, MetadataReader.JPEG_EXIF, metadata.exifBytes(), "EXIF block", name, warnings);
                jpegSegment(out, 0xE1, MetadataReader.JPEG_XMP, metadata.xmpBytes(), "XMP packet", name, warnings);
                if (icc != null) {
                    jpegIcc(out, icc);
                }
            }
            in.transferTo(out);
        }
    }

    private static void jpegSegment(DataOutputStream out, int marker, String signature, byte[] data, String what,
            Path name, Consumer<String> warnings) throws IOException {
        if (data == null) {
            return;
        }
        int length = signature.length() + data.length;
        if (length > JPEG_SEGMENT) {
            warnings.accept(name + ": the " + what + " (" + data.length + " bytes) is left out: a JPEG segment holds "
                    + (JPEG_SEGMENT - signature.length()) + " bytes at most");
            return;
        }
        out.writeShort(0xFF00 | marker);
        out.writeShort(length + 2);
        out.write(signature.getBytes(StandardCharsets.ISO_8859_1));
        out.write(data);
    }

    /** An ICC profile over as many APP2 segments as it needs, numbered from 1. */
    private static void jpegIcc(DataOutputStream out, byte[] icc) throws IOException {
        int room = JPEG_SEGMENT - MetadataReader.JPEG_ICC.length() - 2;
        int chunks = (icc.length + room - 1) / room;
        for (int i = 0; i < chunks; i++) {
            int from = i * room;
            int n = Math.min(room, icc.length - from);
            out.writeShort(0xFFE2);
            out.writeShort(2 + MetadataReader.JPEG_ICC.length() + 2 + n);
            out.write(MetadataReader.JPEG_ICC.getBytes(StandardCharsets.ISO_8859_1));
            out.write(i + 1);
            out.write(chunks);
            out.write(icc, from, n);
        }
    }

    private static byte[] iccpData(byte[] icc) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write("ICC profile".getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(0); // compression method: zlib
        try (OutputStream z = new DeflaterOutputStream(data)) {
            z.write(icc);
        }
        return data.toByteArray();
    }

    private static byte[] itxtData(byte[] xmp) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(MetadataReader.PNG_XMP_KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(0); // not compressed, as XMP readers expect
        data.write(0);
        data.write(0); // no language
        data.write(0); // no translated keyword
        data.writeBytes(xmp);
        return data.toByteArray();
    }

    private static void pngChunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
