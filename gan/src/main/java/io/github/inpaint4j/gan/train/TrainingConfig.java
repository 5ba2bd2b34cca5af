package io.github.inpaint4j.gan.train;

import io.github.inpaint4j.Threads;
import io.github.inpaint4j.gan.data.MaskMix;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.loss.DiscriminatorTarget;
import io.github.inpaint4j.gan.loss.GeneratorLossForm;
import io.github.inpaint4j.gan.model.ModelDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that defines a GAN training run, in parts of a few settings each, validated at
 * construction: start from {@link #defaults()} and change parts with the {@code with…} copies, e.g.
 * {@code TrainingConfig.defaults().withSteps(5000).withThreads(2)} or
 * {@code c.withLosses(c.losses().withL1Weight(1))}.
 *
 * <p>The parts: the {@link ModelDescription model} (crop size and networks, what a checkpoint
 * describes for inference), the {@link Data data} (batches, holes, guides, grey crops), the
 * {@link Optimisation optimisation} (Adam and the weight average), the {@link Losses losses} (what
 * the two networks minimise), the {@link Regularisation regularisation} of the discriminator, the
 * {@link Schedule schedule} (steps, metrics, checkpoints), the {@link Validation validation}, the
 * seed and the thread count. Every setting has one name, the same in Java, in a checkpoint's
 * {@code checkpoint.json} ({@link #settings()}) and, spelt with hyphens, on the command line.
 *
 * <p>A resumed run must keep every setting except the run-control ones (the schedule and the
 * thread count); see {@link #requireResumableFrom}.
 *
 * @param model the crop size and the networks' shapes
 * @param data how training batches are drawn
 * @param optimisation Adam's settings and the generator's weight average
 * @param losses the generator's and the discriminator's losses
 * @param regularisation what keeps the discriminator smooth
 * @param schedule steps, metrics rows and checkpoints
 * @param validation the held-out crops
 * @param seed the seed of every random choice (initial weights, crops, flips, masks, held-out split)
 * @param threads PyTorch intra-op threads, in [1, {@link Threads#max()}] (see
 *     {@link TorchRuntime#defaultThreads()}); where the run ran, never taken back from a checkpoint
 */
public record TrainingConfig(ModelDescription model, Data data, Optimisation optimisation, Losses losses,
        Regularisation regularisation, Schedule schedule, Validation validation, long seed, int threads) {

    /** @throws IllegalArgumentException naming the setting, its allowed range and the value */
    public TrainingConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(optimisation, "optimisation");
        Objects.requireNonNull(losses, "losses");
        Objects.requireNonNull(regularisation, "regularisation");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(validation, "validation");
        Threads.require("threads", threads);
    }

    /**
     * The defaults: the default model's shape and recipe, 2,000 steps, seed 42 and
     * {@link TorchRuntime#defaultThreads()} threads (each part's {@code defaults()} lists its own).
     */
    public static TrainingConfig defaults() {
        return new TrainingConfig(ModelDescription.defaults(), Data.defaults(), Optimisation.defaults(),
                Losses.defaults(), Regularisation.defaults(), Schedule.defaults(), Validation.defaults(), 42,
                TorchRuntime.defaultThreads());
    }

    /** A copy with another model (crop size and networks). */
    public TrainingConfig withModel(ModelDescription model) {
        return new TrainingConfig(model, data, optimisation, losses, regularisation, schedule, validation, seed,
                threads);
    }

    /** A copy with other data settings. */
    public TrainingConfig withData(Data data) {
        return new TrainingConfig(model, data, optimisation, losses, regularisation, schedule, validation, seed,
                threads);
    }

    /** A copy with other optimisation settings. */
    public TrainingConfig withOptimisation(Optimisation optimisation) {
        return new TrainingConfig(model, data, optimisation, losses, regularisation, schedule, validation, seed,
                threads);
    }

    /** A copy with other losses. */
    public TrainingConfig withLosses(Losses losses) {
        return new TrainingConfig(model, data, optimisation, losses, regularisation, schedule, validation, seed,
                threads);
    }

    /** A copy with another regularisation of the discriminator. */
    public TrainingConfig withRegularisation(Regularisation regularisation) {
        return new TrainingConfig(model, data, optimisation, losses, regularisation, schedule, validation, seed,
                threads);
    }

    /** A copy with another schedule. */
    public TrainingConfig withSchedule(Schedule schedule) {
        return new TrainingConfig(model, data, optimisation, losses, regularisation, schedule, validation, seed,
                threads);
    }

    /** A copy with other validation settings. */
    public TrainingConfig withValidation(Validation validation) {
        return new TrainingConfig(model, data, optimisation, losses, regularisation, schedule, validation, seed,
                threads);
    }

    /** A copy with another seed. */
    public TrainingConfig withSeed(long seed) {
        return new TrainingConfig(model, data, optimisation, losses, regularisation, schedule, validation, seed,
                threads);
    }

    /** A copy with another thread count. */
    public TrainingConfig withThreads(int threads) {
        return new TrainingConfig(model, data, optimisation, losses, regularisation, schedule, validation, seed,
                threads);
    }

    /** A copy with another total number of steps ({@code withSchedule(schedule().withSteps(steps))}). */
    public TrainingConfig withSteps(int steps) {
        return withSchedule(schedule.withSteps(steps));
    }

    /**
     * The settings other than the model as text, by name, in a fixed order: what a checkpoint
     * records as its provenance ({@link #fromSettings} reads them back).
     */
    public Map<String, String> settings() {
        return SettingsText.write(this);
    }

    /**
     * The configuration of {@code model} with the settings of {@code settings} (as written by
     * {@link #settings()}), every setting missing from it at its default and the thread count at
     * {@link TorchRuntime#defaultThreads()}: a checkpoint's training, to resume or compare with.
     * Names this library does not know (a setting of another version) are ignored.
     *
     * @throws IllegalArgumentException naming a setting whose text is not a valid value
     */
    public static TrainingConfig fromSettings(ModelDescription model, Map<String, String> settings) {
        return SettingsText.read(defaults().withModel(model), settings);
    }

    /**
     * Checks that a run with this configuration can resume a checkpoint written with
     * {@code stored}: every setting but the run-control ones (the schedule and the thread count)
     * must be equal.
     *
     * @throws IllegalArgumentException naming every setting that differs, with both values
     */
    public void requireResumableFrom(TrainingConfig stored) {
        List<String> differences = new ArrayList<>();
        compare(differences, "cropSize", stored.model.cropSize(), model.cropSize());
        compare(differences, "generator", stored.model.generator(), model.generator());
        compare(differences, "discriminator", stored.model.discriminator(), model.discriminator());
        Map<String, String> before = stored.settings();
        Map<String, String> now = settings();
        for (String name : SettingsText.RUN_CONTROL) {
            before.remove(name);
        }
        before.forEach((name, value) -> compare(differences, name, value, now.get(name)));
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException("cannot resume: the checkpoint was trained with a different "
                    + String.join(", ", differences));
        }
    }

    /**
     * How training batches are drawn.
     *
     * @param batchSize crops per step, in [1, 4096]
     * @param masks the training holes
     * @param guideProbability share of training crops whose hole is seeded with a coarse guess (the
     *     crop shrunk 2× or 4× and enlarged back), which teaches the generator the refining step of
     *     multi-scale inference, in [0, 1]
     * @param greyProbability share of training crops turned grey (every pixel's R, G and B set to
     *     its luma), so that the generator learns that a grey picture stays grey, in [0, 1]
     */
    public record Data(int batchSize, MaskMix masks, double guideProbability, double greyProbability) {

        /** @throws IllegalArgumentException naming the setting, its range and the value */
        public Data {
            Objects.requireNonNull(masks, "masks");
            requireRange("batchSize", batchSize, 1, 4096);
            requireShare("guideProbability", guideProbability);
            requireShare("greyProbability", greyProbability);
        }

        /** Batches of 16, the default mask mix, a quarter of the crops guided, none grey. */
        public static Data defaults() {
            return new Data(16, MaskMix.defaults(), 0.25, 0);
        }

        /** A copy with another number of crops per step. */
        public Data withBatchSize(int batchSize) {
            return new Data(batchSize, masks, guideProbability, greyProbability);
        }

        /** A copy with other training holes. */
        public Data withMasks(MaskMix masks) {
            return new Data(batchSize, masks, guideProbability, greyProbability);
        }

        /** A copy with another share of guided crops. */
        public Data withGuideProbability(double guideProbability) {
            return new Data(batchSize, masks, guideProbability, greyProbability);
        }

        /** A copy with another share of grey crops. */
        public Data withGreyProbability(double greyProbability) {
            return new Data(batchSize, masks, guideProbability, greyProbability);
        }
    }

    /**
     * Adam (one optimiser per network) and the generator's weight average.
     *
     * @param learningRate Adam's learning rate for both networks, in (0, 1]
     * @param beta1 Adam's first-moment decay, in [0, 1)
     * @param beta2 Adam's second-moment decay, in [0, 1)
     * @param emaDecay decay of the exponential moving average of the generator's weights that the
     *     checkpoints ship for inference, in [0, 1); 0 keeps no average (inference uses the trained
     *     weights)
     */
    public record Optimisation(float learningRate, float beta1, float beta2, float emaDecay) {

        /** @throws IllegalArgumentException naming the setting, its range and the value */
        public Optimisation {
            if (!(learningRate > 0 && learningRate <= 1)) {
                throw new IllegalArgumentException("learningRate must be in (0, 1], got " + learningRate);
            }
            requireDecay("beta1", beta1);
            requireDecay("beta2", beta2);
            requireDecay("emaDecay", emaDecay);
        }

        /** DCGAN's and pix2pix's Adam: lr 2e-4, β1 0.5, β2 0.999; no weight average. */
        public static Optimisation defaults() {
            return new Optimisation(2e-4f, 0.5f, 0.999f, 0f);
        }

        /** A copy with another learning rate. */
        public Optimisation withLearningRate(float learningRate) {
            return new Optimisation(learningRate, beta1, beta2, emaDecay);
        }

        /** A copy with other moment decays. */
        public Optimisation withBetas(float beta1, float beta2) {
            return new Optimisation(learningRate, beta1, beta2, emaDecay);
        }

        /** A copy with another weight-average decay (0: none). */
        public Optimisation withEmaDecay(float emaDecay) {
            return new Optimisation(learningRate, beta1, beta2, emaDecay);
        }
    }

    /**
     * What the networks minimise (the objective is written out in docs/training.md): the minimax
     * log-loss, and for the generator the pixel, feature and perceptual terms beside it.
     *
     * @param generatorLoss the generator's adversarial loss form
     * @param l1Weight λ, the weight of the L1 loss on the hole, finite and ≥ 0
     * @param knownL1Weight the weight of the L1 loss on the known pixels of the generator's raw
     *     output (LaMa puts its pixel loss there only), finite and ≥ 0
     * @param discriminatorTarget which logits of a composited fake the discriminator learns to call fake
     * @param featureMatchingWeight the weight of the L1 distance between the discriminator's features
     *     of the real and of the composited crop, finite and ≥ 0
     * @param perceptualWeight the weight of the L1 distance between the features of the real and of
     *     the composited crop in a fixed, randomly initialised network, finite and ≥ 0
     */
    public record Losses(GeneratorLossForm generatorLoss, float l1Weight, float knownL1Weight,
            DiscriminatorTarget discriminatorTarget, float featureMatchingWeight, float perceptualWeight) {

        /** @throws IllegalArgumentException naming the setting, its range and the value */
        public Losses {
            Objects.requireNonNull(generatorLoss, "generatorLoss");
            Objects.requireNonNull(discriminatorTarget, "discriminatorTarget");
            requireWeight("l1Weight", l1Weight);
            requireWeight("knownL1Weight", knownL1Weight);
            requireWeight("featureMatchingWeight", featureMatchingWeight);
            requireWeight("perceptualWeight", perceptualWeight);
        }

        /**
         * The non-saturating form, λ = 5 on the hole (rather than pix2pix's 100: the generator
         * corrects a smooth seed, and a weaker pixel term lets the adversarial one add texture), every
         * logit of a fake labelled fake, no other term.
         */
        public static Losses defaults() {
            return new Losses(GeneratorLossForm.NON_SATURATING, 5f, 0f, DiscriminatorTarget.ALL, 0f, 0f);
        }

        /** A copy with another adversarial loss of the generator. */
        public Losses withGeneratorLoss(GeneratorLossForm generatorLoss) {
            return new Losses(generatorLoss, l1Weight, knownL1Weight, discriminatorTarget, featureMatchingWeight,
                    perceptualWeight);
        }

        /** A copy with another hole L1 weight λ. */
        public Losses withL1Weight(float l1Weight) {
            return new Losses(generatorLoss, l1Weight, knownL1Weight, discriminatorTarget, featureMatchingWeight,
                    perceptualWeight);
        }

        /** A copy with another known-pixel L1 weight. */
        public Losses withKnownL1Weight(float knownL1Weight) {
            return new Losses(generatorLoss, l1Weight, knownL1Weight, discriminatorTarget, featureMatchingWeight,
                    perceptualWeight);
        }

        /** A copy with another discriminator target. */
        public Losses withDiscriminatorTarget(DiscriminatorTarget discriminatorTarget) {
            return new Losses(generatorLoss, l1Weight, knownL1Weight, discriminatorTarget, featureMatchingWeight,
                    perceptualWeight);
        }

        /** A copy with another feature-matching weight. */
        public Losses withFeatureMatchingWeight(float featureMatchingWeight) {
            return new Losses(generatorLoss, l1Weight, knownL1Weight, discriminatorTarget, featureMatchingWeight,
                    perceptualWeight);
        }

        /** A copy with another perceptual weight. */
        public Losses withPerceptualWeight(float perceptualWeight) {
            return new Losses(generatorLoss, l1Weight, knownL1Weight, discriminatorTarget, featureMatchingWeight,
                    perceptualWeight);
        }
    }

    /**
     * What keeps the discriminator from overfitting a small picture set.
     *
     * @param r1Weight γ of the R1 penalty {@code γ/2 · E‖∇ₓD(x)‖²} on real crops (Mescheder et al.,
     *     ICML 2018), finite and ≥ 0; 0 applies none
     * @param r1Every steps between two R1 penalties, in [1, 1000] (lazy regularisation: the penalty
     *     is multiplied by it, as in StyleGAN2)
     * @param augmentation the differentiable augmentation applied to what the discriminator sees,
     *     real and fake alike
     */
    public record Regularisation(float r1Weight, int r1Every, Augmentation augmentation) {

        /** @throws IllegalArgumentException naming the setting, its range and the value */
        public Regularisation {
            Objects.requireNonNull(augmentation, "augmentation");
            requireWeight("r1Weight", r1Weight);
            requireRange("r1Every", r1Every, 1, 1000);
        }

        /** No R1 (every 16 steps when given a weight), no augmentation. */
        public static Regularisation defaults() {
            return new Regularisation(0f, 16, Augmentation.NONE);
        }

        /** A copy with another R1 weight and interval. */
        public Regularisation withR1(float r1Weight, int r1Every) {
            return new Regularisation(r1Weight, r1Every, augmentation);
        }

        /** A copy with another augmentation. */
        public Regularisation withAugmentation(Augmentation augmentation) {
            return new Regularisation(r1Weight, r1Every, augmentation);
        }
    }

    /**
     * How long the run is and what it writes when: the run-control settings, which a resumed run
     * may change.
     *
     * @param steps total number of steps to reach (a resumed run continues up to it), at least 1
     * @param logEvery steps between two rows of metrics, at least 1
     * @param checkpointEvery steps between two checkpoints, at least 1 (one is also written at the end)
     * @param keep checkpoints kept, the newest, at least 1
     */
    public record Schedule(int steps, int logEvery, int checkpointEvery, int keep) {

        /** @throws IllegalArgumentException naming the setting, its range and the value */
        public Schedule {
            requireRange("steps", steps, 1, Integer.MAX_VALUE);
            requireRange("logEvery", logEvery, 1, Integer.MAX_VALUE);
            requireRange("checkpointEvery", checkpointEvery, 1, Integer.MAX_VALUE);
            requireRange("keep", keep, 1, Integer.MAX_VALUE);
        }

        /** 2,000 steps, a row of metrics every 50, a checkpoint every 500, 3 kept. */
        public static Schedule defaults() {
            return new Schedule(2000, 50, 500, 3);
        }

        /** A copy with another total number of steps. */
        public Schedule withSteps(int steps) {
            return new Schedule(steps, logEvery, checkpointEvery, keep);
        }

        /** A copy with another number of steps between two rows of metrics. */
        public Schedule withLogEvery(int logEvery) {
            return new Schedule(steps, logEvery, checkpointEvery, keep);
        }

        /** A copy with another number of steps between two checkpoints. */
        public Schedule withCheckpointEvery(int checkpointEvery) {
            return new Schedule(steps, logEvery, checkpointEvery, keep);
        }

        /** A copy with another number of checkpoints kept. */
        public Schedule withKeep(int keep) {
            return new Schedule(steps, logEvery, checkpointEvery, keep);
        }
    }

    /**
     * The held-out crops scored at every checkpoint.
     *
     * @param validationFraction share of the data folder's pictures held out for validation when no
     *     separate validation folder is given, in [0, 0.5]; 0 disables validation
     * @param validationCrops crops (each with its own mask) per held-out picture, in [1, 64]
     */
    public record Validation(double validationFraction, int validationCrops) {

        /** @throws IllegalArgumentException naming the setting, its range and the value */
        public Validation {
            if (!(validationFraction >= 0 && validationFraction <= 0.5)) {
                throw new IllegalArgumentException("validationFraction must be in [0, 0.5], got "
                        + validationFraction);
            }
            requireRange("validationCrops", validationCrops, 1, 64);
        }

        /** 10 % of the pictures held out, 4 crops each. */
        public static Validation defaults() {
            return new Validation(0.1, 4);
        }
    }

    private static void compare(List<String> differences, String name, Object stored, Object given) {
        if (!stored.equals(given)) {
            differences.add(name + " (checkpoint " + stored + ", now " + given + ")");
        }
    }

    private static void requireRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            String range = max == Integer.MAX_VALUE ? ">= " + min : "in [" + min + ", " + max + "]";
            throw new IllegalArgumentException(field + " must be " + range + ", got " + value);
        }
    }

    private static void requireShare(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1], got " + value);
        }
    }

    private static void requireDecay(String field, float value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1), got " + value);
        }
    }

    private static void requireWeight(String field, float value) {
        if (!(value >= 0) || Float.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be finite and >= 0, got " + value);
        }
    }
}
