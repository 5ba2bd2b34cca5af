package io.github.inpaint4j.gan.internal.data;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.internal.GeneratorTensors;
import io.github.inpaint4j.gan.internal.Greys;
import io.github.inpaint4j.gan.internal.Seeds;
import io.github.inpaint4j.masks.MaskGenerator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws training batches: for each crop a picture (uniformly), a position (uniformly), a
 * left–right flip (probability ½), with probability {@code greyProbability} the crop turned grey
 * (each pixel's R, G and B set to its luma, so that the generator learns to keep a grey picture
 * grey), a mask and, with probability {@code guideProbability}, a coarse guess of the hole: the
 * crop's fill at 1/2 or 1/4 of its resolution enlarged back ({@link Guides}: the truth shrunk, or
 * the generator's own fill), as multi-scale inference seeds a hole with the fill of the level
 * below. The batch of step {@code n} depends only on the seed, {@code n} and the guides (with the
 * generator's guides, on its weights at that step, which a checkpoint restores), so a resumed run
 * sees exactly the batches an uninterrupted one would have seen. Thread-safe (immutable).
 */
public final class BatchSampler {

    private final List<Picture> pictures;
    private final int side;
    private final int batchSize;
    private final long seed;
    private final MaskGenerator masks;
    private final double guideProbability;
    private final double greyProbability;

    /**
     * @param pictures at least one, each at least {@code side} pixels on each side
     * @param side crop side
     * @param batchSize crops per batch
     * @param seed the seed
     * @param masks the hole generator
     * @param guideProbability the share of crops whose hole gets a coarse guess, in [0, 1]
     * @param greyProbability the share of crops turned grey, in [0, 1]
     * @throws IllegalArgumentException if there is no picture or one is smaller than the crops
     */
    public BatchSampler(List<Picture> pictures, int side, int batchSize, long seed, MaskGenerator masks,
            double guideProbability, double greyProbability) {
        if (pictures.isEmpty()) {
            throw new IllegalArgumentException("a batch sampler needs at least one picture");
        }
        for (Picture p : pictures) {
            if (p.width() < side || p.height() < side) {
                throw new IllegalArgumentException("picture " + p + " is smaller than the " + side + "×" + side
                        + " crops");
            }
        }
        this.pictures = List.copyOf(pictures);
        this.side = side;
        this.batchSize = batchSize;
        this.seed = seed;
        this.masks = masks;
        this.guideProbability = guideProbability;
        this.greyProbability = greyProbability;
    }

    /** The batch of step {@code step}, its guides the truth shrunk and enlarged back. */
    public Batch batch(long step) {
        return batch(step, Guides.TRUTH);
    }

    /** The batch of step {@code step}, its guides made by {@code guides}. */
    public Batch batch(long step, Guides guides) {
        SplittableRandom random = Seeds.stream(seed, step);
        int plane = side * side;
        float[] real = new float[batchSize * 3 * plane];
        float[] input = new float[batchSize * GeneratorTensors.INPUT_PLANES * plane];
        float[] mask = new float[batchSize * plane];
        for (int i = 0; i < batchSize; i++) {
            Picture p = pictures.get(random.nextInt(pictures.size()));
            int x = random.nextInt(p.width() - side + 1);
            int y = random.nextInt(p.height() - side + 1);
            RgbImage crop = p.crop(x, y, side, random.nextBoolean());
            if (greyProbability > 0 && random.nextDouble() < greyProbability) {
                crop = Greys.desaturate(crop);
            }
            Mask m = masks.generate(side, side, random);
            RgbImage guide = random.nextDouble() < guideProbability
                    ? guides.coarse(crop, m, random.nextBoolean() ? 2 : 4) : null;
            GeneratorTensors.writeSigned(crop, real, i * 3 * plane);
            GeneratorTensors.writeInput(crop, m, guide, input, i * GeneratorTensors.INPUT_PLANES * plane);
            for (int j = 0; j < plane; j++) {
                mask[i * plane + j] = m.isHole(j) ? 1f : 0f;
            }
        }
        return new Batch(real, input, mask, batchSize, side);
    }
}
