package io.github.inpaint4j.gan;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.internal.train.TrainingRun;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingListener;
import io.github.inpaint4j.gan.train.TrainingMetrics;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.masks.MaskGenerator;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Trains a GAN inpainter on a folder of pictures: a U-Net generator against a PatchGAN
 * discriminator on the minimax log-loss (Goodfellow et al., NIPS 2014) plus λ·L1 on
 * the hole (Pathak et al., CVPR 2016), with separate Adam optimisers, as set out in
 * {@link TrainingConfig}.
 *
 * <pre>{@code
 * GanTraining.Result r = GanTraining.builder()
 *         .setDataFolder(Path.of("pictures"))
 *         .setCheckpointFolder(Path.of("run"))
 *         .optConfig(TrainingConfig.defaults().withSteps(2000))
 *         .build()
 *         .run(CancellationToken.NONE);
 * try (GanInpainter gan = GanInpainter.load(r.lastCheckpoint())) { ... }
 * }</pre>
 *
 * <p>The checkpoint folder receives a {@code step-NNNNNNNN} checkpoint every
 * {@code checkpointEvery} steps and at the end (the newest {@code keep} are kept), the metrics as
 * {@code metrics.csv} and {@code loss-curve.png}. With {@code resume} the newest checkpoint's
 * weights, Adam moments and step are restored and the run continues to {@code steps}; as the
 * batch of every step depends only on the seed and the step, the resumed run computes exactly the
 * losses an uninterrupted one would have. When {@code cancel} is cancelled (e.g. by a Ctrl-C hook)
 * the current step finishes, a checkpoint is written and {@link InpaintingCancelledException} is
 * thrown.
 *
 * <p>A run holds a lock on the checkpoint folder ({@code train.lock}) from start to end, so a second run
 * into it is refused at once; the next run after a crash deletes what the crashed one left
 * half-written.
 *
 * <p>The same seed and thread count give the same losses. One training per JVM at a time (DJL's
 * PyTorch gradient collector is global to the process).
 */
public final class GanTraining {

    /** The metrics table written to the checkpoint folder. */
    public static final String METRICS_FILE = TrainingRun.METRICS_FILE;
    /** The loss-curve picture written to the checkpoint folder. */
    public static final String PLOT_FILE = TrainingRun.PLOT_FILE;

    private final Path dataFolder;
    private final Path checkpointFolder;
    private final Path validationFolder;
    private final TrainingConfig config;
    private final boolean resume;
    private final TrainingListener listener;
    private final MaskGenerator masks;
    private final Inpainter baseline;
    private final CheckpointSource initialWeights;
    private final ReadOptions readOptions;

    private GanTraining(Builder b) {
        this.dataFolder = b.dataFolder;
        this.checkpointFolder = b.checkpointFolder;
        this.validationFolder = b.validationFolder;
        this.config = b.config;
        this.resume = b.resume;
        this.listener = b.listener;
        this.masks = b.masks != null ? b.masks : b.config.data().masks().generator();
        this.baseline = b.baseline;
        this.initialWeights = b.initialWeights;
        this.readOptions = b.readOptions;
    }

    /** A builder; the data and checkpoint folders are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The configuration stored in the newest checkpoint under {@code checkpointFolder}, to resume
     * with (change only its run-control settings, e.g. with {@link TrainingConfig#withSteps}): its
     * model and training settings, each setting it lacks at its default, and this machine's
     * default thread count.
     *
     * @throws io.github.inpaint4j.gan.checkpoint.CheckpointException if a stored setting is not valid
     */
    public static Optional<TrainingConfig> storedConfig(Path checkpointFolder) throws IOException {
        return TrainingRun.storedConfig(checkpointFolder);
    }

    /**
     * The outcome of a run.
     *
     * @param lastCheckpoint the newest checkpoint folder
     * @param step the step reached
     * @param metrics every row of metrics of the run, including those before a resume
     */
    public record Result(Path lastCheckpoint, long step, List<TrainingMetrics> metrics) {
        /** Copies the metrics. */
        public Result {
            metrics = List.copyOf(metrics);
        }
    }

    /**
     * Trains up to {@code config.schedule().steps()}.
     *
     * @throws java.nio.file.NoSuchFileException if the data folder does not exist
     * @throws IOException if the data folder has no usable picture, or a checkpoint cannot be written
     *     or read
     * @throws FileAlreadyExistsException if the checkpoint folder already holds checkpoints and
     *     {@code resume} is off
     * @throws NoSuchFileException if {@code resume} is on and the checkpoint folder holds no
     *     complete checkpoint
     * @throws java.nio.file.FileSystemException naming the checkpoint folder if another run holds
     *     its lock, if it is a file, or if it lies inside the data or validation folder
     * @throws IllegalArgumentException if resuming with a configuration the checkpoint cannot continue
     * @throws IllegalStateException if a loss or a gradient stops being a finite number (training diverged;
     *     the message names the step and the last good checkpoint, or says there is none)
     * @throws InpaintingCancelledException after writing a checkpoint, if {@code cancel} was cancelled
     */
    public Result run(CancellationToken cancel) throws IOException {
        return TrainingRun.run(new Request(dataFolder, checkpointFolder, validationFolder, config, resume, listener, masks,
                baseline, initialWeights, readOptions), cancel);
    }

    /** This training's settings, as its run reads them. */
    private record Request(Path dataFolder, Path checkpointFolder, Path validationFolder, TrainingConfig config,
            boolean resume, TrainingListener listener, MaskGenerator masks, Inpainter baseline,
            CheckpointSource initialWeights, ReadOptions readOptions) implements TrainingRun.Request {
    }

    /** Builds a {@link GanTraining}: {@code set…} options are required, {@code opt…} ones optional. */
    public static final class Builder {
        private Path dataFolder;
        private Path checkpointFolder;
        private Path validationFolder;
        private TrainingConfig config = TrainingConfig.defaults();
        private boolean resume;
        private TrainingListener listener = TrainingListener.NONE;
        private MaskGenerator masks;
        private Inpainter baseline;
        private CheckpointSource initialWeights;
        private ReadOptions readOptions = ReadOptions.defaults();

        private Builder() {
        }

        /** The folder of training pictures (PNG, JPEG, BMP, GIF and TIFF, searched recursively). */
        public Builder setDataFolder(Path dataFolder) {
            this.dataFolder = dataFolder;
            return this;
        }

        /** The folder checkpoints and metrics are written to (created if needed). */
        public Builder setCheckpointFolder(Path checkpointFolder) {
            this.checkpointFolder = checkpointFolder;
            return this;
        }

        /**
         * A folder of held-out pictures to validate on (default none: a share of the data folder,
         * {@link TrainingConfig.Validation#validationFraction()}, is held out instead). With it the whole data
         * folder is trained on.
         */
        public Builder optValidationFolder(Path validationFolder) {
            this.validationFolder = validationFolder;
            return this;
        }

        /** The run's configuration (default {@link TrainingConfig#defaults()}). */
        public Builder optConfig(TrainingConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** Continue from the newest checkpoint of the checkpoint folder, which must hold one (default false). */
        public Builder optResume(boolean resume) {
            this.resume = resume;
            return this;
        }

        /** Receives steps, metrics and checkpoints (default none). */
        public Builder optListener(TrainingListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Training holes of your own instead of the configuration's mix
         * ({@link TrainingConfig.Data#masks()}, which a checkpoint records); a resumed run must be given
         * the same generator again for its batches to repeat.
         */
        public Builder optMasks(MaskGenerator masks) {
            this.masks = Objects.requireNonNull(masks, "masks");
            return this;
        }

        /**
         * A method to score beside the generator on exactly the validation crops and holes (e.g.
         * {@code new TeleaInpainter()}): its hole PSNR and texture fidelity join every validation
         * row of {@code metrics.csv} and the loss-curve plot (default none).
         */
        public Builder optBaseline(Inpainter baseline) {
            this.baseline = Objects.requireNonNull(baseline, "baseline");
            return this;
        }

        /**
         * Start from these weights rather than random ones, to fine-tune them on the data folder
         * (e.g. {@link CheckpointSource#defaultModel()}): both networks' weights are loaded, Adam
         * starts afresh at step 0. The configuration's generator and crop size must be the ones the
         * weights were trained with ({@link #run} says which otherwise); a discriminator of another
         * shape (with the mask plane, say) starts from fresh weights. Ignored when resuming a run
         * that already has a checkpoint.
         */
        public Builder optInitialWeights(CheckpointSource initialWeights) {
            this.initialWeights = Objects.requireNonNull(initialWeights, "initialWeights");
            return this;
        }

        /** How the pictures are read: their pixel limit, orientation, warnings (default {@link ReadOptions#defaults()}). */
        public Builder optReadOptions(ReadOptions readOptions) {
            this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
            return this;
        }

        /** @throws IllegalArgumentException if a required folder is missing */
        public GanTraining build() {
            if (dataFolder == null) {
                throw new IllegalArgumentException("the data folder is required (setDataFolder)");
            }
            if (checkpointFolder == null) {
                throw new IllegalArgumentException("the checkpoint folder is required (setCheckpointFolder)");
            }
            return new GanTraining(this);
        }
    }
}
