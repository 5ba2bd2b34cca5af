package io.github.inpaint4j.io;

import java.io.IOException;
import java.nio.file.Path;

/** A file that exists but is not an image the library can read: unknown format, corrupt or truncated. */
public class ImageReadException extends IOException {

    private final transient Path file;
    private final String reason;

    /**
     * @param file the file that could not be read
     * @param reason why, e.g. "not a PNG, JPEG or BMP image"
     * @param cause the underlying error, or {@code null}
     */
    public ImageReadException(Path file, String reason, Throwable cause) {
        super("cannot read image " + file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /**
     * Why the file could not be read, without its name: for a caller that names the picture its own way (a form
     * field, say).
     *
     * @since 0.2.0
     */
    public String reason() {
        return reason;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
