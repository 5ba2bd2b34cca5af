package io.github.inpaint4j.imagej;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.process.ImageProcessor;
import io.github.inpaint4j.Mask;
import java.awt.Rectangle;
import java.util.Locale;

/** Where to fill: the pixels inside an area selection (any shape, composite too), or the non-zero pixels of a mask image. */
final class HoleMasks {

    private HoleMasks() {
    }

    /**
     * The pixels of {@code width × height} inside {@code roi}, as ImageJ's own fill commands take them.
     *
     * @throws IllegalArgumentException if there is no selection, or it is a line or points (no area)
     */
    static Mask fromSelection(Roi roi, int width, int height) {
        if (roi == null) {
            throw new IllegalArgumentException("there is no selection: select what to fill (any area selection),"
                    + " or choose a mask image");
        }
        if (!roi.isArea()) {
            throw new IllegalArgumentException("the selection is a " + roi.getTypeAsString().toLowerCase(Locale.ROOT)
                    + ", not an area: fill needs an area selection (Edit › Selection › Line to Area turns a line into one)");
        }
        boolean[] hole = new boolean[width * height];
        Rectangle box = roi.getBounds();
        ImageProcessor inside = roi.getMask(); // null for a rectangle: every pixel of the box
        for (int y = Math.max(0, box.y); y < Math.min(height, box.y + box.height); y++) {
            for (int x = Math.max(0, box.x); x < Math.min(width, box.x + box.width); x++) {
                if (inside == null || inside.get(x - box.x, y - box.y) != 0) {
                    hole[y * width + x] = true;
                }
            }
        }
        return Mask.of(width, height, hole);
    }

    /**
     * The non-zero pixels of the mask image's slice {@code slice} (its first slice if it has fewer).
     *
     * @throws IllegalArgumentException naming both sizes if the mask image is not the picture's size
     */
    static Mask fromImage(ImagePlus mask, int slice, int width, int height) {
        if (mask.getWidth() != width || mask.getHeight() != height) {
            throw new IllegalArgumentException("the mask image " + mask.getTitle() + " is " + mask.getWidth() + "×"
                    + mask.getHeight() + ", the picture " + width + "×" + height + ": they must have the same size");
        }
        ImageProcessor ip = mask.getStackSize() >= slice ? mask.getStack().getProcessor(slice)
                : mask.getStack().getProcessor(1);
        boolean[] hole = new boolean[width * height];
        for (int i = 0; i < hole.length; i++) {
            hole[i] = ip.getf(i) != 0f;
        }
        return Mask.of(width, height, hole);
    }
}
