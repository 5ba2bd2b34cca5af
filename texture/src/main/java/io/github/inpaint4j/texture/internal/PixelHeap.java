package io.github.inpaint4j.texture.internal;

import java.util.Arrays;

/**
 * A binary min-heap of pixel indices keyed by a double priority. Equal keys leave in insertion
 * order, so a march driven by this heap is deterministic. A pixel may be pushed several times with
 * decreasing keys; callers skip the stale entries they pop. Not thread-safe.
 */
final class PixelHeap {

    private double[] keys;
    private long[] order;
    private int[] pixels;
    private int size;
    private long pushes;

    /** An empty heap with room for {@code capacity} entries before it grows. */
    public PixelHeap(int capacity) {
        int c = Math.max(16, capacity);
        keys = new double[c];
        order = new long[c];
        pixels = new int[c];
    }

    /** Number of entries. */
    public int size() {
        return size;
    }

    /** {@code true} if no entry is left. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Adds {@code pixel} with priority {@code key}. */
    public void push(int pixel, double key) {
        if (size == keys.length) {
            int c = size * 2;
            keys = Arrays.copyOf(keys, c);
            order = Arrays.copyOf(order, c);
            pixels = Arrays.copyOf(pixels, c);
        }
        int i = size++;
        keys[i] = key;
        order[i] = pushes++;
        pixels[i] = pixel;
        siftUp(i);
    }

    /** The key of the smallest entry; the heap must not be empty. */
    public double peekKey() {
        return keys[0];
    }

    /** Removes the smallest entry and returns its pixel; the heap must not be empty. */
    public int pop() {
        int top = pixels[0];
        size--;
        if (size > 0) {
            move(size, 0);
            siftDown(0);
        }
        return top;
    }

    private boolean less(int a, int b) {
        return keys[a] < keys[b] || (keys[a] == keys[b] && order[a] < order[b]);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int child = left + 1 < size && less(left + 1, left) ? left + 1 : left;
            if (!less(child, i)) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void move(int from, int to) {
        keys[to] = keys[from];
        order[to] = order[from];
        pixels[to] = pixels[from];
    }

    private void swap(int a, int b) {
        double k = keys[a];
        long o = order[a];
        int p = pixels[a];
        move(b, a);
        keys[b] = k;
        order[b] = o;
        pixels[b] = p;
    }
}
