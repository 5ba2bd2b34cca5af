package io.github.inpaint4j.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A picture whose header claims more pixels than {@link ReadOptions#maxPixels()}; nothing of it was
 * decoded.
 */
public class ImageTooLargeException extends ImageReadException {

    private final int width;
    private final int height;
    private final long maxPixels;

    /**
     * @param file the file
     * @param width the width its header claims
     * @param height the height its header claims
     * @param maxPixels the limit it exceeds
     */
    public ImageTooLargeException(Path file, int width, int height, long maxPixels) {
        super(file, String.format(Locale.ROOT, "the picture is too large: %d×%d = %,d pixels, more than the limit of"
                + " %,d pixels", width, height, (long) width * height, maxPixels), null);
        this.width = width;
        this.height = height;
        this.maxPixels = maxPixels;
    }

    /** The width the header claims. */
    public int width() {
        return width;
    }

    /** The height the header claims. */
    public int height() {
        return height;
    }

    /** The limit exceeded. */
    public long maxPixels() {
        return maxPixels;
    }
}
