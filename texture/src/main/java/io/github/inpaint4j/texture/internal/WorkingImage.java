package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import java.util.Arrays;

/**
 * The image being filled: planar RGB samples plus a known-pixel flag per pixel. Hole pixels start
 * unknown and become known as a method writes them; known pixels of the input are never written.
 * Not thread-safe: one run owns it, and worker threads only read it while the owner waits.
 */
public final class WorkingImage {

    private final int width;
    private final int height;
    private final float[] samples;
    private final boolean[] known;
    private int unknownCount;

    private WorkingImage(int width, int height, float[] samples, boolean[] known) {
        this.width = width;
        this.height = height;
        this.samples = samples;
        this.known = known;
        int n = 0;
        for (boolean k : known) {
            if (!k) {
                n++;
            }
        }
        this.unknownCount = n;
    }

    /** The picture with the mask's holes unknown. */
    public static WorkingImage of(RgbImage image, Mask mask) {
        mask.requireSameSize(image);
        boolean[] known = mask.toArray();
        for (int i = 0; i < known.length; i++) {
            known[i] = !known[i];
        }
        return new WorkingImage(image.width(), image.height(), image.toPlanar(), known);
    }

    /** A picture whose pixels are all known. */
    public static WorkingImage of(RgbImage image) {
        boolean[] known = new boolean[image.pixelCount()];
        Arrays.fill(known, true);
        return new WorkingImage(image.width(), image.height(), image.toPlanar(), known);
    }

    /** Planar samples and known flags (both taken over, not copied). */
    static WorkingImage of(int width, int height, float[] planar, boolean[] known) {
        return new WorkingImage(width, height, planar, known);
    }

    /** A black picture whose pixels are all unknown. */
    public static WorkingImage blank(int width, int height) {
        return new WorkingImage(width, height, new float[RgbImage.CHANNELS * width * height],
                new boolean[width * height]);
    }

    /**
     * The picture at half resolution: pixel {@code (x, y)} is the mean of the 2×2 block at
     * {@code (2x, 2y)}, known only if all four pixels are (a trailing odd row or column is dropped).
     * The image must be at least 2×2.
     */
    public WorkingImage halved() {
        int w = width / 2;
        int h = height / 2;
        WorkingImage half = blank(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = 2 * y * width + 2 * x;
                if (known[i] && known[i + 1] && known[i + width] && known[i + width + 1]) {
                    half.fill(y * w + x, blockMean(i, 0), blockMean(i, 1), blockMean(i, 2));
                }
            }
        }
        return half;
    }

    /** The pixels of {@code region}, which lies inside the image, as an image of their own (copied). */
    public WorkingImage crop(Rect region) {
        int w = region.width();
        int h = region.height();
        float[] part = new float[RgbImage.CHANNELS * w * h];
        boolean[] partKnown = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            int from = (region.y() + y) * width + region.x();
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                System.arraycopy(samples, c * width * height + from, part, c * w * h + y * w, w);
            }
            System.arraycopy(known, from, partKnown, y * w, w);
        }
        return new WorkingImage(w, h, part, partKnown);
    }

    /**
     * Fills the unknown pixels of {@code region} from {@code part}, a {@link #crop} of that region
     * whose pixels are all known by now.
     */
    public void paste(WorkingImage part, Rect region) {
        if (part.width != region.width() || part.height != region.height() || part.unknownCount > 0) {
            throw new IllegalStateException("cannot paste a " + part.width + "×" + part.height + " part with "
                    + part.unknownCount + " unknown pixels into " + region);
        }
        for (int y = 0; y < part.height; y++) {
            for (int x = 0; x < part.width; x++) {
                int i = (region.y() + y) * width + region.x() + x;
                if (!known[i]) {
                    int j = y * part.width + x;
                    fill(i, part.sample(j, 0), part.sample(j, 1), part.sample(j, 2));
                }
            }
        }
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** Number of pixels still unknown. */
    public int unknownCount() {
        return unknownCount;
    }

    /** {@code true} if {@code (x, y)} lies inside the image. */
    public boolean contains(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height;
    }

    /** {@code true} if the pixel at row-major {@code index} is known. */
    public boolean isKnown(int index) {
        return known[index];
    }

    /** {@code true} if {@code (x, y)} lies inside the image and is known. */
    public boolean isKnownAt(int x, int y) {
        return contains(x, y) && known[y * width + x];
    }

    /** The sample of {@code channel} at row-major pixel {@code index}. */
    public float sample(int index, int channel) {
        return samples[channel * width * height + index];
    }

    /** Mean of the three channels at row-major pixel {@code index}. */
    public float grey(int index) {
        int plane = width * height;
        return (samples[index] + samples[plane + index] + samples[2 * plane + index]) / 3f;
    }

    /** Writes an unknown pixel and marks it known. */
    public void fill(int index, float red, float green, float blue) {
        if (known[index]) {
            throw new IllegalStateException("pixel " + index + " is already known");
        }
        int plane = width * height;
        samples[index] = red;
        samples[plane + index] = green;
        samples[2 * plane + index] = blue;
        known[index] = true;
        unknownCount--;
    }

    /** Number of known pixels in the {@code (2·half + 1)²} window centred on {@code (x, y)}, clipped to the image. */
    public int knownAround(int x, int y, int half) {
        int n = 0;
        for (int yy = Math.max(0, y - half); yy <= Math.min(height - 1, y + half); yy++) {
            for (int xx = Math.max(0, x - half); xx <= Math.min(width - 1, x + half); xx++) {
                if (known[yy * width + xx]) {
                    n++;
                }
            }
        }
        return n;
    }

    /** {@code true} if the pixel is unknown and one of its 8 neighbours is known. */
    public boolean isOnFront(int x, int y) {
        if (known[y * width + x]) {
            return false;
        }
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((dx != 0 || dy != 0) && isKnownAt(x + dx, y + dy)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The image; every pixel must be known by now.
     *
     * @throws IllegalStateException if a pixel is still unknown
     */
    public RgbImage toImage() {
        if (unknownCount > 0) {
            throw new IllegalStateException(unknownCount + " pixels are still unknown");
        }
        return RgbImage.fromPlanar(width, height, samples);
    }

    private float blockMean(int i, int channel) {
        int o = channel * width * height;
        return (samples[o + i] + samples[o + i + 1] + samples[o + i + width] + samples[o + i + width + 1]) / 4f;
    }
}
