package io.github.inpaint4j.gan.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.translate.TranslateException;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.checkpoint.CheckpointException;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.data.Batch;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.model.PatchDiscriminator;
import io.github.inpaint4j.gan.model.UNetGenerator;
import io.github.inpaint4j.gan.translate.GeneratorTensors;
import io.github.inpaint4j.gan.translate.GeneratorTranslator;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The networks of a training run, ready to step: generator and discriminator models (on the GPU if
 * DJL finds one), their {@link ResumableAdam} optimisers and DJL trainers, and the
 * {@link AdversarialStep}. Weights are initialised DCGAN-style, N(0, 0.02), from the configured
 * seed, restored with the Adam moments from a checkpoint, or taken from other weights to fine-tune.
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

    private TrainingSession(TrainingConfig config, Model generator, Model discriminator, long stepsDone,
            Path checkpoint, CheckpointSource initial) throws IOException {
        this.config = config;
        this.generator = generator;
        this.discriminator = discriminator;
        this.generatorAdam = adam(config, stepsDone);
        this.discriminatorAdam = adam(config, stepsDone);
        generator.setBlock(new UNetGenerator(config.generator()));
        discriminator.setBlock(new PatchDiscriminator(config.discriminator()));
        if (checkpoint != null) {
            Checkpoint.loadParameters(checkpoint, Checkpoint.GENERATOR, generator, generatorInput());
            Checkpoint.loadParameters(checkpoint, Checkpoint.DISCRIMINATOR, discriminator, discriminatorInput());
            generatorAdam.load(checkpoint, Checkpoint.GENERATOR, generator);
            discriminatorAdam.load(checkpoint, Checkpoint.DISCRIMINATOR, discriminator);
        } else if (initial != null) {
            Checkpoint.loadParameters(initial, Checkpoint.GENERATOR, generator, generatorInput());
            Checkpoint.loadParameters(initial, Checkpoint.DISCRIMINATOR, discriminator, discriminatorInput());
        }
        Device device = generator.getNDManager().getDevice();
        this.generatorTrainer = generator.newTrainer(trainingConfig(generatorAdam, device));
        this.discriminatorTrainer = discriminator.newTrainer(trainingConfig(discriminatorAdam, device));
        generatorTrainer.initialize(generatorInput());
        discriminatorTrainer.initialize(discriminatorInput());
        this.step = new AdversarialStep(generatorTrainer, discriminatorTrainer, config.l1Weight(),
                config.generatorLoss());
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
     * fine-tuning start: fresh Adam moments, step 0); the architecture of {@code config} must be the
     * one {@code initial} was trained with.
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
        try {
            return new TrainingSession(config, generator, discriminator, stepsDone, checkpoint, initial);
        } catch (IOException | RuntimeException e) {
            generator.close();
            discriminator.close();
            throw e;
        }
    }

    private static ResumableAdam adam(TrainingConfig config, long stepsDone) {
        return ResumableAdam.builder()
                .optLearningRate(config.learningRate())
                .optBeta1(config.beta1())
                .optBeta2(config.beta2())
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
        return new Shape(config.batchSize(), GeneratorTensors.INPUT_PLANES, config.imageSize(), config.imageSize());
    }

    private Shape discriminatorInput() {
        return new Shape(config.batchSize(), GeneratorTensors.OUTPUT_PLANES, config.imageSize(), config.imageSize());
    }

    /** Runs one training step on {@code batch}; every array of the step is released before it returns. */
    public StepLosses step(Batch batch) {
        try (NDManager stepManager = generator.getNDManager().newSubManager()) {
            return step.run(stepManager, batch);
        }
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
        try (Predictor<InpaintingInput, RgbImage> p = generator.newPredictor(new GeneratorTranslator())) {
            return validation.score(p, config.batchSize());
        } catch (TranslateException e) {
            throw new IOException("validation failed: " + e.getMessage(), e);
        }
    }

    /** Writes a checkpoint folder {@code target} of the current state, atomically. */
    public void save(Path target, CheckpointMetadata metadata) throws IOException {
        Checkpoint.write(target, metadata, generator, discriminator, folder -> {
            generatorAdam.save(folder, Checkpoint.GENERATOR, generator);
            discriminatorAdam.save(folder, Checkpoint.DISCRIMINATOR, discriminator);
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
        generatorTrainer.close();
        discriminatorTrainer.close();
        generator.close();
        discriminator.close();
    }
}
