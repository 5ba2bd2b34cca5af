package io.github.inpaint4j.gan.internal.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.translate.TranslateException;
import io.github.inpaint4j.LibraryVersion;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.checkpoint.CheckpointException;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.data.GuideSource;
import io.github.inpaint4j.gan.internal.GeneratorTensors;
import io.github.inpaint4j.gan.internal.GeneratorTranslator;
import io.github.inpaint4j.gan.internal.Scales;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.internal.data.Batch;
import io.github.inpaint4j.gan.internal.data.BatchSampler;
import io.github.inpaint4j.gan.internal.model.PatchDiscriminator;
import io.github.inpaint4j.gan.internal.model.UNetGenerator;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.ValidationScore;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The networks of a training run, ready to step: generator and discriminator models (on the GPU if
 * DJL finds one), their {@link ResumableAdam} optimisers and DJL trainers, the
 * {@link AdversarialStep} and, when the configuration asks for one, the {@link WeightAverage} of the
 * generator that checkpoints ship for inference. Weights are initialised DCGAN-style, N(0, 0.02),
 * from the configured seed, restored with the Adam moments (and the average) from a checkpoint, or
 * taken from other weights to fine-tune.
 *
 * <p>Not thread-safe; one session per JVM at a time (DJL's PyTorch gradient collector is global).
 * Close it to release the native memory.
 */
public final class TrainingSession implements AutoCloseable {

    private static final float INIT_STDDEV = 0.02f;

    private final TrainingConfig config;
    private final Model generator;
    private final Model discriminator;
    private final ResumableAdam generatorAdam;
    private final ResumableAdam discriminatorAdam;
    private final Trainer generatorTrainer;
    private final Trainer discriminatorTrainer;
    private final AdversarialStep step;
    private final WeightAverage average;

    private TrainingSession(TrainingConfig config, Model generator, Model discriminator, Model averaged,
            long stepsDone, Path checkpoint, CheckpointSource initial) throws IOException {
        this.config = config;
        this.generator = generator;
        this.discriminator = discriminator;
        this.generatorAdam = adam(config, stepsDone);
        this.discriminatorAdam = adam(config, stepsDone);
        generator.setBlock(new UNetGenerator(config.model().generator()));
        discriminator.setBlock(new PatchDiscriminator(config.model().discriminator()));
        boolean averageLoaded = false;
        if (checkpoint != null) {
            Checkpoint.loadParameters(checkpoint, Checkpoint.GENERATOR, generator, generatorInput());
            Checkpoint.loadParameters(checkpoint, Checkpoint.DISCRIMINATOR, discriminator, discriminatorInput());
            generatorAdam.load(checkpoint, Checkpoint.GENERATOR, generator);
            discriminatorAdam.load(checkpoint, Checkpoint.DISCRIMINATOR, discriminator);
        } else if (initial != null) {
            // A fine-tuning start takes the weights inference uses (the average, if the source has one).
            CheckpointMetadata source = Checkpoint.readMetadata(initial);
            Checkpoint.loadParameters(initial, source.generatorWeights(), generator, generatorInput());
            if (source.model().discriminator().equals(config.model().discriminator())) {
                Checkpoint.loadParameters(initial, Checkpoint.DISCRIMINATOR, discriminator, discriminatorInput());
            }
        }
        if (averaged != null) {
            averaged.setBlock(new UNetGenerator(config.model().generator()));
            if (checkpoint != null) {
                Checkpoint.loadParameters(checkpoint, Checkpoint.AVERAGED_GENERATOR, averaged, generatorInput());
                averageLoaded = true;
            } else {
                averaged.getBlock().initialize(averaged.getNDManager(), DataType.FLOAT32, generatorInput());
            }
        }
        Device device = generator.getNDManager().getDevice();
        this.generatorTrainer = generator.newTrainer(trainingConfig(generatorAdam, device));
        this.discriminatorTrainer = discriminator.newTrainer(trainingConfig(discriminatorAdam, device));
        generatorTrainer.initialize(generatorInput());
        discriminatorTrainer.initialize(discriminatorInput());
        this.average = averaged == null ? null
                : new WeightAverage(generator, averaged, (float) config.optimisation().emaDecay(), averageLoaded);
        this.step = new AdversarialStep(generatorTrainer, discriminatorTrainer, config);
    }

    /**
     * Starts the engine with the configured thread count and creates fresh networks from the
     * configured seed.
     */
    public static TrainingSession create(TrainingConfig config) throws IOException {
        return open(config, null, 0, null);
    }

    /**
     * Starts the engine and creates networks whose weights are those of {@code initial} (a
     * fine-tuning start: fresh Adam moments, step 0); the generator of {@code config} must be the
     * one {@code initial} was trained with. A discriminator of another shape (a mask plane added,
     * say) starts from fresh weights; one of the same shape from {@code initial}'s.
     *
     * @throws CheckpointException if the weights do not fit the configured networks
     */
    public static TrainingSession fineTune(TrainingConfig config, CheckpointSource initial) throws IOException {
        return open(config, null, 0, initial);
    }

    /**
     * Starts the engine and restores the networks and their Adam moments from {@code checkpoint},
     * written after {@code stepsDone} steps with an architecture equal to {@code config}'s.
     *
     * @throws CheckpointException if the checkpoint is incomplete or does not fit
     */
    public static TrainingSession resume(TrainingConfig config, Path checkpoint, long stepsDone) throws IOException {
        return open(config, checkpoint, stepsDone, null);
    }

    private static TrainingSession open(TrainingConfig config, Path checkpoint, long stepsDone,
            CheckpointSource initial) throws IOException {
        Engine engine = TorchRuntime.start(config.threads());
        engine.setRandomSeed(Long.hashCode(config.seed())); // DJL takes an int seed
        Device device = TorchRuntime.device(engine);
        Model generator = Model.newInstance(Checkpoint.GENERATOR, device);
        Model discriminator = Model.newInstance(Checkpoint.DISCRIMINATOR, device);
        Model averaged = config.optimisation().emaDecay() > 0
                ? Model.newInstance(Checkpoint.AVERAGED_GENERATOR, device) : null;
        try {
            return new TrainingSession(config, generator, discriminator, averaged, stepsDone, checkpoint, initial);
        } catch (IOException | RuntimeException e) {
            generator.close();
            discriminator.close();
            if (averaged != null) {
                averaged.close();
            }
            throw e;
        }
    }

    private static ResumableAdam adam(TrainingConfig config, long stepsDone) {
        return ResumableAdam.builder()
                .optLearningRate((float) config.optimisation().learningRate())
                .optBeta1((float) config.optimisation().beta1())
                .optBeta2((float) config.optimisation().beta2())
                .optStepsDone(Math.toIntExact(stepsDone))
                .build();
    }

    /** A DJL training configuration for one network: its optimiser, its device and DCGAN's N(0, 0.02) weights. */
    static DefaultTrainingConfig trainingConfig(ResumableAdam adam, Device device) {
        return new DefaultTrainingConfig(Loss.l1Loss()) // DJL requires a loss; the step computes its own
                .optOptimizer(adam)
                .optDevices(new Device[] {device})
                .optInitializer(new NormalInitializer(INIT_STDDEV), Parameter.Type.WEIGHT);
    }

    private Shape generatorInput() {
        int side = config.model().cropSize();
        return new Shape(config.data().batchSize(), GeneratorTensors.INPUT_PLANES, side, side);
    }

    private Shape discriminatorInput() {
        int side = config.model().cropSize();
        return new Shape(config.data().batchSize(), config.model().discriminator().inputPlanes(), side, side);
    }

    /**
     * Runs training step {@code number} (1 for the first) on {@code batch}, then updates the
     * generator's average; every array of the step is released before it returns.
     */
    public StepLosses step(Batch batch, long number) {
        StepLosses losses;
        try (NDManager stepManager = generator.getNDManager().newSubManager()) {
            losses = step.run(stepManager, batch, number);
        }
        if (average != null) {
            average.update();
        }
        return losses;
    }

    /**
     * Makes the guides of step {@code number}'s batch and draws it: the truth shrunk and enlarged
     * back, or ({@link GuideSource#GENERATOR}) the generator's fills, with its weights of now, of
     * the crops shrunk.
     */
    public Batch batch(BatchSampler sampler, long number) throws IOException {
        if (config.data().guideSource() == GuideSource.TRUTH) {
            return sampler.batch(number);
        }
        try (Predictor<InpaintingInput, RgbImage> p = generator.newPredictor(new GeneratorTranslator())) {
            return sampler.batch(number, (crop, mask, factor) -> {
                RgbImage small = Scales.shrink(crop, factor);
                Mask holes = Scales.shrink(mask, small.width(), small.height());
                try {
                    return Scales.resize(p.predict(new InpaintingInput(small, holes, null)), crop.width(),
                            crop.height());
                } catch (TranslateException e) {
                    throw new UncheckedIOException(new IOException("the generator's guide failed: "
                            + e.getMessage(), e));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The generator inference uses: the average when the run keeps one, else the trained one. */
    private Model inferenceGenerator() {
        return average == null ? generator : average.model();
    }

    /** The name of the weights inference loads from this run's checkpoints. */
    public String generatorWeights() {
        return average == null ? Checkpoint.GENERATOR : Checkpoint.AVERAGED_GENERATOR;
    }

    /**
     * The generator's scores on {@code validation}, {@link ValidationScore#NONE} if it is empty.
     *
     * @throws IOException if the generator fails
     */
    public ValidationScore validate(ValidationSet validation) throws IOException {
        if (validation.isEmpty()) {
            return ValidationScore.NONE;
        }
        try (Predictor<InpaintingInput, RgbImage> p = inferenceGenerator().newPredictor(new GeneratorTranslator())) {
            return validation.score(p, config.data().batchSize());
        } catch (TranslateException e) {
            throw new IOException("validation failed: " + e.getMessage(), e);
        }
    }

    /** The metadata of a checkpoint of this run at {@code step}, with its validation hole PSNR or {@code null}. */
    public CheckpointMetadata metadata(long step, Double validationHolePsnr) {
        return new CheckpointMetadata(LibraryVersion.get(), step, config.model(), generatorWeights(),
                config.settings(), validationHolePsnr);
    }

    /** Writes a checkpoint folder {@code target} of the current state, atomically. */
    public void save(Path target, CheckpointMetadata metadata) throws IOException {
        Checkpoint.write(target, metadata, generator, discriminator, folder -> {
            generatorAdam.save(folder, Checkpoint.GENERATOR, generator);
            discriminatorAdam.save(folder, Checkpoint.DISCRIMINATOR, discriminator);
            if (average != null) {
                Checkpoint.saveParameters(folder, Checkpoint.AVERAGED_GENERATOR, average.model());
            }
        });
    }

    /** The generator's model (its block is a {@link UNetGenerator}). */
    public Model generator() {
        return generator;
    }

    /** The discriminator's model (its block is a {@link PatchDiscriminator}). */
    public Model discriminator() {
        return discriminator;
    }

    @Override
    public void close() {
        step.close();
        generatorTrainer.close();
        discriminatorTrainer.close();
        generator.close();
        discriminator.close();
        if (average != null) {
            average.model().close();
        }
    }
}
