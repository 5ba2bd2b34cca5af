package io.github.inpaint4j.gan.train;

import io.github.inpaint4j.Threads;
import io.github.inpaint4j.gan.data.MaskMix;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.loss.GeneratorLossForm;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import io.github.inpaint4j.gan.model.GeneratorConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything that defines a GAN training run, validated at construction: start from
 * {@link #defaults()} and change fields with the {@code with…} copies, e.g.
 * {@code TrainingConfig.defaults().withSteps(5000).withThreads(2)}. The defaults are those of the
 * default model: Adam lr 2e-4, β1 0.5 as in DCGAN and pix2pix; λ = 5 rather than pix2pix's 100,
 * because the generator corrects a smooth seed and a weaker reconstruction term lets the
 * adversarial one add texture (measured in docs/algorithms.md). Stored in every checkpoint's
 * {@code checkpoint.json}, field by field under the record's component names.
 *
 * <p>A resumed run must keep every field except the run-control ones ({@link #steps},
 * {@link #logEvery}, {@link #checkpointEvery}, {@link #keep}, {@link #threads}); see
 * {@link #requireResumableFrom}.
 *
 * @param imageSize side of the square training crops, in [8, 1024] and at least
 *     {@code 2^discriminator.layers}
 * @param batchSize crops per step, in [1, 4096]
 * @param steps total number of steps to reach (a resumed run continues up to it), at least 1
 * @param seed the seed of every random choice (initial weights, crops, flips, masks, held-out split)
 * @param generator the generator's shape
 * @param discriminator the discriminator's shape
 * @param learningRate Adam's learning rate for both networks, in (0, 1]
 * @param beta1 Adam's first-moment decay, in [0, 1)
 * @param beta2 Adam's second-moment decay, in [0, 1)
 * @param l1Weight λ, the weight of the hole L1 loss, finite and ≥ 0
 * @param generatorLoss the generator's adversarial loss form
 * @param logEvery steps between two rows of metrics, at least 1
 * @param checkpointEvery steps between two checkpoints, at least 1 (one is also written at the end)
 * @param keep checkpoints kept, the newest, at least 1
 * @param validationFraction share of the data folder's pictures held out for validation when no
 *     separate validation folder is given, in [0, 0.5]; 0 disables validation
 * @param validationCrops crops (each with its own mask) per held-out picture, in [1, 64]
 * @param masks the training holes
 * @param guideProbability share of training crops whose hole is seeded with a coarse guess (the
 *     crop shrunk 2× or 4× and enlarged back), which teaches the generator the refining step of
 *     multi-scale inference, in [0, 1]
 * @param threads PyTorch intra-op threads, in [1, {@link Threads#max()}] (see {@link TorchRuntime#defaultThreads()})
 */
public record TrainingConfig(int imageSize, int batchSize, int steps, long seed, GeneratorConfig generator,
        DiscriminatorConfig discriminator, float learningRate, float beta1, float beta2, float l1Weight,
        GeneratorLossForm generatorLoss, int logEvery, int checkpointEvery, int keep, double validationFraction,
        int validationCrops, MaskMix masks, double guideProbability, int threads) {

    /** @throws IllegalArgumentException naming the field, its allowed range and the value */
    public TrainingConfig {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(discriminator, "discriminator");
        Objects.requireNonNull(generatorLoss, "generatorLoss");
        Objects.requireNonNull(masks, "masks");
        requireRange("imageSize", imageSize, 8, 1024);
        if (imageSize < 1 << discriminator.layers()) {
            throw new IllegalArgumentException("imageSize must be at least 2^discriminator.layers = "
                    + (1 << discriminator.layers()) + ", got " + imageSize);
        }
        requireRange("batchSize", batchSize, 1, 4096);
        requireRange("steps", steps, 1, Integer.MAX_VALUE);
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("learningRate must be in (0, 1], got " + learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), got " + beta2);
        }
        if (!(l1Weight >= 0) || Float.isInfinite(l1Weight)) {
            throw new IllegalArgumentException("l1Weight must be finite and >= 0, got " + l1Weight);
        }
        requireRange("logEvery", logEvery, 1, Integer.MAX_VALUE);
        requireRange("checkpointEvery", checkpointEvery, 1, Integer.MAX_VALUE);
        requireRange("keep", keep, 1, Integer.MAX_VALUE);
        if (!(validationFraction >= 0 && validationFraction <= 0.5)) {
            throw new IllegalArgumentException("validationFraction must be in [0, 0.5], got " + validationFraction);
        }
        requireRange("validationCrops", validationCrops, 1, 64);
        if (!(guideProbability >= 0 && guideProbability <= 1)) {
            throw new IllegalArgumentException("guideProbability must be in [0, 1], got " + guideProbability);
        }
        Threads.require("threads", threads);
    }

    /**
     * The defaults: 64×64 crops, batch 16, 2,000 steps, seed 42, the default networks, Adam lr 2e-4
     * and β 0.5/0.999, λ 5, the non-saturating generator loss, a row of metrics every 50 steps, a
     * checkpoint every 500 (3 kept), 10 % of the pictures held out with 4 crops each, the default
     * mask mix, a quarter of the crops guided, and {@link TorchRuntime#defaultThreads()} threads.
     */
    public static TrainingConfig defaults() {
        return new TrainingConfig(64, 16, 2000, 42, GeneratorConfig.defaults(), DiscriminatorConfig.defaults(), 2e-4f,
                0.5f, 0.999f, 5f, GeneratorLossForm.NON_SATURATING, 50, 500, 3, 0.1, 4, MaskMix.defaults(), 0.25,
                TorchRuntime.defaultThreads());
    }

    /** A copy with another side of the training crops. */
    public TrainingConfig withImageSize(int imageSize) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another number of crops per step. */
    public TrainingConfig withBatchSize(int batchSize) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another total number of steps. */
    public TrainingConfig withSteps(int steps) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another seed. */
    public TrainingConfig withSeed(long seed) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another generator shape. */
    public TrainingConfig withGenerator(GeneratorConfig generator) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another discriminator shape. */
    public TrainingConfig withDiscriminator(DiscriminatorConfig discriminator) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another Adam learning rate. */
    public TrainingConfig withLearningRate(float learningRate) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with other Adam decays β1 and β2. */
    public TrainingConfig withBetas(float beta1, float beta2) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another hole L1 weight λ. */
    public TrainingConfig withL1Weight(float l1Weight) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another adversarial loss of the generator. */
    public TrainingConfig withGeneratorLoss(GeneratorLossForm generatorLoss) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another number of steps between two rows of metrics. */
    public TrainingConfig withLogEvery(int logEvery) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another number of steps between two checkpoints. */
    public TrainingConfig withCheckpointEvery(int checkpointEvery) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another number of checkpoints kept. */
    public TrainingConfig withKeep(int keep) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another held-out share and number of crops per held-out picture. */
    public TrainingConfig withValidation(double validationFraction, int validationCrops) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with other training holes. */
    public TrainingConfig withMasks(MaskMix masks) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another share of crops seeded with a coarse guess. */
    public TrainingConfig withGuideProbability(double guideProbability) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /** A copy with another thread count. */
    public TrainingConfig withThreads(int threads) {
        return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction, validationCrops,
                masks, guideProbability, threads);
    }

    /**
     * Checks that a run with this configuration can resume a checkpoint written with
     * {@code stored}: every field but the run-control ones must be equal.
     *
     * @throws IllegalArgumentException naming every field that differs, with both values
     */
    public void requireResumableFrom(TrainingConfig stored) {
        List<String> differences = new ArrayList<>();
        compare(differences, "imageSize", stored.imageSize, imageSize);
        compare(differences, "batchSize", stored.batchSize, batchSize);
        compare(differences, "seed", stored.seed, seed);
        compare(differences, "generator", stored.generator, generator);
        compare(differences, "discriminator", stored.discriminator, discriminator);
        compare(differences, "learningRate", stored.learningRate, learningRate);
        compare(differences, "beta1", stored.beta1, beta1);
        compare(differences, "beta2", stored.beta2, beta2);
        compare(differences, "l1Weight", stored.l1Weight, l1Weight);
        compare(differences, "generatorLoss", stored.generatorLoss, generatorLoss);
        compare(differences, "validationFraction", stored.validationFraction, validationFraction);
        compare(differences, "validationCrops", stored.validationCrops, validationCrops);
        compare(differences, "masks", stored.masks, masks);
        compare(differences, "guideProbability", stored.guideProbability, guideProbability);
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException("cannot resume: the checkpoint was trained with a different "
                    + String.join(", ", differences));
        }
    }

    private static void compare(List<String> differences, String field, Object stored, Object given) {
        if (!stored.equals(given)) {
            differences.add(field + " (checkpoint " + stored + ", now " + given + ")");
        }
    }

    private static void requireRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            String range = max == Integer.MAX_VALUE ? ">= " + min : "in [" + min + ", " + max + "]";
            throw new IllegalArgumentException(field + " must be " + range + ", got " + value);
        }
    }
}
