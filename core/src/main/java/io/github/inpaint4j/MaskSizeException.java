package io.github.inpaint4j;

/**
 * A mask that does not have the size of the picture (or other mask) it goes with. It carries both
 * sizes, so that a front end can name its own files without editing the message
 * ({@code "the mask is 30×40 but the image is 40×30"}).
 *
 * @since 0.2.0
 */
public class MaskSizeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int maskWidth;
    private final int maskHeight;
    private final int width;
    private final int height;

    /**
     * @param maskWidth the mask's width
     * @param maskHeight the mask's height
     * @param width the width it should have
     * @param height the height it should have
     * @param what what it should match, for the message: {@code "image"}
     */
    public MaskSizeException(int maskWidth, int maskHeight, int width, int height, String what) {
        super("the mask is " + maskWidth + "×" + maskHeight + " but the " + what + " is " + width + "×" + height);
        this.maskWidth = maskWidth;
        this.maskHeight = maskHeight;
        this.width = width;
        this.height = height;
    }

    /** The mask's size, {@code 30×40}. */
    public String maskSize() {
        return maskWidth + "×" + maskHeight;
    }

    /** The size the mask should have, {@code 40×30}. */
    public String size() {
        return width + "×" + height;
    }
}
