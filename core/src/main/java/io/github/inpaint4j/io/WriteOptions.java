package io.github.inpaint4j.io;

/**
 * How {@link ImageFiles#write(Picture, java.nio.file.Path, boolean, WriteOptions)} writes a picture.
 * Immutable; {@link #defaults()} and the {@code with…} copies give the usual settings.
 *
 * @param depth the depth to write, or {@code null} for the picture's own, reduced to the deepest
 *     the format holds ({@link ImageFormat#nearest}); a depth asked explicitly that the format
 *     does not hold (16 bits in a JPEG, float in a PNG) is an error
 * @param keepMetadata whether the picture's EXIF, ICC profile and XMP are written (PNG and JPEG;
 *     default {@code true}); {@code false} writes none of them
 * @param jpegQuality the JPEG quality, in (0, 1] (default {@value #DEFAULT_JPEG_QUALITY}); other formats are lossless
 * @since 0.2.0
 */
public record WriteOptions(BitDepth depth, boolean keepMetadata, float jpegQuality) {

    /** The JPEG quality written unless asked otherwise: 0.95 (ImageIO's scale, where 1 is best). */
    public static final float DEFAULT_JPEG_QUALITY = 0.95f;

    /** @throws IllegalArgumentException naming the field, the range and the value if {@code jpegQuality} is out of range */
    public WriteOptions {
        if (!(jpegQuality > 0f && jpegQuality <= 1f)) {
            throw new IllegalArgumentException("jpegQuality must be in (0, 1], got " + jpegQuality);
        }
    }

    /** The picture's own depth, its metadata kept, JPEG quality {@value #DEFAULT_JPEG_QUALITY}. */
    public static WriteOptions defaults() {
        return new WriteOptions(null, true, DEFAULT_JPEG_QUALITY);
    }

    /** A copy that writes {@code depth} ({@code null}: the picture's own). */
    public WriteOptions withDepth(BitDepth depth) {
        return new WriteOptions(depth, keepMetadata, jpegQuality);
    }

    /** A copy that keeps or drops the metadata. */
    public WriteOptions withKeepMetadata(boolean keepMetadata) {
        return new WriteOptions(depth, keepMetadata, jpegQuality);
    }

    /** A copy with another JPEG quality. */
    public WriteOptions withJpegQuality(float jpegQuality) {
        return new WriteOptions(depth, keepMetadata, jpegQuality);
    }
}
