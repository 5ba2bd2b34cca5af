package io.github.inpaint4j.gan;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.data.MaskMix;
import io.github.inpaint4j.gan.model.Bottleneck;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import io.github.inpaint4j.gan.model.GeneratorConfig;
import io.github.inpaint4j.gan.model.ModelDescription;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.io.AtomicFiles;
import io.github.inpaint4j.io.ImageFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A tiny GAN trained once per test JVM on twelve flat-coloured 24×24 pictures at 16×16, for the
 * tests that need a trained checkpoint: 300 steps teach it to continue the colour around a hole.
 */
public final class TinyGan {

    /** Steps of the shared training run. */
    public static final int STEPS = 300;

    private static Path trained;

    private TinyGan() {
    }

    /** A configuration of the tiny networks, one thread, {@code steps} steps. */
    public static TrainingConfig config(int steps) {
        return TrainingConfig.defaults()
                .withModel(new ModelDescription(16, new GeneratorConfig(8, 2, false, Bottleneck.FOURIER, 1),
                        new DiscriminatorConfig(8, 2)))
                // thick holes only: in 16×16 crops the text and scratch kinds cover little to learn from
                .withData(TrainingConfig.Data.defaults().withBatchSize(8).withMasks(new MaskMix(1, 1, 1, 0, 0)))
                .withSchedule(new TrainingConfig.Schedule(steps, 50, steps, 1))
                .withValidation(new TrainingConfig.Validation(0.25, 2))
                .withOptimisation(TrainingConfig.Optimisation.defaults().withLearningRate(1e-3f)).withThreads(1);
    }

    /** The shared run's configuration: every picture trains, none is held out. */
    private static TrainingConfig sharedConfig() {
        return config(STEPS).withValidation(new TrainingConfig.Validation(0, 1));
    }

    /** Writes the training pictures, twelve flat colours drawn with a fixed seed, into {@code folder}. */
    public static Path data(Path folder) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 12; i++) {
            RgbImage flat = RgbImage.filled(24, 24, (float) random.nextDouble(), (float) random.nextDouble(),
                    (float) random.nextDouble());
            ImageFiles.write(flat, folder.resolve(String.format("flat%02d.png", i)), false);
        }
        return folder;
    }

    /** The folder of the shared run (its newest checkpoint is the trained one), trained on first use. */
    public static synchronized Path run() {
        if (trained == null) {
            try {
                Path root = Files.createTempDirectory("tiny-gan");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        AtomicFiles.deleteRecursively(root);
                    } catch (IOException e) {
                        // a temporary folder left behind
                    }
                }));
                GanTraining.builder().setDataFolder(data(root.resolve("data"))).setCheckpointFolder(root.resolve("run"))
                        .optConfig(sharedConfig()).build().run(CancellationToken.NONE);
                trained = root.resolve("run");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return trained;
    }
}
