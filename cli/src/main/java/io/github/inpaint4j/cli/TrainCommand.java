package io.github.inpaint4j.cli;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.gan.GanTraining;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.data.MaskMix;
import io.github.inpaint4j.gan.loss.DiscriminatorTarget;
import io.github.inpaint4j.gan.loss.GeneratorLossForm;
import io.github.inpaint4j.gan.model.Bottleneck;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import io.github.inpaint4j.gan.model.GeneratorConfig;
import io.github.inpaint4j.gan.model.ModelDescription;
import io.github.inpaint4j.gan.train.Augmentation;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingListener;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.texture.TeleaInpainter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code inpaint train}: trains the GAN on a folder of pictures, writing checkpoints, metrics and
 * the loss curve to the checkpoint folder. Ctrl-C finishes the current step, writes a checkpoint
 * and stops; {@code --resume} continues from the newest checkpoint.
 */
@Command(name = "train", sortOptions = false, usageHelpAutoWidth = true,
        description = "Train the GAN inpainter on a folder of pictures (PNG, JPEG, BMP, GIF, TIFF; searched recursively).")
final class TrainCommand implements Callable<Integer> {

    /** How long Ctrl-C waits for the current step and the checkpoint before the JVM exits anyway. */
    private static final long SHUTDOWN_WAIT_SECONDS = 120;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "folder of training pictures")
    Path data;

    @Option(names = "--checkpoint", required = true, paramLabel = "DIR",
            description = "folder for checkpoints (step-NNNNNNNN), metrics.csv and loss-curve.png; created if needed")
    Path checkpoint;

    @Option(names = "--resume",
            description = "continue from the newest checkpoint in --checkpoint (an error if there is none)")
    boolean resume;

    @Option(names = "--validation", paramLabel = "DIR",
            description = "folder of held-out pictures to validate on (default: hold out a share of --data)")
    Path validation;

    @Option(names = "--init", paramLabel = "default|DIR",
            description = "start from these weights and fine-tune them: 'default' (the model shipped with inpaint4j)"
                    + " or a checkpoint folder; the networks' shape options then default to the weights' own")
    String init;

    @Mixin
    TrainOptions options;

    @Mixin
    SeedOption seed;

    @Mixin
    ProgressOption progress;

    @Mixin
    PictureReadOptions reading;

    @Override
    public Integer call() throws IOException {
        TrainingConfig config = config();
        ReadOptions read = reading.readOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CancellationToken cancel = CancellationToken.create();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> stopAndWait(cancel, finished), "inpaint-train-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (ProgressBar bar = progress.open(spec, "train")) {
            GanTraining.Builder training = GanTraining.builder();
            initialWeights().ifPresent(training::optInitialWeights);
            GanTraining.Result result = training
                    .setDataFolder(data)
                    .setCheckpointFolder(checkpoint)
                    .optValidationFolder(validation)
                    .optConfig(config)
                    .optResume(resume)
                    .optListener(progress(bar))
                    .optBaseline(new TeleaInpainter())
                    .optReadOptions(read)
                    .build()
                    .run(cancel);
            out.printf("%s: trained to step %d; checkpoint %s; metrics in %s%n", checkpoint, result.step(),
                    result.lastCheckpoint(), checkpoint.resolve(GanTraining.METRICS_FILE));
            ProcessMemory.describePeak().ifPresent(out::println);
            return 0;
        } catch (InpaintingCancelledException e) {
            err.println("inpaint: " + e.getMessage());
            return InpaintCommand.FAILURE;
        } finally {
            out.flush();
            err.flush();
            finished.countDown();
            removeHook(hook);
        }
    }

    /**
     * The configuration: the stored one when resuming (with the options given here applied), else
     * the options over the defaults, whose networks and crop size are those of {@code --init}'s
     * weights when given.
     */
    private TrainingConfig config() throws IOException {
        Optional<TrainingConfig> stored = resume ? GanTraining.storedConfig(checkpoint) : Optional.empty();
        if (stored.isEmpty() && initialWeights().isPresent()) {
            stored = Optional.of(TrainingConfig.defaults()
                    .withModel(initialWeights().get().metadata().model()));
        }
        try {
            if (options.threads != null) {
                Threads.require("--threads", options.threads);
            }
            return options.applyTo(stored.orElseGet(TrainingConfig::defaults), seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** The weights of {@code --init}, if given. */
    private Optional<CheckpointSource> initialWeights() throws IOException {
        if (init == null) {
            return Optional.empty();
        }
        if (init.equals("default")) {
            return Optional.of(CheckpointSource.defaultModel());
        }
        return Optional.of(CheckpointSource.find(Path.of(init)));
    }

    /** Steps on the progress bar; metrics and checkpoints are logged by the library. */
    private static TrainingListener progress(ProgressBar bar) {
        return new TrainingListener() {
            @Override
            public void onStep(long step, long totalSteps) {
                if (bar != null) {
                    bar.onProgress(step / (double) totalSteps);
                }
            }
        };
    }

    /** Ctrl-C: ask the loop to stop after its step, and give it time to write the checkpoint. */
    private static void stopAndWait(CancellationToken cancel, CountDownLatch finished) {
        cancel.cancel();
        try {
            finished.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook is running and returns once we are done
        }
    }

    /** The hyper-parameters of {@code inpaint train}; each is {@code null} unless given. */
    static final class TrainOptions {

        @Option(names = "--size", paramLabel = "PX", description = "side of the square training crops (default 64)")
        Integer size;

        @Option(names = "--batch", paramLabel = "N", description = "crops per step (default 16)")
        Integer batch;

        @Option(names = "--steps", paramLabel = "N", description = "total steps to reach (default 2000)")
        Integer steps;

        @Option(names = "--threads", paramLabel = "N",
                description = "PyTorch threads (default: half the cores; more than the free cores makes it far slower)")
        Integer threads;

        @Option(names = "--checkpoint-every", paramLabel = "N", description = "steps between checkpoints (default 500)")
        Integer checkpointEvery;

        @Option(names = "--keep", paramLabel = "K", description = "checkpoints kept, the newest (default 3)")
        Integer keep;

        @Option(names = "--log-every", paramLabel = "N", description = "steps between metric lines (default 50)")
        Integer logEvery;

        @Option(names = "--lr", paramLabel = "RATE", description = "Adam learning rate of both networks (default 2e-4)")
        Float learningRate;

        @Option(names = "--l1-weight", paramLabel = "LAMBDA", description = "weight of the hole L1 loss (default 5)")
        Float l1Weight;

        @Option(names = "--generator-loss", paramLabel = "FORM",
                description = "non_saturating (default, −log D(G(z))) or saturating (log(1 − D(G(z))))")
        String generatorLoss;

        @Option(names = "--width", paramLabel = "N", description = "generator channels at full resolution (default 16)")
        Integer width;

        @Option(names = "--depth", paramLabel = "N", description = "generator down-samplings (default 3)")
        Integer depth;

        @Option(names = "--gated", description = "gated convolutions in the generator (DeepFill v2)")
        Boolean gated;

        @Option(names = "--bottleneck", paramLabel = "KIND",
                description = "generator bottleneck: dilated, residual (dilated residual blocks, the default) or fourier"
                        + " (fast Fourier convolution blocks)")
        String bottleneck;

        @Option(names = "--blocks", paramLabel = "N", description = "residual or Fourier bottleneck blocks (default 4)")
        Integer blocks;

        @Option(names = "--masks", paramLabel = "MIX",
                description = "training holes as kind=weight pairs over rectangles, strokes, wide, scratches, text"
                        + " (default rectangles=0.2,strokes=0.25,wide=0.3,scratches=0.15,text=0.1)")
        String masks;

        @Option(names = "--guide-probability", paramLabel = "P",
                description = "share of crops whose hole is seeded with a coarse guess, which teaches the refining step"
                        + " of multi-scale filling (default 0.25)")
        Double guideProbability;

        @Option(names = "--d-width", paramLabel = "N",
                description = "discriminator channels of its first layer (default 32)")
        Integer discriminatorWidth;

        @Option(names = "--d-layers", paramLabel = "N", description = "discriminator stride-2 layers (default 3)")
        Integer discriminatorLayers;

        @Option(names = "--d-mask-channel", description = "show the discriminator the hole mask as a fourth plane")
        Boolean discriminatorMask;

        @Option(names = "--grey-probability", paramLabel = "P",
                description = "share of training crops turned grey, so that grey pictures stay grey (default 0)")
        Double greyProbability;

        @Option(names = "--ema-decay", paramLabel = "D",
                description = "decay of the generator's weight average that checkpoints ship (default 0: none)")
        Float emaDecay;

        @Option(names = "--known-l1-weight", paramLabel = "W",
                description = "weight of the L1 loss on the generator's known pixels (default 0)")
        Float knownL1Weight;

        @Option(names = "--discriminator-target", paramLabel = "TARGET",
                description = "which logits of a fake D calls fake: all (default) or hole (known pixels count as real)")
        String discriminatorTarget;

        @Option(names = "--feature-matching-weight", paramLabel = "W",
                description = "weight of feature matching on D's features (default 0)")
        Float featureMatchingWeight;

        @Option(names = "--perceptual-weight", paramLabel = "W",
                description = "weight of the perceptual loss of a fixed random network (default 0)")
        Float perceptualWeight;

        @Option(names = "--r1-weight", paramLabel = "GAMMA", description = "R1 penalty on real crops (default 0)")
        Float r1Weight;

        @Option(names = "--r1-every", paramLabel = "K", description = "steps between R1 penalties (default 16)")
        Integer r1Every;

        @Option(names = "--augmentation", paramLabel = "KINDS",
                description = "DiffAugment of what D sees: none (default) or a list of colour, translation, cutout")
        String augmentation;

        @Option(names = "--validation-fraction", paramLabel = "F",
                description = "share of --data held out when there is no --validation folder (default 0.1)")
        Double validationFraction;

        @Option(names = "--validation-crops", paramLabel = "N", description = "crops per held-out picture (default 4)")
        Integer validationCrops;

        /**
         * {@code base} with the options given (and {@code --seed}) in its place; the fields are
         * validated together, so options that only fit each other (a larger crop for more
         * discriminator layers) can be given in one go.
         */
        TrainingConfig applyTo(TrainingConfig base, SeedOption seed) {
            ModelDescription m = base.model();
            GeneratorConfig g = m.generator();
            DiscriminatorConfig d = m.discriminator();
            ModelDescription model = new ModelDescription(or(size, m.cropSize()),
                    g.withWidth(or(width, g.width())).withDepth(or(depth, g.depth())).withGated(or(gated, g.gated()))
                            .withBottleneck(bottleneck == null ? g.bottleneck() : parseBottleneck(bottleneck),
                                    or(blocks, g.blocks())),
                    d.withWidth(or(discriminatorWidth, d.width())).withLayers(or(discriminatorLayers, d.layers()))
                            .withMaskChannel(or(discriminatorMask, d.maskChannel())));
            TrainingConfig.Data data = base.data();
            TrainingConfig.Optimisation o = base.optimisation();
            TrainingConfig.Losses l = base.losses();
            TrainingConfig.Regularisation r = base.regularisation();
            TrainingConfig.Schedule s = base.schedule();
            TrainingConfig.Validation v = base.validation();
            return base.withModel(model)
                    .withData(new TrainingConfig.Data(or(batch, data.batchSize()),
                            masks == null ? data.masks() : MaskMix.parse(masks),
                            or(guideProbability, data.guideProbability()), or(greyProbability, data.greyProbability())))
                    .withOptimisation(new TrainingConfig.Optimisation(or(learningRate, o.learningRate()), o.beta1(),
                            o.beta2(), or(emaDecay, o.emaDecay())))
                    .withLosses(new TrainingConfig.Losses(
                            generatorLoss == null ? l.generatorLoss() : parseLossForm(generatorLoss),
                            or(l1Weight, l.l1Weight()), or(knownL1Weight, l.knownL1Weight()),
                            discriminatorTarget == null ? l.discriminatorTarget() : parseTarget(discriminatorTarget),
                            or(featureMatchingWeight, l.featureMatchingWeight()),
                            or(perceptualWeight, l.perceptualWeight())))
                    .withRegularisation(new TrainingConfig.Regularisation(or(r1Weight, r.r1Weight()),
                            or(r1Every, r.r1Every()),
                            augmentation == null ? r.augmentation() : Augmentation.parse(augmentation)))
                    .withSchedule(new TrainingConfig.Schedule(or(steps, s.steps()), or(logEvery, s.logEvery()),
                            or(checkpointEvery, s.checkpointEvery()), or(keep, s.keep())))
                    .withValidation(new TrainingConfig.Validation(or(validationFraction, v.validationFraction()),
                            or(validationCrops, v.validationCrops())))
                    .withSeed(seed.or(base.seed()))
                    .withThreads(or(threads, base.threads()));
        }

        private static DiscriminatorTarget parseTarget(String text) {
            try {
                return DiscriminatorTarget.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--discriminator-target must be all or hole, got '" + text + "'", e);
            }
        }

        /** The option's value, or {@code fallback} when it was not given. */
        private static <T> T or(T given, T fallback) {
            return given == null ? fallback : given;
        }

        private static Bottleneck parseBottleneck(String text) {
            try {
                return Bottleneck.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--bottleneck must be dilated, residual or fourier, got '" + text
                        + "'", e);
            }
        }

        private static GeneratorLossForm parseLossForm(String text) {
            try {
                return GeneratorLossForm.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--generator-loss must be non_saturating or saturating, got '"
                        + text + "'", e);
            }
        }
    }
}
