package io.github.inpaint4j.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the EXIF block, ICC profile and XMP packet of a JPEG, PNG or TIFF file as they are stored
 * (edits for the decoded picture are the caller's, {@link Exif}), and rewinds the stream. A damaged
 * part is left out: metadata never stops a picture from being read.
 */
final class MetadataReader {

    /** What ICC profile or compressed text may inflate to at most: far more than any real one. */
    static final int MAX_INFLATED = 16 << 20;
    /** A PNG or JPEG with more chunks or segments than this before its pixels is not walked further. */
    private static final int MAX_PARTS = 100_000;

    static final String JPEG_EXIF = "Exif\0\0";
    static final String JPEG_XMP = "http://ns.adobe.com/xap/1.0/\0";
    static final String JPEG_ICC = "ICC_PROFILE\0";
    static final String PNG_XMP_KEYWORD = "XML:com.adobe.xmp";
    private static final int TIFF_XMP = 700;
    private static final int TIFF_ICC = 34675;

    private MetadataReader() {
    }

    /** The metadata of a file in {@code format} (ImageIO's name), and whether a JPEG's pixels are described by an ICC profile. */
    record Found(ImageMetadata metadata, boolean jpegIcc) {
    }

    static Found read(ImageInputStream in, String format) throws IOException {
        long start = in.getStreamPosition();
        ByteOrder order = in.getByteOrder();
        try {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "jpeg", "jpg" -> readJpeg(in);
                case "png" -> new Found(readPng(in), false);
                case "tif", "tiff" -> new Found(readTiff(in, start), false);
                default -> new Found(ImageMetadata.none(), false);
            };
        } finally {
            in.setByteOrder(order);
            in.seek(start);
        }
    }

    private static Found readJpeg(ImageInputStream in) throws IOException {
        in.setByteOrder(ByteOrder.BIG_ENDIAN);
        byte[] exif = null;
        byte[] xmp = null;
        TreeMap<Integer, byte[]> icc = new TreeMap<>();
        int iccCount = 0;
        try {
            if (in.readUnsignedShort() != 0xFFD8) {
                return new Found(ImageMetadata.none(), false);
            }
            for (int part = 0; part < MAX_PARTS; part++) {
                if (in.readUnsignedByte() != 0xFF) {
                    break;
                }
                int marker;
                do {
                    marker = in.readUnsignedByte();
                } while (marker == 0xFF);
                if (marker == 0xDA || marker == 0xD9) {
                    break;
                }
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                    continue;
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    break;
                }
                long payload = in.getStreamPosition();
                if (marker == 0xE1 || marker == 0xE2) {
                    byte[] data = new byte[length];
                    in.readFully(data);
                    if (marker == 0xE1 && exif == null && startsWith(data, JPEG_EXIF)) {
                        exif = tail(data, JPEG_EXIF.length());
                    } else if (marker == 0xE1 && xmp == null && startsWith(data, JPEG_XMP)) {
                        xmp = tail(data, JPEG_XMP.length());
                    } else if (marker == 0xE2 && startsWith(data, JPEG_ICC) && data.length > JPEG_ICC.length() + 2) {
                        int sequence = data[JPEG_ICC.length()] & 0xff;
                        iccCount = data[JPEG_ICC.length() + 1] & 0xff;
                        icc.put(sequence, tail(data, JPEG_ICC.length() + 2));
                    }
                }
                in.seek(payload + length);
            }
        } catch (EOFException e) {
            // a truncated file: keep what was read; the decoder says it is truncated
        }
        byte[] profile = joinIcc(icc, iccCount);
        return new Found(ImageMetadata.trusted(exif == null || !Exif.isTiff(exif) ? null : exif, profile, xmp),
                !icc.isEmpty());
    }

    /** The chunks 1..count of a profile split over APP2 segments, or {@code null} if one is missing. */
    private static byte[] joinIcc(TreeMap<Integer, byte[]> chunks, int count) {
        if (chunks.isEmpty() || chunks.size() != count || chunks.firstKey() != 1 || chunks.lastKey() != count) {
            return null;
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        chunks.values().forEach(joined::writeBytes);
        byte[] profile = joined.toByteArray();
        return usableProfile(profile);
    }

    /** A profile that describes RGB or grey samples, the only ones the library writes; else {@code null}. */
    private static byte[] usableProfile(byte[] profile) {
        if (profile == null || !ImageMetadata.isIccProfile(profile)) {
            return null;
        }
        String space = ImageMetadata.iccColourSpace(profile);
        return space.equals("RGB ") || space.equals("GRAY") ? profile : null;
    }

    private static ImageMetadata readPng(ImageInputStream in) throws IOException {
        in.setByteOrder(ByteOrder.BIG_ENDIAN);
        byte[] exif = null;
        byte[] icc = null;
        byte[] xmp = null;
        try {
            in.skipBytes(8);
            for (int part = 0; part < MAX_PARTS; part++) {
                long length = in.readUnsignedInt();
                byte[] type = new byte[4];
                in.readFully(type);
                String name = new String(type, StandardCharsets.US_ASCII);
                long payload = in.getStreamPosition();
                if (name.equals("IEND")) {
                    break;
                }
                boolean wanted = name.equals("eXIf") || name.equals("iCCP") || name.equals("iTXt");
                if (wanted && length <= MAX_INFLATED) {
                    byte[] data = new byte[(int) length];
                    in.readFully(data);
                    switch (name) {
                        case "eXIf" -> exif = exif == null && Exif.isTiff(data) ? data : exif;
                        case "iCCP" -> icc = icc == null ? pngProfile(data) : icc;
                        default -> xmp = xmp == null ? pngXmp(data) : xmp;
                    }
                }
                in.seek(payload + length + 4);
            }
        } catch (EOFException e) {
            // keep what was read
        }
        return ImageMetadata.trusted(exif, icc, xmp);
    }

    /** iCCP: name, 0, compression method 0, zlib data. */
    private static byte[] pngProfile(byte[] data) {
        int zero = indexOfZero(data, 0);
        if (zero < 0 || zero + 2 > data.length || data[zero + 1] != 0) {
            return null;
        }
        return usableProfile(inflate(data, zero + 2));
    }

    /** iTXt: keyword, 0, compression flag, method, language, 0, translated keyword, 0, text. */
    private static byte[] pngXmp(byte[] data) {
        int zero = indexOfZero(data, 0);
        if (zero < 0 || !new String(data, 0, zero, StandardCharsets.ISO_8859_1).equals(PNG_XMP_KEYWORD)
                || zero + 3 > data.length) {
            return null;
        }
        boolean compressed = data[zero + 1] != 0;
        int language = indexOfZero(data, zero + 3);
        int translated = language < 0 ? -1 : indexOfZero(data, language + 1);
        if (translated < 0) {
            return null;
        }
        return compressed ? inflate(data, translated + 1) : tail(data, translated + 1);
    }

    private static byte[] inflate(byte[] data, int from) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, from, data.length - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** A TIFF's first directory: its ICC profile and XMP packet. */
    private static ImageMetadata readTiff(ImageInputStream in, long base) throws IOException {
        byte[] icc = null;
        byte[] xmp = null;
        try {
            int order = in.readUnsignedShort();
            in.setByteOrder(order == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            if ((order != 0x4949 && order != 0x4D4D) || in.readUnsignedShort() != 42) {
                return ImageMetadata.none();
            }
            in.seek(base + in.readUnsignedInt());
            int entries = Math.min(in.readUnsignedShort(), 4096);
            for (int i = 0; i < entries; i++) {
                int tag = in.readUnsignedShort();
                int type = in.readUnsignedShort();
                long count = in.readUnsignedInt();
                long next = in.getStreamPosition() + 4;
                boolean bytes = type == 1 || type == 7;
                if ((tag == TIFF_ICC || tag == TIFF_XMP) && bytes && count > 4 && count <= MAX_INFLATED) {
                    in.seek(base + in.readUnsignedInt());
                    byte[] data = new byte[(int) count];
                    in.readFully(data);
                    if (tag == TIFF_ICC) {
                        icc = usableProfile(data);
                    } else {
                        xmp = data;
                    }
                }
                in.seek(next);
            }
        } catch (EOFException e) {
            // keep what was read
        }
        return ImageMetadata.trusted(null, icc, xmp);
    }

    private static int indexOfZero(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, String signature) {
        if (data.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if (data[i] != (byte) signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] tail(byte[] data, int from) {
        return Arrays.copyOfRange(data, from, data.length);
    }
}
