package io.github.inpaint4j.gan.internal.data;

import io.github.inpaint4j.RgbImage;
import java.nio.file.Path;

/**
 * A training picture held in memory at 8 bits per sample (3 bytes per pixel, a quarter of an
 * {@link RgbImage}), so that a folder of photos fits in the heap. Immutable.
 */
public final class Picture {

    private final Path file;
    private final int width;
    private final int height;
    private final byte[] planar;

    private Picture(Path file, int width, int height, byte[] planar) {
        this.file = file;
        this.width = width;
        this.height = height;
        this.planar = planar;
    }

    /** The picture of {@code image}, each sample rounded to the nearest of 256 levels. */
    public static Picture of(Path file, RgbImage image) {
        float[] samples = image.toPlanar();
        byte[] bytes = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            bytes[i] = (byte) Math.round(samples[i] * 255f);
        }
        return new Picture(file, image.width(), image.height(), bytes);
    }

    /** The file it was read from. */
    public Path file() {
        return file;
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** The {@code size × size} crop at {@code (x, y)} as an image, mirrored left–right if {@code flip}. */
    public RgbImage crop(int x, int y, int size, boolean flip) {
        requireCrop(x, y, size);
        int plane = width * height;
        float[] out = new float[RgbImage.CHANNELS * size * size];
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            for (int row = 0; row < size; row++) {
                int src = c * plane + (y + row) * width + x;
                int dst = c * size * size + row * size;
                for (int col = 0; col < size; col++) {
                    out[dst + col] = (planar[src + (flip ? size - 1 - col : col)] & 0xff) / 255f;
                }
            }
        }
        return RgbImage.fromPlanar(size, size, out);
    }

    /** The {@code size × size} crop at {@code (x, y)} as an image. */
    public RgbImage crop(int x, int y, int size) {
        return crop(x, y, size, false);
    }

    private void requireCrop(int x, int y, int size) {
        if (x < 0 || y < 0 || size < 1 || x + size > width || y + size > height) {
            throw new IllegalArgumentException("crop of " + size + "×" + size + " at (" + x + ", " + y
                    + ") is not inside the " + width + "×" + height + " picture " + file);
        }
    }

    @Override
    public String toString() {
        return file + " (" + width + "×" + height + ")";
    }
}
