package io.github.inpaint4j.gan.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.Trainer;
import io.github.inpaint4j.gan.TestData;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.internal.data.BatchSampler;
import io.github.inpaint4j.gan.data.MaskMix;
import io.github.inpaint4j.gan.internal.data.Picture;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.model.Bottleneck;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import io.github.inpaint4j.gan.model.GeneratorConfig;
import io.github.inpaint4j.gan.model.ModelDescription;
import io.github.inpaint4j.gan.internal.model.PatchDiscriminator;
import io.github.inpaint4j.gan.internal.model.UNetGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A tiny generator and discriminator with their trainers, for testing one training step at a time. */
final class TinyNetworks implements AutoCloseable {

    static final int BATCH = 4;
    static final int SIDE = 16;
    static final GeneratorConfig GENERATOR = new GeneratorConfig(8, 2, false, Bottleneck.FOURIER, 1);
    static final DiscriminatorConfig DISCRIMINATOR = new DiscriminatorConfig(8, 2);
    static final Shape G_INPUT = new Shape(BATCH, 5, SIDE, SIDE);
    static final Shape D_INPUT = new Shape(BATCH, 3, SIDE, SIDE);
    /** The tiny networks' configuration: λ = 100, the seed's objective otherwise. */
    static final TrainingConfig CONFIG = TrainingConfig.defaults()
            .withModel(new ModelDescription(SIDE, GENERATOR, DISCRIMINATOR))
            .withData(TrainingConfig.Data.defaults().withBatchSize(BATCH))
            .withLosses(TrainingConfig.Losses.defaults().withL1Weight(100f))
            .withThreads(1);

    /** The shapes of the networks and of their batches. */
    record Shapes(GeneratorConfig generator, DiscriminatorConfig discriminator, int batch, int side) {
        Shape generatorInput() {
            return new Shape(batch, 5, side, side);
        }

        Shape discriminatorInput() {
            return new Shape(batch, discriminator.inputPlanes(), side, side);
        }

        /** {@code config} with these shapes. */
        TrainingConfig applyTo(TrainingConfig config) {
            return config.withModel(new ModelDescription(side, generator, discriminator))
                    .withData(config.data().withBatchSize(batch));
        }

        static Shapes of(TrainingConfig config) {
            return new Shapes(config.model().generator(), config.model().discriminator(), config.data().batchSize(),
                    config.model().cropSize());
        }
    }

    /** The tiny networks most step tests use: a Fourier bottleneck, batches of 4 crops of 16². */
    static final Shapes TINY = Shapes.of(CONFIG);

    final Shapes shapes;
    final TrainingConfig config;
    final Model generator;
    final Model discriminator;
    final ResumableAdam generatorAdam;
    final ResumableAdam discriminatorAdam;
    final Trainer generatorTrainer;
    final Trainer discriminatorTrainer;
    final AdversarialStep step;

    /**
     * Fresh networks seeded with {@code seed}, or the weights of {@code checkpoint} (and its Adam
     * moments if {@code withAdamState}) when it is not null.
     */
    TinyNetworks(int seed, float learningRate, int stepsDone, Path checkpoint, boolean withAdamState)
            throws IOException {
        this(CONFIG.withSeed(seed), learningRate, stepsDone, checkpoint, withAdamState);
    }

    /** Fresh networks of {@code shapes} seeded with {@code seed}, or the weights of {@code checkpoint}. */
    TinyNetworks(Shapes shapes, int seed, float learningRate, int stepsDone, Path checkpoint, boolean withAdamState)
            throws IOException {
        this(shapes.applyTo(CONFIG).withSeed(seed), learningRate, stepsDone, checkpoint, withAdamState);
    }

    /** Networks for {@code config}'s model and losses (its seed seeds the weights). */
    TinyNetworks(TrainingConfig config, float learningRate, int stepsDone, Path checkpoint, boolean withAdamState)
            throws IOException {
        this.config = config;
        this.shapes = Shapes.of(config);
        Engine engine = TorchRuntime.start(1);
        engine.setRandomSeed((int) config.seed());
        Device device = TorchRuntime.device(engine);
        generator = Model.newInstance(Checkpoint.GENERATOR, device);
        discriminator = Model.newInstance(Checkpoint.DISCRIMINATOR, device);
        generator.setBlock(new UNetGenerator(shapes.generator()));
        discriminator.setBlock(new PatchDiscriminator(shapes.discriminator()));
        generatorAdam = adam(learningRate, stepsDone);
        discriminatorAdam = adam(learningRate, stepsDone);
        if (checkpoint != null) {
            try {
                Checkpoint.loadParameters(checkpoint, Checkpoint.GENERATOR, generator, shapes.generatorInput());
                Checkpoint.loadParameters(checkpoint, Checkpoint.DISCRIMINATOR, discriminator,
                        shapes.discriminatorInput());
                if (withAdamState) {
                    generatorAdam.load(checkpoint, Checkpoint.GENERATOR, generator);
                    discriminatorAdam.load(checkpoint, Checkpoint.DISCRIMINATOR, discriminator);
                }
            } catch (IOException | RuntimeException e) {
                generator.close();
                discriminator.close();
                throw e;
            }
        }
        generatorTrainer = generator.newTrainer(TrainingSession.trainingConfig(generatorAdam, device));
        discriminatorTrainer = discriminator.newTrainer(TrainingSession.trainingConfig(discriminatorAdam, device));
        generatorTrainer.initialize(shapes.generatorInput());
        discriminatorTrainer.initialize(shapes.discriminatorInput());
        step = new AdversarialStep(generatorTrainer, discriminatorTrainer, config);
    }

    private static ResumableAdam adam(float learningRate, int stepsDone) {
        return ResumableAdam.builder().optLearningRate(learningRate).optBeta1(0.5f).optStepsDone(stepsDone).build();
    }

    /** A seeded sampler over a few synthetic pictures. */
    static BatchSampler sampler(long seed) {
        return sampler(TINY, seed);
    }

    /** A seeded sampler of batches of {@code shapes} over a few synthetic pictures. */
    static BatchSampler sampler(Shapes shapes, long seed) {
        List<Picture> pictures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pictures.add(Picture.of(Path.of("p" + i + ".png"), TestData.picture(i, shapes.side() + 8)));
        }
        return new BatchSampler(pictures, shapes.side(), shapes.batch(), seed, MaskMix.defaults().generator(), 0.25,
                0);
    }

    /** Runs steps {@code from} to {@code to} (inclusive) and returns their losses. */
    List<StepLosses> train(BatchSampler sampler, int from, int to) {
        List<StepLosses> losses = new ArrayList<>();
        for (int s = from; s <= to; s++) {
            try (var manager = generator.getNDManager().newSubManager()) {
                losses.add(step.run(manager, sampler.batch(s), s));
            }
        }
        return losses;
    }

    /** Writes a checkpoint of the current state. */
    void save(Path folder, long stepsDone) throws IOException {
        Checkpoint.write(folder, new CheckpointMetadata("test", stepsDone, config.model(), Checkpoint.GENERATOR,
                config.settings(), null), generator, discriminator,
                temporary -> {
                    generatorAdam.save(temporary, Checkpoint.GENERATOR, generator);
                    discriminatorAdam.save(temporary, Checkpoint.DISCRIMINATOR, discriminator);
                });
    }

    @Override
    public void close() {
        step.close();
        generatorTrainer.close();
        discriminatorTrainer.close();
        generator.close();
        discriminator.close();
    }
}
