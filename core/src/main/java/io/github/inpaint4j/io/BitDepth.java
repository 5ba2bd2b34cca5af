package io.github.inpaint4j.io;

/**
 * How many bits a file stores for each sample: what a picture read with
 * {@link ImageFiles#readPicture} came with, and what {@link ImageFiles#write(Picture, java.nio.file.Path,
 * boolean, WriteOptions)} writes.
 *
 * <p>How values map to the [0, 1] samples of an {@link io.github.inpaint4j.RgbImage} (and back):
 * <ul>
 *   <li>8 bits: level {@code v} is {@code v / 255}, written back as {@code round(s · 255)};</li>
 *   <li>16 bits: level {@code v} is {@code v / 65535}, written back as {@code round(s · 65535)};
 *       both round trips are exact for every level;</li>
 *   <li>32-bit float: values in [0, 1] are taken as they are. A picture with values outside [0, 1]
 *       is mapped linearly by its own range: {@code s = (v − lo) / (hi − lo)} with
 *       {@code lo = min(0, smallest value)} and {@code hi = max(1, largest value)} over all
 *       channels, and written back as {@code lo + s · (hi − lo)}; known pixels are written with
 *       their original values, bit for bit ({@link Picture}). NaN and infinities are refused when
 *       the file is read.</li>
 * </ul>
 * Writing at another depth than the file's goes through the [0, 1] samples: an 8-bit level
 * {@code v} becomes {@code 257 · v} at 16 bits; a 16-bit level becomes its nearest 8-bit level.
 *
 * @since 0.2.0
 */
public enum BitDepth {
    /** 8-bit integer samples (PNG, JPEG, BMP, GIF, TIFF). */
    EIGHT(8),
    /** 16-bit integer samples (PNG, TIFF). */
    SIXTEEN(16),
    /** 32-bit IEEE floating-point samples (TIFF). */
    FLOAT(32);

    private final int bits;

    BitDepth(int bits) {
        this.bits = bits;
    }

    /** The bits of a sample: 8, 16 or 32. */
    public int bits() {
        return bits;
    }

    /**
     * The depth of {@code bits} bits a sample.
     *
     * @throws IllegalArgumentException naming the value if it is not 8, 16 or 32
     */
    public static BitDepth ofBits(int bits) {
        for (BitDepth depth : values()) {
            if (depth.bits == bits) {
                return depth;
            }
        }
        throw new IllegalArgumentException("depth must be 8, 16 or 32 bits a sample, got " + bits);
    }

    @Override
    public String toString() {
        return this == FLOAT ? "32-bit float" : bits + "-bit";
    }
}
