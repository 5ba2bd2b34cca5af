package io.github.inpaint4j.masks;

import io.github.inpaint4j.Mask;

/** A boolean canvas that generators paint round-brush strokes on. Not thread-safe; one per mask. */
final class MaskCanvas {

    private final int width;
    private final int height;
    private final boolean[] hole;
    private int holeCount;

    MaskCanvas(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("mask size must be positive, got " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
        this.hole = new boolean[width * height];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Fraction of the canvas painted, in [0, 1]. */
    double coverage() {
        return holeCount / (double) hole.length;
    }

    void clear() {
        java.util.Arrays.fill(hole, false);
        holeCount = 0;
    }

    /** Paints every pixel whose centre lies within {@code radius} of the segment (x0,y0)–(x1,y1). */
    void segment(double x0, double y0, double x1, double y1, double radius) {
        int minX = Math.max(0, (int) Math.floor(Math.min(x0, x1) - radius));
        int maxX = Math.min(width - 1, (int) Math.ceil(Math.max(x0, x1) + radius));
        int minY = Math.max(0, (int) Math.floor(Math.min(y0, y1) - radius));
        int maxY = Math.min(height - 1, (int) Math.ceil(Math.max(y0, y1) + radius));
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        double r2 = radius * radius;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                double px = x + 0.5 - x0;
                double py = y + 0.5 - y0;
                double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
                double ex = px - t * dx;
                double ey = py - t * dy;
                if (ex * ex + ey * ey <= r2) {
                    paint(y * width + x);
                }
            }
        }
    }

    /** Paints the rectangle of columns [x0, x1) and rows [y0, y1), clipped to the canvas. */
    void rectangle(int x0, int y0, int x1, int y1) {
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                paint(y * width + x);
            }
        }
    }

    Mask toMask() {
        return Mask.of(width, height, hole);
    }

    private void paint(int index) {
        if (!hole[index]) {
            hole[index] = true;
            holeCount++;
        }
    }
}
