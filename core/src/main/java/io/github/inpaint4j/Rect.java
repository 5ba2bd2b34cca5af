package io.github.inpaint4j;

/**
 * An axis-aligned rectangle of pixels: columns {@code x .. x + width - 1}, rows
 * {@code y .. y + height - 1}.
 *
 * @param x left column
 * @param y top row
 * @param width number of columns, at least 1
 * @param height number of rows, at least 1
 */
public record Rect(int x, int y, int width, int height) {

    /** @throws IllegalArgumentException if the width or the height is not positive */
    public Rect {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("rectangle size must be positive, got " + width + "×" + height);
        }
    }

    /** The rectangle of {@code width × height} pixels centred in an image of {@code imageWidth × imageHeight}. */
    public static Rect centred(int imageWidth, int imageHeight, int width, int height) {
        return new Rect((imageWidth - width) / 2, (imageHeight - height) / 2, width, height);
    }

    /** One past the right column. */
    public int endX() {
        return x + width;
    }

    /** One past the bottom row. */
    public int endY() {
        return y + height;
    }

    /** Number of pixels. */
    public long area() {
        return (long) width * height;
    }

    /** {@code true} if pixel {@code (px, py)} lies in this rectangle. */
    public boolean contains(int px, int py) {
        return px >= x && px < endX() && py >= y && py < endY();
    }

    /** {@code true} if this rectangle lies wholly inside an image of the given size. */
    public boolean isInside(int imageWidth, int imageHeight) {
        return x >= 0 && y >= 0 && endX() <= imageWidth && endY() <= imageHeight;
    }

    /**
     * This rectangle grown by {@code margin} pixels on every side and clipped to an image of the
     * given size.
     *
     * @throws IllegalArgumentException if the margin is negative or nothing is left after clipping
     */
    public Rect expand(int margin, int imageWidth, int imageHeight) {
        if (margin < 0) {
            throw new IllegalArgumentException("margin must be >= 0, got " + margin);
        }
        int x0 = Math.max(0, x - margin);
        int y0 = Math.max(0, y - margin);
        int x1 = Math.min(imageWidth, endX() + margin);
        int y1 = Math.min(imageHeight, endY() + margin);
        if (x1 <= x0 || y1 <= y0) {
            throw new IllegalArgumentException(this + " grown by " + margin + " does not overlap a " + imageWidth
                    + "×" + imageHeight + " image");
        }
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }

    @Override
    public String toString() {
        return width + "×" + height + " at (" + x + ", " + y + ")";
    }
}
