package io.github.inpaint4j.io;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats the library writes, chosen by the file name's extension. */
public enum ImageFormat {
    /** Lossless, 8 or 16 bits a sample; the default choice for results. Carries EXIF, ICC and XMP. */
    PNG("png", BitDepth.SIXTEEN),
    /** Lossy, 8 bits a sample, written at quality {@link WriteOptions#DEFAULT_JPEG_QUALITY} unless asked otherwise. Carries EXIF, ICC and XMP. */
    JPEG("jpeg", BitDepth.EIGHT),
    /** Uncompressed, 8 bits a sample. */
    BMP("bmp", BitDepth.EIGHT),
    /**
     * Lossless (Deflate), 8 or 16 bits or 32-bit float a sample; no metadata is written.
     *
     * @since 0.2.0
     */
    TIFF("tif", BitDepth.FLOAT);

    private final String imageIoName;
    private final BitDepth deepest;

    ImageFormat(String imageIoName, BitDepth deepest) {
        this.imageIoName = imageIoName;
        this.deepest = deepest;
    }

    /** The name ImageIO knows this format by. */
    String imageIoName() {
        return imageIoName;
    }

    /**
     * Whether this format stores samples of {@code depth}.
     *
     * @since 0.2.0
     */
    public boolean holds(BitDepth depth) {
        return depth.compareTo(deepest) <= 0 && !(this == PNG && depth == BitDepth.FLOAT);
    }

    /** The depths this format holds, as they follow "must be" in a message: {@code 8 or 16}. */
    String depthsText() {
        return switch (this) {
            case PNG -> "8 or 16";
            case TIFF -> "8, 16 or 32";
            default -> "8";
        };
    }

    /**
     * The depth a picture of {@code depth} is written at in this format when no depth is asked:
     * its own if the format holds it, else the deepest the format holds (a 16-bit picture is
     * written 8-bit in a JPEG, a float picture 16-bit in a PNG).
     *
     * @since 0.2.0
     */
    public BitDepth nearest(BitDepth depth) {
        return holds(depth) ? depth : deepest;
    }

    /**
     * The format named by {@code file}'s extension: {@code .png}, {@code .jpg}, {@code .jpeg},
     * {@code .bmp}, {@code .tif} or {@code .tiff}, in any case.
     *
     * @throws IllegalArgumentException naming the file if the extension is missing or unsupported
     */
    public static ImageFormat fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "png" -> PNG;
            case "jpg", "jpeg" -> JPEG;
            case "bmp" -> BMP;
            case "tif", "tiff" -> TIFF;
            default -> throw new IllegalArgumentException("cannot write " + file + ": unsupported image format '"
                    + ext + "' (use .png, .jpg, .jpeg, .bmp, .tif or .tiff)");
        };
    }

    /**
     * The media type of a file of this format, for an HTTP answer: {@code image/png}, {@code image/jpeg},
     * {@code image/bmp}, {@code image/tiff}.
     *
     * @since 0.2.0
     */
    public String mediaType() {
        return switch (this) {
            case PNG -> "image/png";
            case JPEG -> "image/jpeg";
            case BMP -> "image/bmp";
            case TIFF -> "image/tiff";
        };
    }

    /**
     * The usual file extension, without the dot: {@code png}, {@code jpg}, {@code bmp}, {@code tif}.
     *
     * @since 0.2.0
     */
    public String extension() {
        return this == JPEG ? "jpg" : imageIoName;
    }
}
