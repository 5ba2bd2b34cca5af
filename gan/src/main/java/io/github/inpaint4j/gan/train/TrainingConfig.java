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
 * Everything that defines a GAN training run, validated at construction. Build one with
 * {@link #builder()}; {@link #defaults()} are those of the default model: Adam lr 2e-4, β1 0.5 as
 * in DCGAN and pix2pix; λ = 5 rather than pix2pix's 100, because the generator corrects a smooth
 * seed and a weaker reconstruction term lets the adversarial one add texture (measured in
 * docs/algorithms.md).
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

    /** The defaults: 64×64 crops, batch 16, 2,000 steps, seed 42, default networks, lr 2e-4, β 0.5/0.999, λ 5. */
    public static TrainingConfig defaults() {
        return builder().build();
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy with another total number of steps. */
    public TrainingConfig withSteps(int steps) {
        return toBuilder().optSteps(steps).build();
    }

    /** A copy with another thread count. */
    public TrainingConfig withThreads(int threads) {
        return toBuilder().optThreads(threads).build();
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

    /** Builds a {@link TrainingConfig}; every option has a default, {@link #build()} validates. */
    public static final class Builder {
        private int imageSize = 64;
        private int batchSize = 16;
        private int steps = 2000;
        private long seed = 42;
        private GeneratorConfig generator = GeneratorConfig.defaults();
        private DiscriminatorConfig discriminator = DiscriminatorConfig.defaults();
        private float learningRate = 2e-4f;
        private float beta1 = 0.5f;
        private float beta2 = 0.999f;
        private float l1Weight = 5f;
        private GeneratorLossForm generatorLoss = GeneratorLossForm.NON_SATURATING;
        private int logEvery = 50;
        private int checkpointEvery = 500;
        private int keep = 3;
        private double validationFraction = 0.1;
        private int validationCrops = 4;
        private MaskMix masks = MaskMix.defaults();
        private double guideProbability = 0.25;
        private int threads = TorchRuntime.defaultThreads();

        private Builder() {
        }

        private Builder(TrainingConfig c) {
            imageSize = c.imageSize;
            batchSize = c.batchSize;
            steps = c.steps;
            seed = c.seed;
            generator = c.generator;
            discriminator = c.discriminator;
            learningRate = c.learningRate;
            beta1 = c.beta1;
            beta2 = c.beta2;
            l1Weight = c.l1Weight;
            generatorLoss = c.generatorLoss;
            logEvery = c.logEvery;
            checkpointEvery = c.checkpointEvery;
            keep = c.keep;
            validationFraction = c.validationFraction;
            validationCrops = c.validationCrops;
            masks = c.masks;
            guideProbability = c.guideProbability;
            threads = c.threads;
        }

        /** Side of the square training crops (default 64). */
        public Builder optImageSize(int imageSize) {
            this.imageSize = imageSize;
            return this;
        }

        /** Crops per step (default 16). */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Total steps to reach (default 2,000). */
        public Builder optSteps(int steps) {
            this.steps = steps;
            return this;
        }

        /** Seed of every random choice (default 42). */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The generator's shape (default {@link GeneratorConfig#defaults()}). */
        public Builder optGenerator(GeneratorConfig generator) {
            this.generator = generator;
            return this;
        }

        /** The discriminator's shape (default {@link DiscriminatorConfig#defaults()}). */
        public Builder optDiscriminator(DiscriminatorConfig discriminator) {
            this.discriminator = discriminator;
            return this;
        }

        /** Adam's learning rate (default 2e-4). */
        public Builder optLearningRate(float learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /** Adam's β1 (default 0.5) and β2 (default 0.999). */
        public Builder optBetas(float beta1, float beta2) {
            this.beta1 = beta1;
            this.beta2 = beta2;
            return this;
        }

        /** λ, the hole L1 weight (default 5). */
        public Builder optL1Weight(float l1Weight) {
            this.l1Weight = l1Weight;
            return this;
        }

        /** The generator's adversarial loss (default non-saturating). */
        public Builder optGeneratorLoss(GeneratorLossForm generatorLoss) {
            this.generatorLoss = generatorLoss;
            return this;
        }

        /** Steps between two rows of metrics (default 50). */
        public Builder optLogEvery(int logEvery) {
            this.logEvery = logEvery;
            return this;
        }

        /** Steps between two checkpoints (default 500). */
        public Builder optCheckpointEvery(int checkpointEvery) {
            this.checkpointEvery = checkpointEvery;
            return this;
        }

        /** Checkpoints kept (default 3). */
        public Builder optKeep(int keep) {
            this.keep = keep;
            return this;
        }

        /** Share of pictures held out (default 0.1) and crops per held-out picture (default 4). */
        public Builder optValidation(double fraction, int cropsPerPicture) {
            this.validationFraction = fraction;
            this.validationCrops = cropsPerPicture;
            return this;
        }

        /** The training holes (default {@link MaskMix#defaults()}). */
        public Builder optMasks(MaskMix masks) {
            this.masks = masks;
            return this;
        }

        /** Share of crops whose hole is seeded with a coarse guess (default 0.25). */
        public Builder optGuideProbability(double guideProbability) {
            this.guideProbability = guideProbability;
            return this;
        }

        /** PyTorch intra-op threads (default {@link TorchRuntime#defaultThreads()}). */
        public Builder optThreads(int threads) {
            this.threads = threads;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid field */
        public TrainingConfig build() {
            return new TrainingConfig(imageSize, batchSize, steps, seed, generator, discriminator, learningRate, beta1,
                    beta2, l1Weight, generatorLoss, logEvery, checkpointEvery, keep, validationFraction,
                    validationCrops, masks, guideProbability, threads);
        }
    }
}
