package io.github.inpaint4j.io;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats the library writes, chosen by the file name's extension. */
public enum ImageFormat {
    /** Lossless; the default choice for results. */
    PNG("png"),
    /** Lossy, written at quality 0.95. */
    JPEG("jpeg"),
    /** Uncompressed 24-bit. */
    BMP("bmp");

    private final String imageIoName;

    ImageFormat(String imageIoName) {
        this.imageIoName = imageIoName;
    }

    /** The name ImageIO knows this format by. */
    String imageIoName() {
        return imageIoName;
    }

    /**
     * The format named by {@code file}'s extension: {@code .png}, {@code .jpg}, {@code .jpeg} or
     * {@code .bmp}, in any case.
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
            default -> throw new IllegalArgumentException("cannot write " + file + ": unsupported image format '"
                    + ext + "' (use .png, .jpg, .jpeg or .bmp)");
        };
    }
}
