package io.github.inpaint4j.gan.train;

import io.github.inpaint4j.gan.data.GuideSource;
import io.github.inpaint4j.gan.data.MaskMix;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.loss.DiscriminatorTarget;
import io.github.inpaint4j.gan.loss.GeneratorLossForm;
import io.github.inpaint4j.gan.model.ModelDescription;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that defines a GAN training run, in parts of a few settings each. Every setting is
 * declared once, below or in {@link ModelDescription}, with its name, default, range and help
 * ({@link #SETTINGS}); the parts check their fields against the declarations, {@code inpaint train}
 * builds its options from them, and a checkpoint records them under the same names. Start from
 * {@link #defaults()} and change settings with {@link #with(Setting, Object)}:
 *
 * <pre>{@code
 * TrainingConfig config = TrainingConfig.defaults().with(TrainingConfig.STEPS, 5000)
 *         .with(TrainingConfig.L1_WEIGHT, 1.0);
 * }</pre>
 *
 * <p>The parts: the {@link ModelDescription model} (crop size and networks, what a checkpoint
 * describes for inference), the {@link Data data} (batches, holes, guides, grey crops), the
 * {@link Optimisation optimisation} (Adam and the weight average), the {@link Losses losses} (what
 * the two networks minimise), the {@link Regularisation regularisation} of the discriminator, the
 * {@link Schedule schedule} (steps, metrics, checkpoints), the {@link Validation validation}, the
 * seed and the thread count.
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
 * @param seed the seed of every random choice ({@link #SEED})
 * @param threads PyTorch intra-op threads ({@link #THREADS}); where the run ran, never taken back
 *     from a checkpoint
 */
public record TrainingConfig(ModelDescription model, Data data, Optimisation optimisation, Losses losses,
        Regularisation regularisation, Schedule schedule, Validation validation, long seed, int threads) {

    // ---- data ----
    /** Crops per step. */
    public static final Setting<Integer> BATCH_SIZE = Setting.integer("batch-size", 16).range(1, 4096)
            .help("crops per step");
    /** The training holes. */
    public static final Setting<MaskMix> MASKS = Setting.parsed("masks", MaskMix.defaults(), MaskMix::parse,
            MaskMix::toString, "kind=weight pairs over " + String.join(", ", MaskMix.KINDS))
            .label("MIX").help("training holes as kind=weight pairs");
    /** Crops seeded with a coarse guess. */
    public static final Setting<Double> GUIDE_PROBABILITY = Setting.number("guide-probability", 0.25).range(0, 1)
            .help("share of crops whose hole is seeded with a coarse guess, which teaches the refining step of"
                    + " multi-scale filling");
    /** Where guided crops' coarse guesses come from. */
    public static final Setting<GuideSource> GUIDE_SOURCE = Setting.choice("guide-source", GuideSource.TRUTH)
            .help("the coarse guess of a guided crop: truth (the crop shrunk and enlarged back) or generator (its"
                    + " own fill of the crop shrunk, what the finer passes of a fill are given)");
    /** Grey crops. */
    public static final Setting<Double> GREY_PROBABILITY = Setting.number("grey-probability", 0.0).range(0, 1)
            .help("share of crops turned grey (R = G = B = luma), so that grey pictures stay grey");

    // ---- optimisation ----
    /** Adam's learning rate. */
    public static final Setting<Double> LEARNING_RATE = Setting.number("learning-rate", 2e-4).above(0).atMost(1)
            .help("Adam's learning rate, both networks");
    /** Adam's first-moment decay. */
    public static final Setting<Double> BETA1 = Setting.number("beta1", 0.5).atLeast(0).below(1)
            .help("Adam's first-moment decay");
    /** Adam's second-moment decay. */
    public static final Setting<Double> BETA2 = Setting.number("beta2", 0.999).atLeast(0).below(1)
            .help("Adam's second-moment decay");
    /** The generator's weight average. */
    public static final Setting<Double> EMA_DECAY = Setting.number("ema-decay", 0.0).atLeast(0).below(1)
            .help("decay of the moving average of the generator's weights that checkpoints ship for inference"
                    + " (0: none)");

    // ---- losses ----
    /** The generator's adversarial loss. */
    public static final Setting<GeneratorLossForm> GENERATOR_LOSS = Setting.choice("generator-loss",
            GeneratorLossForm.NON_SATURATING).deprecatedWord("non_saturating", "non-saturating")
            .help("non-saturating: G minimises −log D(G(z)); saturating: the literal minimax log(1 − D(G(z)))");
    /** λ of the hole L1. */
    public static final Setting<Double> L1_WEIGHT = Setting.number("l1-weight", 5.0).atLeast(0)
            .label("LAMBDA").help("weight of the L1 loss on the hole");
    /** The known-pixel L1. */
    public static final Setting<Double> KNOWN_L1_WEIGHT = Setting.number("known-l1-weight", 0.0).atLeast(0)
            .help("weight of the L1 loss on the known pixels of the generator's raw output");
    /** Which logits of a fake D calls fake. */
    public static final Setting<DiscriminatorTarget> DISCRIMINATOR_TARGET = Setting.choice("discriminator-target",
            DiscriminatorTarget.ALL).help("which logits of a fake the discriminator calls fake: all, or hole (by"
                    + " each logit's share of hole pixels; known pixels count as real)");
    /** Feature matching. */
    public static final Setting<Double> FEATURE_MATCHING_WEIGHT = Setting.number("feature-matching-weight", 0.0)
            .atLeast(0).help("weight of feature matching on the discriminator's features");
    /** The perceptual loss. */
    public static final Setting<Double> PERCEPTUAL_WEIGHT = Setting.number("perceptual-weight", 0.0).atLeast(0)
            .help("weight of the perceptual loss of a fixed, randomly initialised network");

    // ---- regularisation ----
    /** γ of R1. */
    public static final Setting<Double> R1_WEIGHT = Setting.number("r1-weight", 0.0).atLeast(0).label("GAMMA")
            .help("γ of the R1 penalty on real crops (0: none)");
    /** Steps between R1 penalties. */
    public static final Setting<Integer> R1_EVERY = Setting.integer("r1-every", 16).range(1, 1000).label("K")
            .help("steps between two R1 penalties");
    /** DiffAugment of what D sees. */
    public static final Setting<Augmentation> AUGMENTATION = Setting.parsed("augmentation", Augmentation.NONE,
            Augmentation::parse, Augmentation::toString, "none or a list of " + String.join(", ", Augmentation.KINDS))
            .label("KINDS").help("differentiable augmentation of what the discriminator sees, real and fake alike");

    // ---- schedule ----
    /** Total steps. */
    public static final Setting<Integer> STEPS = Setting.integer("steps", 2000).atLeast(1)
            .help("total steps to reach (a resumed run continues up to it)");
    /** Steps between metrics rows. */
    public static final Setting<Integer> LOG_EVERY = Setting.integer("log-every", 50).atLeast(1)
            .help("steps between two lines (and CSV rows) of metrics");
    /** Steps between checkpoints. */
    public static final Setting<Integer> CHECKPOINT_EVERY = Setting.integer("checkpoint-every", 500).atLeast(1)
            .help("steps between checkpoints (one is always written at the end)");
    /** Checkpoints kept. */
    public static final Setting<Integer> KEEP = Setting.integer("keep", 3).atLeast(1)
            .help("checkpoints kept, the newest");

    // ---- validation ----
    /** Share of the data held out. */
    public static final Setting<Double> VALIDATION_FRACTION = Setting.number("validation-fraction", 0.1)
            .range(0, 0.5).help("share of the data held out when there is no validation folder (0: no validation)");
    /** Crops per held-out picture. */
    public static final Setting<Integer> VALIDATION_CROPS = Setting.integer("validation-crops", 4).range(1, 64)
            .help("crops, each with its own hole, per held-out picture");

    // ---- the run ----
    /** The seed. */
    public static final Setting<Long> SEED = Setting.seed(42).help("seed of every random choice: initial weights,"
            + " crops, flips, holes, guides, augmentations, held-out split");
    /** PyTorch threads. */
    public static final Setting<Integer> THREADS = Setting.threads("PyTorch threads; more than the free cores makes"
            + " it far slower").withDefault(TorchRuntime.defaultThreads());

    /** The settings a checkpoint records as its provenance: all but the model's, in order. */
    public static final Settings TRAINING_SETTINGS = Settings.of(BATCH_SIZE, MASKS, GUIDE_PROBABILITY,
            GUIDE_SOURCE, GREY_PROBABILITY, LEARNING_RATE, BETA1, BETA2, EMA_DECAY, GENERATOR_LOSS, L1_WEIGHT,
            KNOWN_L1_WEIGHT, DISCRIMINATOR_TARGET, FEATURE_MATCHING_WEIGHT, PERCEPTUAL_WEIGHT, R1_WEIGHT, R1_EVERY,
            AUGMENTATION, STEPS, LOG_EVERY, CHECKPOINT_EVERY, KEEP, VALIDATION_FRACTION, VALIDATION_CROPS, SEED, THREADS);
    /** Every setting of a run: the model's, then the training's. */
    public static final Settings SETTINGS = ModelDescription.SETTINGS.plus(TRAINING_SETTINGS);
    /** The settings a resumed run may change. */
    public static final Set<Setting<?>> RUN_CONTROL = Set.of(STEPS, LOG_EVERY, CHECKPOINT_EVERY, KEEP, THREADS);

    private static final Logger LOG = LoggerFactory.getLogger(TrainingConfig.class);

    /** @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value */
    public TrainingConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(optimisation, "optimisation");
        Objects.requireNonNull(losses, "losses");
        Objects.requireNonNull(regularisation, "regularisation");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(validation, "validation");
        SEED.check(seed);
        THREADS.check(threads);
    }

    /**
     * Every setting at its default: the default model's shape and recipe, 2,000 steps, seed 42 and
     * {@link TorchRuntime#defaultThreads()} threads.
     */
    public static TrainingConfig defaults() {
        return of(SETTINGS.defaults());
    }

    /**
     * The configuration that {@code values} of {@link #SETTINGS} give.
     *
     * @throws io.github.inpaint4j.settings.SettingException if a value is not allowed
     */
    public static TrainingConfig of(SettingValues values) {
        return new TrainingConfig(ModelDescription.of(values),
                new Data(values.get(BATCH_SIZE), values.get(MASKS), values.get(GUIDE_PROBABILITY),
                        values.get(GUIDE_SOURCE), values.get(GREY_PROBABILITY)),
                new Optimisation(values.get(LEARNING_RATE), values.get(BETA1), values.get(BETA2),
                        values.get(EMA_DECAY)),
                new Losses(values.get(GENERATOR_LOSS), values.get(L1_WEIGHT), values.get(KNOWN_L1_WEIGHT),
                        values.get(DISCRIMINATOR_TARGET), values.get(FEATURE_MATCHING_WEIGHT),
                        values.get(PERCEPTUAL_WEIGHT)),
                new Regularisation(values.get(R1_WEIGHT), values.get(R1_EVERY), values.get(AUGMENTATION)),
                new Schedule(values.get(STEPS), values.get(LOG_EVERY), values.get(CHECKPOINT_EVERY), values.get(KEEP)),
                new Validation(values.get(VALIDATION_FRACTION), values.get(VALIDATION_CROPS)),
                values.get(SEED), values.get(THREADS));
    }

    /** This configuration as values of {@link #SETTINGS}, each given. */
    public SettingValues values() {
        SettingValues m = model.values();
        SettingValues v = SETTINGS.defaults();
        for (Setting<?> s : ModelDescription.SETTINGS) {
            v = copy(v, m, s);
        }
        return v.with(BATCH_SIZE, data.batchSize()).with(MASKS, data.masks())
                .with(GUIDE_PROBABILITY, data.guideProbability()).with(GUIDE_SOURCE, data.guideSource())
                .with(GREY_PROBABILITY, data.greyProbability())
                .with(LEARNING_RATE, optimisation.learningRate()).with(BETA1, optimisation.beta1())
                .with(BETA2, optimisation.beta2()).with(EMA_DECAY, optimisation.emaDecay())
                .with(GENERATOR_LOSS, losses.generatorLoss()).with(L1_WEIGHT, losses.l1Weight())
                .with(KNOWN_L1_WEIGHT, losses.knownL1Weight()).with(DISCRIMINATOR_TARGET, losses.discriminatorTarget())
                .with(FEATURE_MATCHING_WEIGHT, losses.featureMatchingWeight())
                .with(PERCEPTUAL_WEIGHT, losses.perceptualWeight())
                .with(R1_WEIGHT, regularisation.r1Weight()).with(R1_EVERY, regularisation.r1Every())
                .with(AUGMENTATION, regularisation.augmentation())
                .with(STEPS, schedule.steps()).with(LOG_EVERY, schedule.logEvery())
                .with(CHECKPOINT_EVERY, schedule.checkpointEvery()).with(KEEP, schedule.keep())
                .with(VALIDATION_FRACTION, validation.validationFraction())
                .with(VALIDATION_CROPS, validation.validationCrops())
                .with(SEED, seed).with(THREADS, threads);
    }

    private static <T> SettingValues copy(SettingValues into, SettingValues from, Setting<T> setting) {
        return into.with(setting, from.get(setting));
    }

    /** The value of {@code setting} in this configuration. */
    public <T> T get(Setting<T> setting) {
        return values().get(setting);
    }

    /**
     * A copy with {@code setting} set to {@code value}.
     *
     * @throws io.github.inpaint4j.settings.SettingException if the value is not allowed
     */
    public <T> TrainingConfig with(Setting<T> setting, T value) {
        return of(values().with(setting, value));
    }

    /** A copy with every setting that {@code given} was given set to its value; the others stay. */
    public TrainingConfig with(SettingValues given) {
        SettingValues v = values();
        for (Setting<?> s : given.settings()) {
            if (given.isGiven(s) && SETTINGS.contains(s)) {
                v = copy(v, given, s);
            }
        }
        return of(v);
    }

    /** A copy with another model (crop size and networks). */
    public TrainingConfig withModel(ModelDescription model) {
        return new TrainingConfig(model, data, optimisation, losses, regularisation, schedule, validation, seed,
                threads);
    }

    /** A copy with another total number of steps ({@code with(STEPS, steps)}). */
    public TrainingConfig withSteps(int steps) {
        return with(STEPS, steps);
    }

    /** A copy with another thread count ({@code with(THREADS, threads)}). */
    public TrainingConfig withThreads(int threads) {
        return with(THREADS, threads);
    }

    /**
     * The settings other than the model's as text, by name, in {@link #TRAINING_SETTINGS}' order:
     * what a checkpoint records as its provenance ({@link #fromSettings} reads them back).
     */
    public Map<String, String> settings() {
        SettingValues v = values();
        Map<String, String> text = new LinkedHashMap<>();
        for (Setting<?> s : TRAINING_SETTINGS) {
            text.put(s.name(), formatted(v, s));
        }
        return text;
    }

    private static <T> String formatted(SettingValues values, Setting<T> setting) {
        return setting.format(values.get(setting));
    }

    /**
     * The configuration of {@code model} with the training settings of {@code settings} (as written
     * by {@link #settings()}; a name in camel case, as format 2 and the first format-3 checkpoints
     * wrote them, is read as its hyphenated setting), every setting missing from it at its default
     * and the thread count at {@link TorchRuntime#defaultThreads()}: a checkpoint's training, to
     * resume or compare with. Names this library does not know (a setting of another version) are
     * ignored.
     *
     * @throws io.github.inpaint4j.settings.SettingException naming a setting whose text is not a valid value
     */
    public static TrainingConfig fromSettings(ModelDescription model, Map<String, String> settings) {
        Map<String, String> known = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        settings.forEach((name, text) -> {
            String setting = hyphenated(name);
            if (setting.equals(THREADS.name())) {
                return; // where the run ran, not what it learned
            }
            if (TRAINING_SETTINGS.find(setting).isPresent()) {
                known.put(setting, text);
            } else {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            LOG.debug("ignoring training settings this version does not know: {}", unknown);
        }
        return defaults().withModel(model).with(TRAINING_SETTINGS.parse(known));
    }

    /** {@code learningRate} as {@code learning-rate}; a hyphenated name stays as it is. */
    private static String hyphenated(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Checks that a run with this configuration can resume a checkpoint written with
     * {@code stored}: every setting but the run-control ones ({@link #RUN_CONTROL}) must be equal.
     *
     * @throws IllegalArgumentException naming every setting that differs, with both values
     */
    public void requireResumableFrom(TrainingConfig stored) {
        List<String> differences = new ArrayList<>();
        SettingValues before = stored.values();
        SettingValues now = values();
        for (Setting<?> s : SETTINGS) {
            if (!RUN_CONTROL.contains(s)) {
                compare(differences, s, before, now);
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException("cannot resume: the checkpoint was trained with a different "
                    + String.join(", ", differences));
        }
    }

    private static <T> void compare(List<String> differences, Setting<T> setting, SettingValues before,
            SettingValues now) {
        T stored = before.get(setting);
        T given = now.get(setting);
        if (!stored.equals(given)) {
            differences.add(setting.name() + " (checkpoint " + setting.format(stored) + ", now " + setting.format(given)
                    + ")");
        }
    }

    /**
     * How training batches are drawn.
     *
     * @param batchSize crops per step ({@link #BATCH_SIZE})
     * @param masks the training holes ({@link #MASKS})
     * @param guideProbability share of training crops whose hole is seeded with a coarse guess (the
     *     crop shrunk 2× or 4× and enlarged back), which teaches the generator the refining step of
     *     multi-scale inference ({@link #GUIDE_PROBABILITY})
     * @param guideSource where those coarse guesses come from ({@link #GUIDE_SOURCE})
     * @param greyProbability share of training crops turned grey (every pixel's R, G and B set to
     *     its luma), so that the generator learns that a grey picture stays grey ({@link #GREY_PROBABILITY})
     */
    public record Data(int batchSize, MaskMix masks, double guideProbability, GuideSource guideSource,
            double greyProbability) {

        /** @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value */
        public Data {
            BATCH_SIZE.check(batchSize);
            MASKS.check(masks);
            GUIDE_PROBABILITY.check(guideProbability);
            GUIDE_SOURCE.check(guideSource);
            GREY_PROBABILITY.check(greyProbability);
        }

        /**
         * Guides from the truth ({@link GuideSource#TRUTH}).
         *
         * @deprecated since 0.2.0: name the guide source with the five-argument constructor
         */
        @Deprecated(since = "0.2.0")
        public Data(int batchSize, MaskMix masks, double guideProbability, double greyProbability) {
            this(batchSize, masks, guideProbability, GuideSource.TRUTH, greyProbability);
        }
    }

    /**
     * Adam (one optimiser per network) and the generator's weight average.
     *
     * @param learningRate Adam's learning rate for both networks ({@link #LEARNING_RATE})
     * @param beta1 Adam's first-moment decay ({@link #BETA1})
     * @param beta2 Adam's second-moment decay ({@link #BETA2})
     * @param emaDecay decay of the exponential moving average of the generator's weights that the
     *     checkpoints ship for inference; 0 keeps no average, and inference uses the trained weights
     *     ({@link #EMA_DECAY})
     */
    public record Optimisation(double learningRate, double beta1, double beta2, double emaDecay) {

        /** @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value */
        public Optimisation {
            LEARNING_RATE.check(learningRate);
            BETA1.check(beta1);
            BETA2.check(beta2);
            EMA_DECAY.check(emaDecay);
        }
    }

    /**
     * What the networks minimise (the objective is written out in docs/training.md): the minimax
     * log-loss, and for the generator the pixel, feature and perceptual terms beside it.
     *
     * @param generatorLoss the generator's adversarial loss form ({@link #GENERATOR_LOSS})
     * @param l1Weight λ, the weight of the L1 loss on the hole ({@link #L1_WEIGHT})
     * @param knownL1Weight the weight of the L1 loss on the known pixels of the generator's raw
     *     output, where LaMa puts its pixel loss ({@link #KNOWN_L1_WEIGHT})
     * @param discriminatorTarget which logits of a composited fake the discriminator learns to call
     *     fake ({@link #DISCRIMINATOR_TARGET})
     * @param featureMatchingWeight the weight of the L1 distance between the discriminator's features
     *     of the real and of the composited crop ({@link #FEATURE_MATCHING_WEIGHT})
     * @param perceptualWeight the weight of the L1 distance between the features of the real and of
     *     the composited crop in a fixed, randomly initialised network ({@link #PERCEPTUAL_WEIGHT})
     */
    public record Losses(GeneratorLossForm generatorLoss, double l1Weight, double knownL1Weight,
            DiscriminatorTarget discriminatorTarget, double featureMatchingWeight, double perceptualWeight) {

        /** @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value */
        public Losses {
            GENERATOR_LOSS.check(generatorLoss);
            L1_WEIGHT.check(l1Weight);
            KNOWN_L1_WEIGHT.check(knownL1Weight);
            DISCRIMINATOR_TARGET.check(discriminatorTarget);
            FEATURE_MATCHING_WEIGHT.check(featureMatchingWeight);
            PERCEPTUAL_WEIGHT.check(perceptualWeight);
        }
    }

    /**
     * What keeps the discriminator from overfitting a small picture set.
     *
     * @param r1Weight γ of the R1 penalty {@code γ/2 · E‖∇ₓD(x)‖²} on real crops (Mescheder et al.,
     *     ICML 2018); 0 applies none ({@link #R1_WEIGHT})
     * @param r1Every steps between two R1 penalties; the penalty is multiplied by it, as in
     *     StyleGAN2's lazy regularisation ({@link #R1_EVERY})
     * @param augmentation the differentiable augmentation applied to what the discriminator sees,
     *     real and fake alike ({@link #AUGMENTATION})
     */
    public record Regularisation(double r1Weight, int r1Every, Augmentation augmentation) {

        /** @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value */
        public Regularisation {
            R1_WEIGHT.check(r1Weight);
            R1_EVERY.check(r1Every);
            AUGMENTATION.check(augmentation);
        }
    }

    /**
     * How long the run is and what it writes when: the run-control settings, which a resumed run
     * may change.
     *
     * @param steps total number of steps to reach (a resumed run continues up to it) ({@link #STEPS})
     * @param logEvery steps between two rows of metrics ({@link #LOG_EVERY})
     * @param checkpointEvery steps between two checkpoints; one is also written at the end
     *     ({@link #CHECKPOINT_EVERY})
     * @param keep checkpoints kept, the newest ({@link #KEEP})
     */
    public record Schedule(int steps, int logEvery, int checkpointEvery, int keep) {

        /** @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value */
        public Schedule {
            STEPS.check(steps);
            LOG_EVERY.check(logEvery);
            CHECKPOINT_EVERY.check(checkpointEvery);
            KEEP.check(keep);
        }
    }

    /**
     * The held-out crops scored at every checkpoint.
     *
     * @param validationFraction share of the data folder's pictures held out for validation when no
     *     separate validation folder is given; 0 disables validation ({@link #VALIDATION_FRACTION})
     * @param validationCrops crops (each with its own mask) per held-out picture ({@link #VALIDATION_CROPS})
     */
    public record Validation(double validationFraction, int validationCrops) {

        /** @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value */
        public Validation {
            VALIDATION_FRACTION.check(validationFraction);
            VALIDATION_CROPS.check(validationCrops);
        }
    }
}
