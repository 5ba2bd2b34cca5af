package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.HoleComponent;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the crops a generator trained at one size fills a picture with, and the scale of each.
 *
 * <p>A generator fills well a hole whose every pixel lies within {@code reach} pixels of a known
 * one (the half-width of the widest holes it was trained on). For each hole (8-connected
 * component) the <b>scale</b> is the smallest power of two {@code f} with
 * {@code depth / f ≤ reach}, {@code depth} the largest chessboard distance from a hole pixel to
 * the nearest known pixel: a thin scratch across the whole picture keeps scale 1, a large blob
 * gets 2, 4, 8, … The window around the hole is at least {@code f · minSide} on each side and
 * holds the hole's bounding box plus {@code f · margin} of context on every side, shifted to lie
 * inside the picture and clipped to it if the picture is smaller; shrunk by {@code f} it is at
 * least the training size and the hole in it is no deeper than what the generator was trained
 * on. A window also takes every later hole of the same scale that lies wholly inside it. Windows
 * come in raster order of their first hole pixel.
 */
public final class HoleWindows {

    /**
     * One crop to fill.
     *
     * @param area the crop, inside the picture
     * @param pixels the picture indices ({@code y · width + x}) of the hole pixels this crop fills
     * @param bounds the bounding box of {@code pixels}
     * @param depth the largest chessboard distance from one of {@code pixels} to a known pixel
     * @param scale the power of two the crop is shrunk by for its first, coarsest fill (1: filled at
     *     full resolution in one pass)
     */
    public record Window(Rect area, int[] pixels, Rect bounds, int depth, int scale) {
    }

    private HoleWindows() {
    }

    /**
     * The windows for the holes of {@code mask}.
     *
     * @param minSide the least window side at scale 1 (the training crop's)
     * @param margin the least context on each side of a hole at scale 1
     * @param reach the hole depth the generator fills well at scale 1, at least 1
     */
    public static List<Window> plan(Mask mask, int minSide, int margin, int reach) {
        List<Component> components = components(mask);
        for (Component c : components) {
            c.depth = depth(c, mask.width(), mask.height());
            c.scale = scale(c.depth, reach);
        }
        boolean[] taken = new boolean[components.size()];
        List<Window> windows = new ArrayList<>();
        for (int c = 0; c < components.size(); c++) {
            if (taken[c]) {
                continue;
            }
            Component first = components.get(c);
            int f = first.scale;
            Rect area = area(first.bounds(), f * minSide, f * margin, mask.width(), mask.height());
            List<Integer> pixels = new ArrayList<>();
            Component all = new Component();
            for (int k = c; k < components.size(); k++) {
                Component other = components.get(k);
                if (!taken[k] && other.scale == f && other.isInside(area)) {
                    taken[k] = true;
                    pixels.addAll(other.pixels);
                    all.include(other);
                }
            }
            windows.add(new Window(area, pixels.stream().mapToInt(Integer::intValue).sorted().toArray(), all.bounds(),
                    all.depth, f));
        }
        return windows;
    }

    /**
     * The window of holes bounded by {@code bounds} in a {@code width × height} picture: on each
     * axis at least {@code minSide} and the holes plus {@code context} on each side, centred on the
     * holes, shifted to lie inside the picture and clipped to it if the picture is smaller.
     */
    public static Rect area(Rect bounds, int minSide, int context, int width, int height) {
        int minX = bounds.x();
        int maxX = bounds.endX() - 1;
        int minY = bounds.y();
        int maxY = bounds.endY() - 1;
        return new Rect(start(minX, maxX, width, minSide, context), start(minY, maxY, height, minSide, context),
                side(minX, maxX, width, minSide, context), side(minY, maxY, height, minSide, context));
    }

    /**
     * The whole picture as one window, at the largest scale of its holes: how the holes would be
     * filled without windows (a reference for the windows' plan).
     */
    public static Window whole(Mask mask, int reach) {
        int deepest = 0;
        for (Component c : components(mask)) {
            deepest = Math.max(deepest, depth(c, mask.width(), mask.height()));
        }
        int[] pixels = new int[mask.holeCount()];
        int n = 0;
        for (int p = 0; p < mask.pixelCount(); p++) {
            if (mask.isHole(p)) {
                pixels[n++] = p;
            }
        }
        Rect all = new Rect(0, 0, mask.width(), mask.height());
        return new Window(all, pixels, mask.boundingBox().orElse(all), deepest, scale(deepest, reach));
    }

    /** The smallest power of two {@code f} with {@code depth / f ≤ reach}. */
    public static int scale(int depth, int reach) {
        int f = 1;
        while (depth > (long) f * reach) {
            f *= 2;
        }
        return f;
    }

    /**
     * The largest chessboard distance from a pixel of {@code c} to a known pixel, by breadth-first
     * search from every pixel outside {@code c} in its bounding box grown by one pixel. That is
     * the distance over the whole picture: a pixel outside the grown box is no nearer than the
     * box's edge on the way to it, and the nearest pixel outside {@code c} is known (on a shortest
     * way from {@code c} to another hole, the first pixel outside {@code c} touches {@code c}, so it
     * is known, and nearer).
     */
    static int depth(Component c, int width, int height) {
        int x0 = Math.max(0, c.minX - 1);
        int y0 = Math.max(0, c.minY - 1);
        int w = Math.min(width, c.maxX + 2) - x0;
        int h = Math.min(height, c.maxY + 2) - y0;
        int[] depth = new int[w * h];
        for (int p : c.pixels) {
            depth[(p / width - y0) * w + p % width - x0] = -1;
        }
        int[] queue = new int[w * h];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < w * h; i++) {
            if (depth[i] == 0) {
                queue[tail++] = i;
            }
        }
        int deepest = 0;
        while (head < tail) {
            int p = queue[head++];
            int px = p % w;
            int py = p / w;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = px + dx;
                    int y = py + dy;
                    if (x >= 0 && x < w && y >= 0 && y < h && depth[y * w + x] < 0) {
                        depth[y * w + x] = depth[p] + 1;
                        deepest = Math.max(deepest, depth[p] + 1);
                        queue[tail++] = y * w + x;
                    }
                }
            }
        }
        return deepest;
    }

    private static int side(int min, int max, int imageSide, int minSide, int margin) {
        return Math.min(imageSide, Math.max(minSide, max - min + 1 + 2 * margin));
    }

    private static int start(int min, int max, int imageSide, int minSide, int margin) {
        int side = side(min, max, imageSide, minSide, margin);
        int centred = (min + max + 1) / 2 - side / 2;
        return Math.max(0, Math.min(imageSide - side, centred));
    }

    /** A connected hole and its bounding box. */
    static final class Component {
        final List<Integer> pixels = new ArrayList<>();
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        int depth;
        int scale = 1;

        void add(int index, int width) {
            pixels.add(index);
            int x = index % width;
            int y = index / width;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }

        void include(Component other) {
            depth = Math.max(depth, other.depth);
            minX = Math.min(minX, other.minX);
            maxX = Math.max(maxX, other.maxX);
            minY = Math.min(minY, other.minY);
            maxY = Math.max(maxY, other.maxY);
        }

        Rect bounds() {
            return new Rect(minX, minY, maxX - minX + 1, maxY - minY + 1);
        }

        boolean isInside(Rect r) {
            return minX >= r.x() && maxX < r.endX() && minY >= r.y() && maxY < r.endY();
        }
    }

    /** The 8-connected hole components ({@link Mask#components()}), in raster order of their first pixel. */
    private static List<Component> components(Mask mask) {
        List<Component> out = new ArrayList<>();
        for (HoleComponent hole : mask.components()) {
            Component component = new Component();
            for (int p : hole.pixels()) {
                component.add(p, mask.width());
            }
            out.add(component);
        }
        return out;
    }
}
