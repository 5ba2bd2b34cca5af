package io.github.inpaint4j.gan.data;

/**
 * One step's training data, planar float arrays ready for {@code NDManager.create}.
 *
 * @param real {@code (N, 3, S, S)} RGB in [−1, 1]
 * @param mask {@code (N, 1, S, S)}, 1 for a hole sample and 0 for a known one
 * @param size {@code N}
 * @param side {@code S}
 */
public record Batch(float[] real, float[] mask, int size, int side) {

    /** @throws IllegalArgumentException if an array length does not match the shape */
    public Batch {
        long plane = (long) side * side;
        if (real.length != size * 3 * plane || mask.length != size * plane) {
            throw new IllegalArgumentException("batch arrays of " + real.length + " and " + mask.length
                    + " samples do not match " + size + " crops of " + side + "×" + side);
        }
    }
}
