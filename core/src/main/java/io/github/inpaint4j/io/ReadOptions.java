package io.github.inpaint4j.io;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@link ImageFiles} reads pictures and masks: the largest picture accepted, whether the
 * orientation a file records is applied, and where warnings go. Immutable; {@link #defaults()}
 * and the {@code with…} copies give the usual settings.
 *
 * <p>The pixel count is checked against {@link #maxPixels()} from the file's header, before any
 * pixel is decoded, so a small file that claims a huge picture (a "decompression bomb") costs
 * nothing. Reading a picture takes about 16 bytes of memory a pixel (the decoded file plus the
 * float {@code RgbImage}); filling it takes more (see the methods' documentation).
 *
 * @param maxPixels the largest width × height accepted, in [1, {@value #LARGEST_MAX_PIXELS}]
 *     (default {@value #DEFAULT_MAX_PIXELS})
 * @param applyOrientation whether a JPEG's EXIF orientation or a TIFF's orientation tag turns the
 *     picture as viewers show it (default {@code true}); {@code false} keeps the stored pixels
 * @param warnings receives each warning of a read (a lossy mask file, bytes the decoder skipped),
 *     one line naming the file, on the reading thread; the default logs them at WARN through SLF4J
 *     (logger {@code io.github.inpaint4j.io.ImageFiles})
 */
public record ReadOptions(long maxPixels, boolean applyOrientation, Consumer<String> warnings) {

    /** The default pixel limit: 50 megapixels, e.g. 8660×5773, more than most cameras' photos. */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;
    /** The largest limit that can be set: the pixels of the largest {@code RgbImage} (3 floats a pixel in one array). */
    public static final long LARGEST_MAX_PIXELS = (Integer.MAX_VALUE - 8) / 3;

    private static final Logger LOG = LoggerFactory.getLogger(ImageFiles.class);

    /** Logs each warning at WARN through SLF4J (the default). */
    public static final Consumer<String> LOG_WARNINGS = LOG::warn;

    /** @throws IllegalArgumentException naming the field, the range and the value, if one is out of range or null */
    public ReadOptions {
        if (maxPixels < 1 || maxPixels > LARGEST_MAX_PIXELS) {
            throw new IllegalArgumentException("maxPixels must be in [1, " + LARGEST_MAX_PIXELS + "], got " + maxPixels);
        }
        if (warnings == null) {
            throw new IllegalArgumentException("warnings must not be null (use ReadOptions.LOG_WARNINGS)");
        }
    }

    /** {@value #DEFAULT_MAX_PIXELS} pixels at most, orientation applied, warnings logged. */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_PIXELS, true, LOG_WARNINGS);
    }

    /** A copy with another pixel limit. */
    public ReadOptions withMaxPixels(long maxPixels) {
        return new ReadOptions(maxPixels, applyOrientation, warnings);
    }

    /** A copy that applies the recorded orientation, or keeps the stored pixels. */
    public ReadOptions withApplyOrientation(boolean applyOrientation) {
        return new ReadOptions(maxPixels, applyOrientation, warnings);
    }

    /** A copy that sends warnings to {@code warnings} instead. */
    public ReadOptions withWarnings(Consumer<String> warnings) {
        return new ReadOptions(maxPixels, applyOrientation, warnings);
    }

    /**
     * The most bytes read from a stream that is not a regular file (a pipe): the largest
     * uncompressed encoding of a picture within the limit (16-bit RGBA, 8 bytes a pixel) plus
     * 1 MiB of headers. A regular file is read in place, whatever its size.
     */
    public long maxStreamBytes() {
        return 8 * maxPixels + (1 << 20);
    }
}
