package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where a method needs to look: disjoint rectangles that hold every hole pixel with a margin of
 * context around it, so that a large picture with a small hole is filled in a crop, not whole.
 * PatchMatch completes each region on its own pyramid; Criminisi and Efros–Leung take their
 * exemplars from it ({@link ExemplarRegions}).
 *
 * <p>Each 8-connected hole component gets its bounding box grown by a margin that a {@link Margins}
 * rule gives it (for PatchMatch {@link #proportional}: {@link #CONTEXT} × its longer side, at least a
 * minimum); boxes that meet (on a grid of {@link #BLOCK}-pixel blocks, so near misses merge too) are
 * merged into their bounding box until no two meet. A region in which no source patch lies doubles
 * every margin and starts over, up to the whole picture.
 */
final class HoleRegions {

    /** A component's margin is this times the longer side of its bounding box ({@link #proportional}). */
    static final double CONTEXT = 1.0;
    /** Side of the blocks on which boxes are tested for meeting. */
    static final int BLOCK = 16;

    /**
     * One 8-connected hole component.
     *
     * @param box its bounding box
     * @param holes its hole pixels
     */
    record Component(Rect box, long holes) {
    }

    /** The margin of context a component gets, in pixels, before any doubling. */
    @FunctionalInterface
    interface Margins {
        double of(Component component);
    }

    private HoleRegions() {
    }

    /** PatchMatch's rule: {@link #CONTEXT} × the component's longer side, at least {@code minMargin}. */
    static Margins proportional(int minMargin) {
        return c -> Math.max(minMargin, CONTEXT * Math.max(c.box().width(), c.box().height()));
    }

    /**
     * The regions of the holes of a {@code width × height} picture with {@link #proportional}
     * margins, in row-major order of their top-left corners.
     *
     * @param hole the hole flags, row-major
     * @param sources which pixels centre a source patch (their patch lies in pixels that may be copied)
     * @param half half the patch width: a region holds a source patch if one lies wholly inside it
     * @param minMargin the smallest margin, in pixels
     */
    static List<Rect> of(int width, int height, boolean[] hole, boolean[] sources, int half, int minMargin) {
        return of(width, height, components(width, height, hole), sources, half, proportional(minMargin));
    }

    /**
     * The regions of {@code components} with the margins {@code margins} gives, in row-major order
     * of their top-left corners.
     *
     * @param sources which pixels centre a source patch (their patch lies in pixels that may be copied)
     * @param half half the patch width: a region holds a source patch if one lies wholly inside it
     */
    static List<Rect> of(int width, int height, List<Component> components, boolean[] sources, int half,
            Margins margins) {
        for (double scale = 1; ; scale *= 2) {
            List<Rect> grown = new ArrayList<>();
            for (Component c : components) {
                int margin = (int) Math.min(Math.max(width, height), Math.ceil(scale * margins.of(c)));
                grown.add(c.box().expand(margin, width, height));
            }
            List<Rect> regions = merge(width, height, grown);
            if (regions.stream().allMatch(r -> holdsSource(r, width, sources, half))
                    || regions.size() == 1 && regions.get(0).area() == (long) width * height) {
                regions.sort(Comparator.comparingInt(Rect::y).thenComparingInt(Rect::x));
                return regions;
            }
        }
    }

    /** The 8-connected components of the hole ({@link Mask#components()}), in row-major order of their first pixel. */
    static List<Component> components(int width, int height, boolean[] hole) {
        return Mask.of(width, height, hole).components().stream().map(c -> new Component(c.box(), c.size()))
                .toList();
    }

    /** Merges boxes that share a block into their bounding box, until no two do. */
    static List<Rect> merge(int width, int height, List<Rect> boxes) {
        int gw = (width + BLOCK - 1) / BLOCK;
        int gh = (height + BLOCK - 1) / BLOCK;
        List<Rect> current = new ArrayList<>(boxes);
        while (true) {
            int[] parent = new int[current.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            int[] owner = new int[gw * gh];
            Arrays.fill(owner, -1);
            for (int i = 0; i < current.size(); i++) {
                Rect r = current.get(i);
                for (int by = r.y() / BLOCK; by <= (r.endY() - 1) / BLOCK; by++) {
                    for (int bx = r.x() / BLOCK; bx <= (r.endX() - 1) / BLOCK; bx++) {
                        int b = by * gw + bx;
                        if (owner[b] < 0) {
                            owner[b] = i;
                        } else {
                            union(parent, owner[b], i);
                        }
                    }
                }
            }
            Rect[] merged = new Rect[current.size()];
            int groups = 0;
            for (int i = 0; i < current.size(); i++) {
                int root = find(parent, i);
                Rect r = current.get(i);
                if (merged[root] == null) {
                    merged[root] = r;
                    groups++;
                } else {
                    Rect m = merged[root];
                    int x0 = Math.min(m.x(), r.x());
                    int y0 = Math.min(m.y(), r.y());
                    merged[root] = new Rect(x0, y0, Math.max(m.endX(), r.endX()) - x0,
                            Math.max(m.endY(), r.endY()) - y0);
                }
            }
            List<Rect> next = new ArrayList<>();
            for (Rect r : merged) {
                if (r != null) {
                    next.add(r);
                }
            }
            if (groups == current.size()) {
                return next;
            }
            current = next;
        }
    }

    private static boolean holdsSource(Rect r, int width, boolean[] sources, int half) {
        for (int y = r.y() + half; y < r.endY() - half; y++) {
            for (int x = r.x() + half; x < r.endX() - half; x++) {
                if (sources[y * width + x]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
