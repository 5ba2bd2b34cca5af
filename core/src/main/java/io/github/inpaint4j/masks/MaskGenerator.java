package io.github.inpaint4j.masks;

import io.github.inpaint4j.Mask;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws random masks, for training and benchmarking. Implementations are immutable and
 * thread-safe; all randomness comes from the {@link SplittableRandom} passed in, so a seed
 * determines the mask.
 */
@FunctionalInterface
public interface MaskGenerator {

    /**
     * Draws one mask.
     *
     * @param random the source of every random choice; advanced by the call
     */
    Mask generate(int width, int height, SplittableRandom random);

    /** Draws the mask that {@code seed} determines. */
    default Mask generate(int width, int height, long seed) {
        return generate(width, height, new SplittableRandom(seed));
    }

    /**
     * A generator that picks one of {@code generators} uniformly at random for each mask (for
     * example rectangles and free-form strokes, as inpainting GANs are trained).
     *
     * @throws IllegalArgumentException if the list is empty
     */
    static MaskGenerator oneOf(List<MaskGenerator> generators) {
        if (generators.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one mask generator");
        }
        List<MaskGenerator> copy = List.copyOf(generators);
        return (width, height, random) -> copy.get(random.nextInt(copy.size())).generate(width, height, random);
    }
}
