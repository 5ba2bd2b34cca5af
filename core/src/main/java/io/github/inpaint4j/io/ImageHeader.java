package io.github.inpaint4j.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Locale;
import javax.imageio.stream.ImageInputStream;

/**
 * What the JDK's decoders do not tell, read from a file's own headers: the orientation recorded by
 * a JPEG's EXIF segment or a TIFF's tag 274, the colour transform of a four-channel JPEG (Adobe's
 * APP14 segment), and whether the pixels were compressed with loss.
 *
 * @param orientation the recorded orientation ({@link Orientation#NORMAL} when none is recorded)
 * @param jpegComponents the colour components of a JPEG's frame (4 for CMYK and YCCK), 0 for other formats
 * @param adobeTransform the transform of a JPEG's Adobe segment (2 = YCCK), or -1 without one
 * @param lossy whether the pixels are stored with lossy compression (JPEG, or TIFF with JPEG compression)
 */
record ImageHeader(Orientation orientation, int jpegComponents, int adobeTransform, boolean lossy) {

    /** The Adobe transform of a four-channel JPEG that stores YCCK rather than CMYK. */
    static final int ADOBE_YCCK = 2;

    private static final int TIFF_COMPRESSION = 259;
    private static final int TIFF_ORIENTATION = 274;
    /** TIFF compressions 6 and 7 are JPEG. */
    private static final int TIFF_OLD_JPEG = 6;
    private static final int TIFF_JPEG = 7;
    /** An IFD with more entries than this is not a real one; stop rather than walk it. */
    private static final int MAX_IFD_ENTRIES = 4096;

    private static final ImageHeader NONE = new ImageHeader(Orientation.NORMAL, 0, -1, false);

    /** Whether this is a four-channel (CMYK or YCCK) JPEG, which needs {@link CmykConversion}. */
    boolean cmykJpeg() {
        return jpegComponents == 4;
    }

    /**
     * Reads the headers of {@code in}, in the format ImageIO recognised ({@code "JPEG"}, {@code "tif"},
     * ...), and rewinds it to where it was. A malformed header gives what was read before it: the
     * decoder then reports the damage.
     */
    static ImageHeader read(ImageInputStream in, String format) throws IOException {
        long start = in.getStreamPosition();
        ByteOrder order = in.getByteOrder();
        try {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "jpeg", "jpg" -> readJpeg(in);
                case "tif", "tiff" -> readTiff(in, start, false);
                default -> NONE;
            };
        } finally {
            in.setByteOrder(order);
            in.seek(start);
        }
    }

    /** Walks the JPEG's marker segments up to the first scan. */
    private static ImageHeader readJpeg(ImageInputStream in) throws IOException {
        in.setByteOrder(ByteOrder.BIG_ENDIAN);
        Orientation orientation = Orientation.NORMAL;
        int components = 0;
        int adobe = -1;
        try {
            if (in.readUnsignedShort() != 0xFFD8) {
                return NONE;
            }
            while (true) {
                int marker = nextMarker(in);
                if (marker == 0xDA || marker == 0xD9 || marker < 0) {
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
                if (marker == 0xE1 && length >= 14 && startsWith(in, "Exif\0\0")) {
                    orientation = readTiff(in, payload + 6, true).orientation();
                } else if (marker == 0xEE && length >= 12 && startsWith(in, "Adobe")) {
                    in.seek(payload + 11);
                    adobe = in.readUnsignedByte();
                } else if (isStartOfFrame(marker) && length >= 6) {
                    in.seek(payload + 5);
                    components = in.readUnsignedByte();
                }
                in.seek(payload + length);
            }
        } catch (EOFException e) {
            // a truncated file: keep what was read; the decoder says it is truncated
        }
        return new ImageHeader(orientation, components, adobe, true);
    }

    /** The next marker code, skipping fill bytes; -1 if the bytes are not a marker. */
    private static int nextMarker(ImageInputStream in) throws IOException {
        if (in.readUnsignedByte() != 0xFF) {
            return -1;
        }
        int code;
        do {
            code = in.readUnsignedByte();
        } while (code == 0xFF);
        return code;
    }

    /** SOF0..SOF15 without DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean startsWith(ImageInputStream in, String signature) throws IOException {
        for (int i = 0; i < signature.length(); i++) {
            if (in.readUnsignedByte() != signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the first image directory of a TIFF structure that starts at {@code base}: a TIFF file,
     * or the body of a JPEG's EXIF segment (whose compression tag describes the thumbnail, not the
     * picture, hence {@code exif}).
     */
    private static ImageHeader readTiff(ImageInputStream in, long base, boolean exif) throws IOException {
        int orientation = 1;
        int compression = 1;
        try {
            in.seek(base);
            int order = in.readUnsignedShort();
            if (order == 0x4949) {
                in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
            } else if (order == 0x4D4D) {
                in.setByteOrder(ByteOrder.BIG_ENDIAN);
            } else {
                return NONE;
            }
            if (in.readUnsignedShort() != 42) {
                return NONE;
            }
            in.seek(base + in.readUnsignedInt());
            int entries = in.readUnsignedShort();
            for (int i = 0; i < Math.min(entries, MAX_IFD_ENTRIES); i++) {
                int tag = in.readUnsignedShort();
                int type = in.readUnsignedShort();
                long count = in.readUnsignedInt();
                long value = in.getStreamPosition();
                if (count == 1 && type == 3 && (tag == TIFF_ORIENTATION || tag == TIFF_COMPRESSION)) {
                    int v = in.readUnsignedShort();
                    if (tag == TIFF_ORIENTATION) {
                        orientation = v;
                    } else {
                        compression = v;
                    }
                }
                in.seek(value + 4);
            }
        } catch (EOFException e) {
            // a truncated directory: keep what was read
        }
        boolean jpegCompressed = !exif && (compression == TIFF_OLD_JPEG || compression == TIFF_JPEG);
        return new ImageHeader(Orientation.of(orientation), 0, -1, jpegCompressed);
    }
}
