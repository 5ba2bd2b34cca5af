package io.github.inpaint4j.texture.internal;

import java.util.Arrays;

/**
 * The fill front of a {@link WorkingImage}: its unknown pixels with a known 8-neighbour, kept up to
 * date as pixels are filled, so that a method finds the front in time proportional to the front's
 * length rather than to the picture's area (a scan for {@link WorkingImage#isOnFront} costs the
 * whole picture at every step, which on a 12-megapixel photo outweighs the fill itself).
 *
 * <p>Every change to the image must go through {@link #fill}. Not thread-safe.
 */
final class FillFront {

    private final WorkingImage image;
    /** Position of each pixel in {@link #pixels}, or -1 if it is not on the front. */
    private final int[] position;
    private int[] pixels = new int[64];
    private int size;

    private FillFront(WorkingImage image) {
        this.image = image;
        this.position = new int[image.width() * image.height()];
        Arrays.fill(position, -1);
        int w = image.width();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < w; x++) {
                if (image.isOnFront(x, y)) {
                    add(y * w + x);
                }
            }
        }
    }

    /** The front of {@code image} as it is now. */
    static FillFront of(WorkingImage image) {
        return new FillFront(image);
    }

    /** Number of pixels on the front. */
    int size() {
        return size;
    }

    /** The {@code k}-th front pixel (row-major index), in no particular order. */
    int get(int k) {
        return pixels[k];
    }

    /** {@code true} if the pixel at row-major {@code index} is on the front. */
    boolean contains(int index) {
        return position[index] >= 0;
    }

    /** The front pixels in row-major order. */
    int[] sorted() {
        int[] out = Arrays.copyOf(pixels, size);
        Arrays.sort(out);
        return out;
    }

    /**
     * Writes an unknown pixel ({@link WorkingImage#fill}) and updates the front: the pixel leaves
     * it, and its unknown 8-neighbours, which now have a known neighbour, join it.
     */
    void fill(int index, float red, float green, float blue) {
        image.fill(index, red, green, blue);
        remove(index);
        int w = image.width();
        int x = index % w;
        int y = index / w;
        for (int yy = Math.max(0, y - 1); yy <= Math.min(image.height() - 1, y + 1); yy++) {
            for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
                int i = yy * w + xx;
                if (!image.isKnown(i) && position[i] < 0) {
                    add(i);
                }
            }
        }
    }

    private void add(int index) {
        if (size == pixels.length) {
            pixels = Arrays.copyOf(pixels, 2 * size);
        }
        position[index] = size;
        pixels[size++] = index;
    }

    private void remove(int index) {
        int p = position[index];
        if (p < 0) {
            return;
        }
        int last = pixels[--size];
        pixels[p] = last;
        position[last] = p;
        position[index] = -1;
    }
}
