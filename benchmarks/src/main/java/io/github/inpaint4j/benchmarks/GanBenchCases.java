package io.github.inpaint4j.benchmarks;

import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.GanInpainter;
import io.github.inpaint4j.gan.checkpoint.CheckpointFolder;
import io.github.inpaint4j.gan.data.BatchSampler;
import io.github.inpaint4j.gan.data.Picture;
import io.github.inpaint4j.gan.train.StepLosses;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingSession;
import io.github.inpaint4j.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The GAN's cases of the speed harness: training throughput of the default networks (fresh
 * weights: the work of a step does not depend on their values) and the inference time of the
 * shipped default model ({@link GanInpainter#loadDefault}) on case A, on the 2048×2048 picture
 * with a 512×512 hole, which it fills coarse to fine (docs/training.md), and on the 12-megapixel
 * photo with the ladybird hole (281,078 pixels) and the 1100×1000 one.
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
     * {@code gan/train-64}: {@value #STEPS_PER_RUN} training steps (D and G updates) on 64×64 crops
     * of case A's picture, batch 16, default networks; the rate is in crops per second.
     */
    static BenchCase training() {
        return new BenchCase() {
            @Override
            public String name() {
                return "gan/train-64";
            }

            @Override
            public String description() {
                return STEPS_PER_RUN + " GAN training steps, 64×64 crops, batch 16, default networks (rate: crops/s)";
            }

            @Override
            public boolean multithreaded() {
                return true;
            }

            @Override
            public Trial prepare(Path samples, int threads) throws IOException {
                TrainingConfig config = TrainingConfig.defaults().withThreads(threads);
                RgbImage picture = BenchInputs.caseA(samples).picture();
                TrainingConfig.Data data = config.data();
                BatchSampler sampler = new BatchSampler(List.of(Picture.of(samples, picture)),
                        config.model().cropSize(), data.batchSize(), config.seed(), data.masks().generator(),
                        data.guideProbability(), data.greyProbability());
                TrainingSession session = TrainingSession.create(config);
                return new Trial() {
                    private long step;

                    @Override
                    public String run() {
                        StepLosses last = null;
                        for (int i = 0; i < STEPS_PER_RUN; i++) {
                            step++;
                            last = session.step(sampler.batch(step), step);
                        }
                        return String.format(Locale.ROOT, "step %d: D %.3f, G adversarial %.3f, G L1 %.2f", step,
                                last.discriminator(), last.generatorAdversarial(), last.generatorL1());
                    }

                    @Override
                    public double operations() {
                        return STEPS_PER_RUN * (double) config.data().batchSize();
                    }

                    @Override
                    public void close() {
                        session.close();
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

    /** Writes the freshly initialised networks of {@code config} as a step-0 checkpoint in a temporary folder. */
    static Path freshCheckpoint(TrainingConfig config) throws IOException {
        Path root = Files.createTempDirectory("inpaint-bench-gan");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                AtomicFiles.deleteRecursively(root);
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }));
        Path checkpoint = root.resolve(CheckpointFolder.folderName(0));
        try (TrainingSession session = TrainingSession.create(config)) {
            session.save(checkpoint, session.metadata(0, null));
        }
        return checkpoint;
    }
}
