package io.github.inpaint4j.gan.internal.data;

/**
 * One step's training data, planar float arrays ready for {@code NDManager.create}.
 *
 * @param real {@code (N, 3, S, S)} RGB in [−1, 1], the truth
 * @param input {@code (N, 5, S, S)} the generator's input
 *     ({@link io.github.inpaint4j.gan.translate.GeneratorTensors#writeInput})
 * @param mask {@code (N, 1, S, S)}, 1 for a hole sample and 0 for a known one
 * @param size {@code N}
 * @param side {@code S}
 */
public record Batch(float[] real, float[] input, float[] mask, int size, int side) {

    /** @throws IllegalArgumentException if an array length does not match the shape */
    public Batch {
        long plane = (long) side * side;
        if (real.length != size * 3 * plane || input.length != size * 5 * plane || mask.length != size * plane) {
            throw new IllegalArgumentException("batch arrays of " + real.length + ", " + input.length + " and "
                    + mask.length + " samples do not match " + size + " crops of " + side + "×" + side);
        }
    }
}
