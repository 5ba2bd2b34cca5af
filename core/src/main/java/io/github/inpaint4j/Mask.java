package io.github.inpaint4j;

import io.github.inpaint4j.settings.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable hole map: {@code true} marks a pixel to fill (a <i>hole</i> pixel), {@code false} a
 * known pixel that every {@link Inpainter} leaves untouched.
 *
 * <p>Pixels are indexed in row-major order, {@code index = y * width + x}. Morphology is clipped to
 * the image: pixels outside it count neither as hole nor as known. {@link #dilate} grows the holes
 * by a disc (the offsets with {@code dx² + dy² ≤ r²}), as a user grows a brushed mask over an
 * object's outline; {@link #erode} shrinks them by a square of side {@code 2r + 1}, the test of
 * how thin a mask's lines are.
 *
 * <p>Converters: {@link io.github.inpaint4j.io.BufferedImages#toBufferedImage(Mask)} draws a mask
 * white on black, {@link io.github.inpaint4j.io.MaskRule#apply} reads one from a
 * {@code BufferedImage}, {@link io.github.inpaint4j.io.ImageFiles} reads and writes mask files,
 * {@link #of} and {@link #toArray()} exchange {@code boolean} arrays.
 */
public final class Mask {

    /** The largest radius the {@link #DILATE} setting accepts, in pixels. */
    public static final int MAX_DILATE = 1000;

    /**
     * The {@code dilate} setting of the front ends that take masks (fill, batch, bench, the server,
     * the Spark job): the radius in pixels by which every hole is {@linkplain #dilate grown} before
     * the fill, so that the outline a tight brush leaves around an object is filled too; 0 (the
     * default) fills the mask as drawn.
     *
     * @since 0.2.0
     */
    public static final Setting<Integer> DILATE = Setting.integer("dilate", 0).range(0, MAX_DILATE).label("PX")
            .help("grow every hole by this many pixels (a disc) before filling, to cover an object's outline");

    private final int width;
    private final int height;
    private final boolean[] hole;
    private final int holeCount;

    private Mask(int width, int height, boolean[] hole) {
        this.width = width;
        this.height = height;
        this.hole = hole;
        int n = 0;
        for (boolean h : hole) {
            if (h) {
                n++;
            }
        }
        this.holeCount = n;
    }

    /**
     * A mask from a row-major array of hole flags (copied).
     *
     * @throws IllegalArgumentException if a size is not positive or the array length is not
     *     {@code width * height}
     */
    public static Mask of(int width, int height, boolean[] hole) {
        requireSize(width, height);
        if (hole.length != width * height) {
            throw new IllegalArgumentException("hole array has " + hole.length + " entries, expected " + width + " × "
                    + height + " = " + (width * height));
        }
        return new Mask(width, height, hole.clone());
    }

    /** A mask with no hole. */
    public static Mask empty(int width, int height) {
        requireSize(width, height);
        return new Mask(width, height, new boolean[width * height]);
    }

    /** A mask in which every pixel is a hole. */
    public static Mask full(int width, int height) {
        requireSize(width, height);
        boolean[] hole = new boolean[width * height];
        Arrays.fill(hole, true);
        return new Mask(width, height, hole);
    }

    /**
     * A mask whose holes are the given rectangles, clipped to the image.
     *
     * @throws IllegalArgumentException if a rectangle lies wholly outside the image
     */
    public static Mask fromRectangles(int width, int height, Rect... rectangles) {
        requireSize(width, height);
        boolean[] hole = new boolean[width * height];
        for (Rect r : rectangles) {
            int x0 = Math.max(0, r.x());
            int y0 = Math.max(0, r.y());
            int x1 = Math.min(width, r.endX());
            int y1 = Math.min(height, r.endY());
            if (x1 <= x0 || y1 <= y0) {
                throw new IllegalArgumentException("rectangle " + r + " lies outside the " + width + "×" + height
                        + " image");
            }
            for (int y = y0; y < y1; y++) {
                Arrays.fill(hole, y * width + x0, y * width + x1, true);
            }
        }
        return new Mask(width, height, hole);
    }

    /**
     * A mask from an image: a pixel is a hole when its largest channel exceeds {@code threshold}.
     * With threshold 0 every non-black pixel is a hole (white-on-black masks as drawn in an
     * editor); a threshold such as 0.5 ignores the faint noise of a JPEG-compressed mask.
     *
     * @param threshold in [0, 1)
     * @throws IllegalArgumentException if the threshold is outside [0, 1)
     */
    public static Mask fromImage(RgbImage image, float threshold) {
        if (!(threshold >= 0f && threshold < 1f)) {
            throw new IllegalArgumentException("mask threshold must be in [0, 1), got " + threshold);
        }
        int w = image.width();
        int h = image.height();
        int plane = w * h;
        float[] s = image.toPlanar();
        boolean[] hole = new boolean[plane];
        for (int i = 0; i < plane; i++) {
            float max = Math.max(s[i], Math.max(s[plane + i], s[2 * plane + i]));
            hole[i] = max > threshold;
        }
        return new Mask(w, h, hole);
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
        return hole.length;
    }

    /** {@code true} if pixel {@code (x, y)} is a hole. */
    public boolean isHole(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("(" + x + ", " + y + ") is outside a " + width + "×" + height
                    + " mask");
        }
        return hole[y * width + x];
    }

    /** {@code true} if the pixel at row-major {@code index} is a hole. */
    public boolean isHole(int index) {
        return hole[index];
    }

    /** Number of hole pixels. */
    public int holeCount() {
        return holeCount;
    }

    /** Number of known (non-hole) pixels. */
    public int knownCount() {
        return hole.length - holeCount;
    }

    /** {@code true} if no pixel is a hole. */
    public boolean isEmpty() {
        return holeCount == 0;
    }

    /** A copy of the hole flags in row-major order. */
    public boolean[] toArray() {
        return hole.clone();
    }

    /** The smallest rectangle holding every hole pixel, or empty if there is no hole. */
    public Optional<Rect> boundingBox() {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (hole[y * width + x]) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? Optional.empty() : Optional.of(new Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1));
    }

    /**
     * The holes grown by {@code radius} pixels: a pixel becomes a hole when a hole pixel lies within
     * Euclidean distance {@code radius} of it (a disc structuring element: radius 1 adds the four
     * side neighbours, radius 2 also the diagonal ones and those two steps away). Radius 0 is the
     * identity. Use it to cover the outline that a tight brush leaves around an object. Runs in time
     * proportional to the pixels, whatever the radius.
     *
     * @throws IllegalArgumentException if the radius is negative
     */
    public Mask dilate(int radius) {
        requireRadius(radius);
        return new Mask(width, height, radius == 0 ? hole.clone() : DistanceTransform.within(width, height, hole, true,
                radius));
    }

    /**
     * The holes shrunk by {@code radius} pixels: a pixel stays a hole only if every pixel of its
     * {@code (2r+1)²} neighbourhood inside the image is a hole (a square structuring element, unlike
     * {@link #dilate}'s disc: eroding by r removes every line at most 2r pixels wide, whatever its direction).
     *
     * @throws IllegalArgumentException if the radius is negative
     */
    public Mask erode(int radius) {
        requireRadius(radius);
        return new Mask(width, height, shrink(hole, radius));
    }

    /** The mask with holes and known pixels swapped. */
    public Mask invert() {
        boolean[] out = new boolean[hole.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = !hole[i];
        }
        return new Mask(width, height, out);
    }

    /**
     * {@code image} with this mask's holes painted in one colour, to show the damage.
     *
     * @throws IllegalArgumentException if the sizes differ or a component is outside [0, 1]
     */
    public RgbImage paint(RgbImage image, float red, float green, float blue) {
        requireSameSize(image);
        float[] samples = image.toPlanar();
        float[] colour = {red, green, blue};
        int plane = image.pixelCount();
        for (int i = 0; i < plane; i++) {
            if (hole[i]) {
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    samples[c * plane + i] = colour[c];
                }
            }
        }
        return RgbImage.fromPlanar(image.width(), image.height(), samples);
    }

    /** Pixels that are holes in this mask or in {@code other}. */
    public Mask union(Mask other) {
        requireSameSize(other.width, other.height, "other mask");
        boolean[] out = new boolean[hole.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = hole[i] || other.hole[i];
        }
        return new Mask(width, height, out);
    }

    /** The part of this mask inside {@code region}, which must lie inside the mask. */
    public Mask crop(Rect region) {
        if (!region.isInside(width, height)) {
            throw new IllegalArgumentException("crop region " + region + " is not inside the " + width + "×" + height
                    + " mask");
        }
        boolean[] out = new boolean[region.width() * region.height()];
        for (int y = 0; y < region.height(); y++) {
            System.arraycopy(hole, (region.y() + y) * width + region.x(), out, y * region.width(), region.width());
        }
        return new Mask(region.width(), region.height(), out);
    }

    /**
     * Checks that this mask fits {@code image}.
     *
     * @throws MaskSizeException naming both sizes if they differ
     */
    public void requireSameSize(RgbImage image) {
        Objects.requireNonNull(image, "image");
        requireSameSize(image.width(), image.height(), "image");
    }

    /**
     * The connected regions of the holes: hole pixels that touch, each with the eight around it
     * (8-connected), in raster order of their first pixel. Every hole pixel is in exactly one.
     *
     * @since 0.2.0
     */
    public List<HoleComponent> components() {
        boolean[] seen = new boolean[hole.length];
        int[] queue = new int[holeCount()];
        List<HoleComponent> components = new ArrayList<>();
        for (int start = 0; start < hole.length; start++) {
            if (!hole[start] || seen[start]) {
                continue;
            }
            // breadth first from the region's first pixel in raster order
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            seen[start] = true;
            int x0 = width;
            int y0 = height;
            int x1 = -1;
            int y1 = -1;
            while (head < tail) {
                int i = queue[head++];
                int x = i % width;
                int y = i / width;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                for (int ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
                    for (int nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
                        int j = ny * width + nx;
                        if (hole[j] && !seen[j]) {
                            seen[j] = true;
                            queue[tail++] = j;
                        }
                    }
                }
            }
            int[] pixels = Arrays.copyOf(queue, tail);
            Arrays.sort(pixels);
            components.add(new HoleComponent(new Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1), pixels));
        }
        return components;
    }

    /**
     * Checks that at least one pixel is known, for methods that copy or extrapolate known pixels.
     *
     * @throws IllegalArgumentException if every pixel is a hole
     */
    public void requireKnownPixels() {
        if (knownCount() == 0) {
            throw new IllegalArgumentException("mask has no known pixels: all " + hole.length + " pixels of the "
                    + width + "×" + height + " mask are hole");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mask m && m.width == width && m.height == height && Arrays.equals(m.hole, hole);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(hole);
    }

    @Override
    public String toString() {
        return "Mask[" + width + "×" + height + ", " + holeCount + " hole pixels]";
    }

    private void requireSameSize(int w, int h, String what) {
        if (w != width || h != height) {
            throw new MaskSizeException(width, height, w, h, what);
        }
    }

    /**
     * Separable square erosion clipped to the image: a pixel stays a hole when every pixel of its
     * window is one. Each pass counts the holes of a window with a prefix sum along the line.
     */
    private boolean[] shrink(boolean[] in, int r) {
        if (r == 0) {
            return in.clone();
        }
        boolean[] rows = new boolean[in.length];
        for (int y = 0; y < height; y++) {
            erodeLine(in, rows, y * width, 1, width, r);
        }
        boolean[] out = new boolean[in.length];
        for (int x = 0; x < width; x++) {
            erodeLine(rows, out, x, width, height, r);
        }
        return out;
    }

    private static void erodeLine(boolean[] in, boolean[] out, int start, int step, int length, int r) {
        int[] prefix = new int[length + 1];
        for (int i = 0; i < length; i++) {
            prefix[i + 1] = prefix[i] + (in[start + i * step] ? 1 : 0);
        }
        for (int i = 0; i < length; i++) {
            int lo = Math.max(0, i - r);
            int hi = Math.min(length, i + r + 1);
            out[start + i * step] = prefix[hi] - prefix[lo] == hi - lo;
        }
    }

    private static void requireRadius(int radius) {
        if (radius < 0) {
            throw new IllegalArgumentException("radius must be >= 0, got " + radius);
        }
    }

    private static void requireSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("mask size must be positive, got " + width + "×" + height);
        }
    }
}
