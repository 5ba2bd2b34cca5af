package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.translate.InpaintingInput;

/**
 * The picture being filled, window after window: its samples, with the holes filled so far, and
 * the holes still pending. Holes filled earlier are context for the windows that follow.
 */
public final class Canvas {

    private final int width;
    private final int height;
    private final float[] planar;
    private final boolean[] pending;

    /** {@code image} with the holes of {@code mask} pending. */
    public Canvas(RgbImage image, Mask mask) {
        this.width = image.width();
        this.height = image.height();
        this.planar = image.toPlanar();
        this.pending = mask.toArray();
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** The part {@code area} of the picture and its pending holes. */
    public InpaintingInput crop(Rect area) {
        int w = area.width();
        int h = area.height();
        int plane = width * height;
        float[] rgb = new float[RgbImage.CHANNELS * w * h];
        boolean[] holes = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            int src = (area.y() + y) * width + area.x();
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                System.arraycopy(planar, c * plane + src, rgb, c * w * h + y * w, w);
            }
            System.arraycopy(pending, src, holes, y * w, w);
        }
        return new InpaintingInput(RgbImage.fromPlanar(w, h, rgb), Mask.of(w, h, holes));
    }

    /**
     * Writes the picture's pixels {@code pixels} (indices {@code y · width + x}, inside
     * {@code area}) from {@code filled}, a picture of {@code area}; they are no longer pending.
     */
    public void paste(int[] pixels, Rect area, RgbImage filled) {
        float[] samples = filled.toPlanar();
        int plane = width * height;
        int areaPlane = area.width() * area.height();
        for (int p : pixels) {
            int local = (p / width - area.y()) * area.width() + p % width - area.x();
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                planar[c * plane + p] = samples[c * areaPlane + local];
            }
            pending[p] = false;
        }
    }

    /** The picture as it is now. */
    public RgbImage toImage() {
        return RgbImage.fromPlanar(width, height, planar);
    }
}
