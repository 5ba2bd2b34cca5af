package io.github.inpaint4j;

import java.util.Objects;

/**
 * One connected region of a mask's holes ({@link Mask#components()}): hole pixels that touch, each
 * with the eight around it (8-connected), and their bounding box.
 *
 * @param box the bounding box of the region's pixels
 * @param pixels the region's pixels as picture indices ({@code y · width + x}), in raster order; do not
 *     modify
 * @since 0.2.0
 */
public record HoleComponent(Rect box, int[] pixels) {

    /** @throws IllegalArgumentException if there are no pixels */
    public HoleComponent {
        Objects.requireNonNull(box, "box");
        if (pixels.length == 0) {
            throw new IllegalArgumentException("a hole component has at least one pixel");
        }
    }

    /** The number of hole pixels in the region. */
    public int size() {
        return pixels.length;
    }
}
