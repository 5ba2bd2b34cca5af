package io.github.inpaint4j.gan;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.checkpoint.CheckpointException;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointFolder;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointLock;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.internal.data.BatchSampler;
import io.github.inpaint4j.gan.internal.data.ImageFolder;
import io.github.inpaint4j.gan.internal.FolderLayout;
import io.github.inpaint4j.gan.model.ModelDescription;
import io.github.inpaint4j.gan.internal.model.PatchDiscriminator;
import io.github.inpaint4j.gan.internal.model.UNetGenerator;
import io.github.inpaint4j.gan.train.MetricsLog;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingListener;
import io.github.inpaint4j.gan.train.TrainingLoop;
import io.github.inpaint4j.gan.train.TrainingMetrics;
import io.github.inpaint4j.gan.train.TrainingSession;
import io.github.inpaint4j.gan.train.ValidationScore;
import io.github.inpaint4j.gan.train.ValidationSet;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.masks.MaskGenerator;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a GAN inpainter on a folder of pictures: a {@link UNetGenerator} against a
 * {@link PatchDiscriminator} on the minimax log-loss (Goodfellow et al., NIPS 2014) plus λ·L1 on
 * the hole (Pathak et al., CVPR 2016), with separate Adam optimisers, as set out in
 * {@link TrainingConfig} and run by {@link TrainingLoop}.
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
 * <p>A run holds the checkpoint folder's {@link CheckpointLock} from start to end, so a second run
 * into it is refused at once; the next run after a crash deletes what the crashed one left
 * half-written ({@link CheckpointFolder#removeLeftovers}).
 *
 * <p>The same seed and thread count give the same losses. One training per JVM at a time (DJL's
 * PyTorch gradient collector is global to the process).
 */
public final class GanTraining {

    /** The metrics table written to the checkpoint folder. */
    public static final String METRICS_FILE = TrainingLoop.METRICS_FILE;
    /** The loss-curve picture written to the checkpoint folder. */
    public static final String PLOT_FILE = TrainingLoop.PLOT_FILE;

    private static final Logger LOG = LoggerFactory.getLogger(GanTraining.class);

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
        Optional<Path> latest = CheckpointFolder.latest(checkpointFolder);
        return latest.isEmpty() ? Optional.empty() : Optional.of(trainedWith(latest.get(),
                Checkpoint.readMetadata(latest.get())));
    }

    /** The training configuration a checkpoint records. */
    private static TrainingConfig trainedWith(Path checkpoint, CheckpointMetadata metadata) throws CheckpointException {
        try {
            return TrainingConfig.fromSettings(metadata.model(), metadata.training());
        } catch (IllegalArgumentException e) {
            throw new CheckpointException(checkpoint.resolve(Checkpoint.METADATA), "invalid training setting: "
                    + e.getMessage(), e);
        }
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
     *     its {@link CheckpointLock}, if it is a file, or if it lies inside the data or validation folder
     * @throws IllegalArgumentException if resuming with a configuration the checkpoint cannot continue
     * @throws IllegalStateException if a loss or a gradient stops being a finite number (training diverged;
     *     the message names the step and the last good checkpoint, or says there is none)
     * @throws InpaintingCancelledException after writing a checkpoint, if {@code cancel} was cancelled
     */
    public Result run(CancellationToken cancel) throws IOException {
        FolderLayout.requireOutside(checkpointFolder, dataFolder, "data");
        if (validationFolder != null) {
            FolderLayout.requireOutside(checkpointFolder, validationFolder, "validation");
        }
        if (resume && !Files.exists(checkpointFolder)) {
            throw new NoSuchFileException(checkpointFolder.toString(), null, "no checkpoint to resume: the folder "
                    + "does not exist");
        }
        CheckpointLock lock = CheckpointLock.acquire(checkpointFolder);
        try (lock) {
            return runLocked(cancel);
        }
    }

    /** {@link #run} while holding the checkpoint folder's lock. */
    private Result runLocked(CancellationToken cancel) throws IOException {
        CheckpointFolder.removeLeftovers(checkpointFolder);
        Optional<Path> latest = CheckpointFolder.latest(checkpointFolder);
        CheckpointMetadata resumed = null;
        if (latest.isPresent()) {
            resumed = Checkpoint.readMetadata(latest.get());
            if (!resume) {
                throw new FileAlreadyExistsException(checkpointFolder.toString(), null, "it already holds checkpoints "
                        + "up to step " + resumed.step() + "; resume, or choose an empty folder");
            }
            config.requireResumableFrom(trainedWith(latest.get(), resumed));
        } else if (resume) {
            throw new NoSuchFileException(checkpointFolder.toString(), null, "no checkpoint to resume: the folder "
                    + "holds no complete step-NNNNNNNN checkpoint (train without resume to start a new run)");
        }
        long start = resumed == null ? 0 : resumed.step();
        List<TrainingMetrics> rows = new ArrayList<>();
        for (TrainingMetrics row : MetricsLog.read(checkpointFolder.resolve(METRICS_FILE))) {
            if (row.step() <= start) {
                rows.add(row);
            }
        }
        int steps = config.schedule().steps();
        if (start >= steps) {
            LOG.info("{} is already at step {} of {}: nothing to do", latest.orElseThrow(), start, steps);
            return new Result(latest.orElseThrow(), start, rows);
        }
        ImageFolder.Split split = pictures();
        int side = config.model().cropSize();
        TrainingConfig.Data data = config.data();
        BatchSampler sampler = new BatchSampler(split.training(), side, data.batchSize(), config.seed(), masks,
                data.guideProbability(), data.greyProbability());
        ValidationSet validation = ValidationSet.of(split.validation(), side,
                config.validation().validationCrops(), config.seed(), masks);
        ValidationScore baselineScore = baseline == null ? ValidationScore.NONE : validation.score(baseline);
        if (baselineScore.isPresent()) {
            LOG.info("baseline {} on the held-out crops: hole PSNR {} dB, texture fidelity {}",
                    baseline.getClass().getSimpleName(),
                    String.format(Locale.ROOT, "%.2f", baselineScore.holePsnr()),
                    String.format(Locale.ROOT, "%.3f", baselineScore.textureFidelity()));
        }
        LOG.info("training on {} pictures, validating on {} crops of {} held-out pictures, steps {} to {}",
                split.training().size(), validation.inputs().size(), split.validation().size(), start + 1, steps);
        try (TrainingSession session = open(resumed, latest.orElse(null), start)) {
            TrainingLoop loop = new TrainingLoop(config, session, sampler, validation, baselineScore, checkpointFolder,
                    listener, rows, start, latest.orElse(null));
            loop.run(cancel);
            return new Result(loop.lastCheckpoint(), loop.step(), loop.metrics());
        }
    }

    /** Fresh networks, the initial weights to fine-tune, or the checkpoint to resume. */
    private TrainingSession open(CheckpointMetadata resumed, Path latest, long start) throws IOException {
        if (resumed != null) {
            LOG.info("resuming from {}", latest);
            return TrainingSession.resume(config, latest, start);
        }
        if (initialWeights != null) {
            ModelDescription initial = Checkpoint.readMetadata(initialWeights).model();
            ModelDescription wanted = config.model();
            if (!initial.generator().equals(wanted.generator())
                    || !initial.discriminator().equals(wanted.discriminator())) {
                throw new IllegalArgumentException("cannot fine-tune " + initialWeights.describe() + ": it has the "
                        + "generator " + initial.generator() + " and discriminator " + initial.discriminator()
                        + ", the configuration asks for " + wanted.generator() + " and " + wanted.discriminator());
            }
            LOG.info("fine-tuning the weights of {}", initialWeights.describe());
            return TrainingSession.fineTune(config, initialWeights);
        }
        return TrainingSession.create(config);
    }

    /** The training pictures and the held-out ones: a separate folder's, or a share of the data folder's. */
    private ImageFolder.Split pictures() throws IOException {
        int side = config.model().cropSize();
        ImageFolder data = ImageFolder.load(dataFolder, side, readOptions);
        if (validationFolder == null) {
            return data.split(config.validation().validationFraction(), config.seed());
        }
        return new ImageFolder.Split(data.pictures(), ImageFolder.load(validationFolder, side, readOptions).pictures());
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
         * starts afresh at step 0. The configuration's generator and discriminator must be the
         * ones the weights were trained with ({@link #run} says which otherwise). Ignored when
         * resuming a run that already has a checkpoint.
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
