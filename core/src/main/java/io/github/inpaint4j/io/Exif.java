package io.github.inpaint4j.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of an EXIF block (a TIFF structure) and an XMP packet made in place, leaving every other
 * byte as it was: the orientation set to 1 once it has been applied to the pixels, and the
 * thumbnail removed. A structure too damaged to edit is reported as {@code null}, and the caller
 * leaves the block out rather than write one that would turn the picture twice.
 */
final class Exif {

    private static final int ORIENTATION = 274;
    private static final int STRIP_OFFSETS = 273;
    private static final int STRIP_BYTE_COUNTS = 279;
    private static final int THUMBNAIL_OFFSET = 513;
    private static final int THUMBNAIL_LENGTH = 514;
    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int MAX_ENTRIES = 4096;

    /** {@code tiff:Orientation="6"} (attribute) or {@code <tiff:Orientation>6</tiff:Orientation>} (element). */
    private static final Pattern XMP_ORIENTATION = Pattern.compile(
            "(tiff:Orientation\\s*=\\s*[\"']|<tiff:Orientation>\\s*)([2-8])");

    private Exif() {
    }

    static boolean isTiff(byte[] b) {
        return b.length >= 8 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0)
                || (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42));
    }

    /**
     * A copy of {@code exif} for a picture that is being changed: without its thumbnail (bytes zeroed,
     * the second directory unlinked) and, if {@code resetOrientation}, with orientation 1.
     *
     * @return the edited copy, or {@code null} if the structure is too damaged to edit
     */
    static byte[] edited(byte[] exif, boolean resetOrientation) {
        if (!isTiff(exif)) {
            return null;
        }
        byte[] b = exif.clone();
        Tiff t = new Tiff(b);
        try {
            int ifd0 = t.u32(4);
            int entries = t.u16(ifd0);
            if (entries > MAX_ENTRIES) {
                return null;
            }
            for (int i = 0; i < entries; i++) {
                int entry = ifd0 + 2 + 12 * i;
                if (resetOrientation && t.u16(entry) == ORIENTATION && t.u16(entry + 2) == SHORT) {
                    t.put16(entry + 8, 1);
                }
            }
            int next = ifd0 + 2 + 12 * entries;
            int ifd1 = t.u32(next);
            if (ifd1 != 0) {
                eraseThumbnail(t, ifd1);
                t.put32(next, 0);
            }
            return b;
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Zeroes the bytes of the thumbnail that the directory at {@code ifd1} points to (JPEG or strips). */
    private static void eraseThumbnail(Tiff t, int ifd1) {
        int entries = t.u16(ifd1);
        if (entries > MAX_ENTRIES) {
            throw new IndexOutOfBoundsException("directory of " + entries + " entries");
        }
        long jpegOffset = -1;
        long jpegLength = 0;
        int stripOffsets = -1;
        int stripCounts = -1;
        for (int i = 0; i < entries; i++) {
            int entry = ifd1 + 2 + 12 * i;
            switch (t.u16(entry)) {
                case THUMBNAIL_OFFSET -> jpegOffset = t.value(entry, 0);
                case THUMBNAIL_LENGTH -> jpegLength = t.value(entry, 0);
                case STRIP_OFFSETS -> stripOffsets = entry;
                case STRIP_BYTE_COUNTS -> stripCounts = entry;
                default -> {
                }
            }
        }
        if (jpegOffset >= 0) {
            t.zero(jpegOffset, jpegLength);
        }
        if (stripOffsets >= 0 && stripCounts >= 0) {
            int strips = Math.min(t.count(stripOffsets), t.count(stripCounts));
            for (int s = 0; s < strips; s++) {
                t.zero(t.value(stripOffsets, s), t.value(stripCounts, s));
            }
        }
    }

    /** {@code xmp} with {@code tiff:Orientation} set to 1 (the same length: one digit for another). */
    static byte[] xmpWithOrientationReset(byte[] xmp) {
        String text = new String(xmp, StandardCharsets.UTF_8);
        Matcher m = XMP_ORIENTATION.matcher(text);
        if (!m.find()) {
            return xmp;
        }
        return m.replaceAll("$11").getBytes(StandardCharsets.UTF_8);
    }

    /** Bounds-checked reads and writes in a TIFF structure's byte order. */
    private static final class Tiff {
        private final byte[] b;
        private final boolean little;

        Tiff(byte[] b) {
            this.b = b;
            this.little = b[0] == 'I';
        }

        int u16(int at) {
            check(at, 2);
            return little ? (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 : (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
        }

        int u32(int at) {
            check(at, 4);
            long v = little ? (long) u16(at) | (long) u16(at + 2) << 16 : (long) u16(at) << 16 | u16(at + 2);
            if (v > Integer.MAX_VALUE) {
                throw new IndexOutOfBoundsException("offset " + v);
            }
            return (int) v;
        }

        void put16(int at, int v) {
            check(at, 2);
            b[at + (little ? 0 : 1)] = (byte) v;
            b[at + (little ? 1 : 0)] = (byte) (v >> 8);
        }

        void put32(int at, int v) {
            check(at, 4);
            put16(at + (little ? 0 : 2), v & 0xffff);
            put16(at + (little ? 2 : 0), v >>> 16);
        }

        int count(int entry) {
            return u32(entry + 4);
        }

        /** The {@code index}-th SHORT or LONG value of an entry, inline or at its offset. */
        long value(int entry, int index) {
            int type = u16(entry + 2);
            int size = type == SHORT ? 2 : 4;
            if (type != SHORT && type != LONG) {
                throw new IndexOutOfBoundsException("type " + type);
            }
            int base = count(entry) * size <= 4 ? entry + 8 : u32(entry + 8);
            return size == 2 ? u16(base + 2 * index) : u32(base + 4 * index);
        }

        void zero(long offset, long length) {
            if (offset < 0 || length < 0 || offset + length > b.length) {
                throw new IndexOutOfBoundsException("bytes " + offset + "+" + length);
            }
            Arrays.fill(b, (int) offset, (int) (offset + length), (byte) 0);
        }

        private void check(int at, int n) {
            if (at < 0 || at + n > b.length) {
                throw new IndexOutOfBoundsException("byte " + at);
            }
        }
    }
}
