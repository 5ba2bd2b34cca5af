package io.github.inpaint4j.cli;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.gan.GanTraining;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingListener;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.texture.TeleaInpainter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inpaint train}: trains the GAN on a folder of pictures, writing checkpoints, metrics and
 * the loss curve to the checkpoint folder. Ctrl-C finishes the current step, writes a checkpoint
 * and stops; {@code --resume} continues from the newest checkpoint. Its training options are the
 * settings of {@link TrainingConfig#SETTINGS}, built from their declarations.
 */
@Command(name = "train", sortOptions = false, usageHelpAutoWidth = true, modelTransformer = TrainCommand.Options.class,
        description = "Train the GAN inpainter on a folder of pictures (PNG, JPEG, BMP, GIF, TIFF; searched recursively).")
final class TrainCommand implements Callable<Integer> {

    /** Adds an option per training setting, after the folders. */
    static final class Options implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            return SettingOptions.addAll(command, TrainingConfig.SETTINGS);
        }
    }

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
     * weights when given. The options are applied together, so options that only fit each other
     * (a larger crop for more discriminator layers) can be given in one go.
     */
    private TrainingConfig config() throws IOException {
        SettingValues given = SettingOptions.given(spec, TrainingConfig.SETTINGS);
        Optional<TrainingConfig> stored = resume ? GanTraining.storedConfig(checkpoint) : Optional.empty();
        if (stored.isEmpty() && initialWeights().isPresent()) {
            stored = Optional.of(TrainingConfig.defaults()
                    .withModel(initialWeights().get().metadata().model()));
        }
        try {
            return stored.orElseGet(TrainingConfig::defaults).with(given);
        } catch (SettingException e) {
            throw SettingOptions.usage(spec, e);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
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
}
