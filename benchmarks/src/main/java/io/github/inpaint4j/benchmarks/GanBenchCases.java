package io.github.inpaint4j.benchmarks;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.gan.GanInpainter;
import io.github.inpaint4j.gan.GanTraining;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingMetrics;
import io.github.inpaint4j.io.AtomicFiles;
import io.github.inpaint4j.io.ImageFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The GAN's cases of the speed harness, through the library's public API: training throughput of
 * the default networks ({@link GanTraining}: fresh weights, as the work of a step does not depend
 * on their values) and the inference time of the shipped default model
 * ({@link GanInpainter#loadDefault}) on case A, on the 2048×2048 picture with a 512×512 hole,
 * which it fills coarse to fine (docs/training.md), and on the 12-megapixel photo with the ladybird
 * hole (281,078 pixels) and the 1100×1000 one.
 */
final class GanBenchCases {

    /** Training steps per timed run. */
    static final int STEPS_PER_RUN = 10;

    private GanBenchCases() {
    }

    /** The cases, in the order the table lists them. */
    static List<BenchCase> all() {
        return List.of(training(),
                BenchCases.inpainting("A/gan", "GAN, the default model, case A (256×256, 64×64 hole)", true,
                        BenchCases.Reference.CASE_A, GanBenchCases::defaultInpainter),
                BenchCases.inpainting("2048/gan", "GAN, the default model, 2048×2048 with a 512×512 hole", true,
                        BenchCases.Reference.LARGE, GanBenchCases::defaultInpainter),
                BenchCases.inpainting("4000x3000-281k/gan", "GAN, the default model, 4000×3000 photo with a"
                        + " ladybird-shaped hole of 281,078 pixels (2.3 %)", true, BenchCases.Reference.PHOTO_HOLE_281K,
                        GanBenchCases::defaultInpainter),
                BenchCases.inpainting("4000x3000-1.1M/gan", "GAN, the default model, 4000×3000 photo with a"
                        + " 1100×1000 hole", true, BenchCases.Reference.PHOTO_HOLE_1100K,
                        GanBenchCases::defaultInpainter));
    }

    /**
     * {@code gan/train-64}: a training run of {@value #STEPS_PER_RUN} steps (D and G updates) on
     * 64×64 crops of case A's picture, batch 16, default networks, from fresh weights to its one
     * checkpoint; the rate is in crops per second of the whole run (setting up the networks and
     * writing the checkpoint included), the note gives the run's own rate over its steps alone.
     */
    static BenchCase training() {
        return new BenchCase() {
            @Override
            public String name() {
                return "gan/train-64";
            }

            @Override
            public String description() {
                return STEPS_PER_RUN + "-step GAN training runs, 64×64 crops, batch 16, default networks (rate: crops/s)";
            }

            @Override
            public boolean multithreaded() {
                return true;
            }

            @Override
            public Trial prepare(Path samples, int threads) throws IOException {
                TrainingConfig d = TrainingConfig.defaults();
                TrainingConfig config = d.withThreads(threads)
                        .withSchedule(d.schedule().withSteps(STEPS_PER_RUN).withLogEvery(STEPS_PER_RUN)
                                .withCheckpointEvery(STEPS_PER_RUN).withKeep(1))
                        .withValidation(new TrainingConfig.Validation(0, d.validation().validationCrops()));
                Path root = Files.createTempDirectory("inpaint-bench-gan");
                Path data = Files.createDirectories(root.resolve("data"));
                ImageFiles.write(BenchInputs.caseA(samples).picture(), data.resolve(BenchInputs.CASE_A_PICTURE), false);
                return new Trial() {
                    private int runs;

                    @Override
                    public String run() {
                        try {
                            GanTraining.Result r = GanTraining.builder().setDataFolder(data)
                                    .setCheckpointFolder(root.resolve("run-" + ++runs)).optConfig(config).build()
                                    .run(CancellationToken.NONE);
                            TrainingMetrics last = r.metrics().get(r.metrics().size() - 1);
                            return String.format(Locale.ROOT, "step %d: D %.3f, G adversarial %.3f, G L1 %.2f;"
                                    + " %.0f crops/s in the steps", r.step(), last.discriminatorLoss(),
                                    last.generatorAdversarialLoss(), last.generatorL1Loss(), last.imagesPerSecond());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public double operations() {
                        return STEPS_PER_RUN * (double) config.data().batchSize();
                    }

                    @Override
                    public void close() {
                        try {
                            AtomicFiles.deleteRecursively(root);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
            }
        };
    }

    /** The default model, PyTorch on {@code threads} threads. */
    static GanInpainter defaultInpainter(int threads) {
        try {
            return GanInpainter.loadDefault(threads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
