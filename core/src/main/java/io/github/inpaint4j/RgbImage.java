package io.github.inpaint4j;

import java.util.Arrays;

/**
 * An immutable RGB image with float samples in [0, 1].
 *
 * <p>Layout: <b>planar</b>, channel-major. Sample {@code (x, y, c)} is at index
 * {@code c * width * height + y * width + x} of {@link #toPlanar()}, with {@code c} = 0 (red),
 * 1 (green), 2 (blue). Planar storage keeps one channel of a row contiguous, which is what the
 * exemplar searches sweep. Samples are plain (not gamma-linearised) values of the file, divided by
 * the largest value of their bit depth: an 8-bit sample {@code v} becomes {@code v / 255f}, so an
 * 8-bit image survives a read–write round trip bit for bit.
 *
 * <p>Instances never change: factories copy their input and accessors return copies, so an image
 * can be shared between threads freely.
 *
 * <p>Converters: {@link io.github.inpaint4j.io.BufferedImages} turns a {@code java.awt}
 * {@code BufferedImage} into an {@code RgbImage} and back, and a {@link Mask} into a
 * {@code BufferedImage} (a {@link io.github.inpaint4j.io.MaskRule} reads one back);
 * {@link io.github.inpaint4j.io.ImageFiles} reads and writes files; {@link #fromPlanar},
 * {@link #fromInterleaved}, {@link #toPlanar()} and {@link #toInterleaved()} exchange float arrays
 * (with a tensor library, say); in the {@code gan} module, {@code io.github.inpaint4j.gan.DjlImages}
 * converts to and from DJL's {@code ai.djl.modality.cv.Image}.
 */
public final class RgbImage {

    /** Number of channels: red, green, blue. */
    public static final int CHANNELS = 3;

    private final int width;
    private final int height;
    private final float[] planes;

    private RgbImage(int width, int height, float[] planes) {
        this.width = width;
        this.height = height;
        this.planes = planes;
    }

    /**
     * Creates an image from planar samples (see the class comment for the layout).
     *
     * @param planar {@code 3 * width * height} samples, each finite and in [0, 1]; copied
     * @throws IllegalArgumentException if a size is not positive, the array has the wrong length
     *     or a sample is outside [0, 1] (the message names the pixel and the value)
     */
    public static RgbImage fromPlanar(int width, int height, float[] planar) {
        requireSize(width, height);
        int n = sampleCount(width, height);
        if (planar.length != n) {
            throw new IllegalArgumentException("planar array has " + planar.length + " samples, expected 3 × "
                    + width + " × " + height + " = " + n);
        }
        float[] copy = planar.clone();
        checkRange(copy, width, height);
        return new RgbImage(width, height, copy);
    }

    /**
     * Creates an image from interleaved samples {@code r, g, b, r, g, b, ...} in row-major order.
     *
     * @throws IllegalArgumentException as {@link #fromPlanar}
     */
    public static RgbImage fromInterleaved(int width, int height, float[] rgb) {
        requireSize(width, height);
        int n = sampleCount(width, height);
        if (rgb.length != n) {
            throw new IllegalArgumentException("interleaved array has " + rgb.length + " samples, expected 3 × "
                    + width + " × " + height + " = " + n);
        }
        int plane = width * height;
        float[] planar = new float[n];
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < CHANNELS; c++) {
                planar[c * plane + i] = rgb[i * CHANNELS + c];
            }
        }
        checkRange(planar, width, height);
        return new RgbImage(width, height, planar);
    }

    /** An image of one colour. Each component must be in [0, 1]. */
    public static RgbImage filled(int width, int height, float red, float green, float blue) {
        requireSize(width, height);
        int plane = width * height;
        float[] planar = new float[sampleCount(width, height)];
        Arrays.fill(planar, 0, plane, red);
        Arrays.fill(planar, plane, 2 * plane, green);
        Arrays.fill(planar, 2 * plane, 3 * plane, blue);
        checkRange(planar, width, height);
        return new RgbImage(width, height, planar);
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** Number of pixels, {@code width * height}. */
    public int pixelCount() {
        return width * height;
    }

    /**
     * The sample of channel {@code channel} (0 red, 1 green, 2 blue) at {@code (x, y)}.
     *
     * @throws IndexOutOfBoundsException if the coordinates or the channel are outside the image
     */
    public float get(int x, int y, int channel) {
        if (x < 0 || x >= width || y < 0 || y >= height || channel < 0 || channel >= CHANNELS) {
            throw new IndexOutOfBoundsException("(" + x + ", " + y + ", channel " + channel + ") is outside a "
                    + width + "×" + height + " RGB image");
        }
        return planes[channel * width * height + y * width + x];
    }

    /** A copy of the samples in planar layout (length {@code 3 * width * height}). */
    public float[] toPlanar() {
        return planes.clone();
    }

    /** A copy of the samples interleaved {@code r, g, b, r, g, b, ...} in row-major order. */
    public float[] toInterleaved() {
        int plane = width * height;
        float[] rgb = new float[planes.length];
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < CHANNELS; c++) {
                rgb[i * CHANNELS + c] = planes[c * plane + i];
            }
        }
        return rgb;
    }

    /**
     * The part of this image inside {@code region}.
     *
     * @throws IllegalArgumentException if the region does not lie wholly inside the image
     */
    public RgbImage crop(Rect region) {
        if (!region.isInside(width, height)) {
            throw new IllegalArgumentException("crop region " + region + " is not inside the " + width + "×" + height
                    + " image");
        }
        int w = region.width();
        int h = region.height();
        float[] out = new float[sampleCount(w, h)];
        for (int c = 0; c < CHANNELS; c++) {
            for (int y = 0; y < h; y++) {
                System.arraycopy(planes, c * width * height + (region.y() + y) * width + region.x(),
                        out, c * w * h + y * w, w);
            }
        }
        return new RgbImage(w, h, out);
    }

    /** {@code true} if {@code other} has the same size and bit-identical samples. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RgbImage o && o.width == width && o.height == height
                && Arrays.equals(o.planes, planes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(planes);
    }

    @Override
    public String toString() {
        return "RgbImage[" + width + "×" + height + "]";
    }

    private static int sampleCount(int width, int height) {
        long n = (long) width * height * CHANNELS;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("image of " + width + "×" + height + " is too large");
        }
        return (int) n;
    }

    private static void requireSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "×" + height);
        }
    }

    private static void checkRange(float[] planar, int width, int height) {
        int plane = width * height;
        for (int i = 0; i < planar.length; i++) {
            float v = planar[i];
            if (!(v >= 0f && v <= 1f)) {
                int p = i % plane;
                throw new IllegalArgumentException("sample " + v + " at (" + (p % width) + ", " + (p / width)
                        + ", channel " + (i / plane) + ") is outside [0, 1]");
            }
        }
    }
}
