package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the crops a generator trained at one size fills a larger picture with: one window around
 * each hole (8-connected component), at least {@code minSide} on each side and at least the
 * hole's bounding box plus {@code margin} of context on every side, shifted to lie inside the
 * picture and clipped to it if the picture is smaller. A window also takes every later hole that
 * lies wholly inside it. Windows come in raster order of their first hole pixel.
 */
public final class HoleWindows {

    /**
     * One crop to fill.
     *
     * @param area the crop, inside the picture
     * @param pixels the picture indices ({@code y · width + x}) of the hole pixels this crop fills
     */
    public record Window(Rect area, int[] pixels) {
    }

    private HoleWindows() {
    }

    /** The windows for the holes of {@code mask}. */
    public static List<Window> plan(Mask mask, int minSide, int margin) {
        List<Component> components = components(mask);
        boolean[] taken = new boolean[components.size()];
        List<Window> windows = new ArrayList<>();
        for (int c = 0; c < components.size(); c++) {
            if (taken[c]) {
                continue;
            }
            Component first = components.get(c);
            Rect area = new Rect(start(first.minX, first.maxX, mask.width(), minSide, margin),
                    start(first.minY, first.maxY, mask.height(), minSide, margin),
                    side(first.minX, first.maxX, mask.width(), minSide, margin),
                    side(first.minY, first.maxY, mask.height(), minSide, margin));
            List<Integer> pixels = new ArrayList<>();
            for (int k = c; k < components.size(); k++) {
                Component other = components.get(k);
                if (!taken[k] && other.isInside(area)) {
                    taken[k] = true;
                    pixels.addAll(other.pixels);
                }
            }
            windows.add(new Window(area, pixels.stream().mapToInt(Integer::intValue).sorted().toArray()));
        }
        return windows;
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
    private static final class Component {
        final List<Integer> pixels = new ArrayList<>();
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;

        void add(int index, int width) {
            pixels.add(index);
            int x = index % width;
            int y = index / width;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }

        boolean isInside(Rect r) {
            return minX >= r.x() && maxX < r.endX() && minY >= r.y() && maxY < r.endY();
        }
    }

    /** The 8-connected hole components, found by flood fill in raster order. */
    private static List<Component> components(Mask mask) {
        int w = mask.width();
        int h = mask.height();
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[w * h];
        List<Component> out = new ArrayList<>();
        for (int start = 0; start < w * h; start++) {
            if (!mask.isHole(start) || seen[start]) {
                continue;
            }
            Component component = new Component();
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int p = stack[--top];
                component.add(p, w);
                int px = p % w;
                int py = p / w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = px + dx;
                        int y = py + dy;
                        if (x >= 0 && x < w && y >= 0 && y < h) {
                            int q = y * w + x;
                            if (mask.isHole(q) && !seen[q]) {
                                seen[q] = true;
                                stack[top++] = q;
                            }
                        }
                    }
                }
            }
            out.add(component);
        }
        return out;
    }
}
