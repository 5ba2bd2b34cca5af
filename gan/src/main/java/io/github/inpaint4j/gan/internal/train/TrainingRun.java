package io.github.inpaint4j.gan.internal.train;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.gan.GanTraining;
import io.github.inpaint4j.gan.checkpoint.CheckpointException;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.internal.FolderLayout;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointFolder;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointLock;
import io.github.inpaint4j.gan.internal.data.BatchSampler;
import io.github.inpaint4j.gan.internal.data.ImageFolder;
import io.github.inpaint4j.gan.model.ModelDescription;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingListener;
import io.github.inpaint4j.gan.train.TrainingMetrics;
import io.github.inpaint4j.gan.train.ValidationScore;
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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One training run as {@link GanTraining} starts it: the folders checked, the checkpoint folder
 * locked, the leftovers of a crashed run removed, a resume checked against the newest checkpoint,
 * the pictures split, the networks made (fresh, fine-tuned or resumed), and the {@link TrainingLoop}
 * run.
 */
public final class TrainingRun {

    /** The metrics table written to the checkpoint folder. */
    public static final String METRICS_FILE = TrainingLoop.METRICS_FILE;
    /** The loss-curve picture written to the checkpoint folder. */
    public static final String PLOT_FILE = TrainingLoop.PLOT_FILE;

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    /** What a run is asked to do: {@link GanTraining}'s settings ({@code null} where none is given). */
    public interface Request {
        /** The folder of training pictures. */
        Path dataFolder();

        /** The folder of checkpoints and metrics. */
        Path checkpointFolder();

        /** A folder of held-out pictures, or {@code null} for a share of the data folder's. */
        Path validationFolder();

        /** The run's configuration. */
        TrainingConfig config();

        /** Whether to continue from the newest checkpoint. */
        boolean resume();

        /** Told of steps, metrics and checkpoints. */
        TrainingListener listener();

        /** The training holes. */
        MaskGenerator masks();

        /** A method scored beside the generator, or {@code null}. */
        Inpainter baseline();

        /** Weights to fine-tune, or {@code null} for fresh ones. */
        CheckpointSource initialWeights();

        /** How the pictures are read. */
        ReadOptions readOptions();
    }

    private final Request request;
    private final TrainingConfig config;

    private TrainingRun(Request request) {
        this.request = request;
        this.config = request.config();
    }

    /** Runs {@code request}; see {@link GanTraining#run} for what it does and throws. */
    public static GanTraining.Result run(Request request, CancellationToken cancel) throws IOException {
        Path checkpointFolder = request.checkpointFolder();
        FolderLayout.requireOutside(checkpointFolder, request.dataFolder(), "data");
        if (request.validationFolder() != null) {
            FolderLayout.requireOutside(checkpointFolder, request.validationFolder(), "validation");
        }
        if (request.resume() && !Files.exists(checkpointFolder)) {
            throw new NoSuchFileException(checkpointFolder.toString(), null, "no checkpoint to resume: the folder "
                    + "does not exist");
        }
        CheckpointLock lock = CheckpointLock.acquire(checkpointFolder);
        try (lock) {
            return new TrainingRun(request).runLocked(cancel);
        }
    }

    /** The configuration stored in the newest checkpoint under {@code checkpointFolder}, if any. */
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

    /** The run, while holding the checkpoint folder's lock. */
    private GanTraining.Result runLocked(CancellationToken cancel) throws IOException {
        Path checkpointFolder = request.checkpointFolder();
        CheckpointFolder.removeLeftovers(checkpointFolder);
        Optional<Path> latest = CheckpointFolder.latest(checkpointFolder);
        CheckpointMetadata resumed = null;
        if (latest.isPresent()) {
            resumed = Checkpoint.readMetadata(latest.get());
            if (!request.resume()) {
                throw new FileAlreadyExistsException(checkpointFolder.toString(), null, "it already holds checkpoints "
                        + "up to step " + resumed.step() + "; resume, or choose an empty folder");
            }
            config.requireResumableFrom(trainedWith(latest.get(), resumed));
        } else if (request.resume()) {
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
            return new GanTraining.Result(latest.orElseThrow(), start, rows);
        }
        ImageFolder.Split split = pictures();
        int side = config.model().cropSize();
        TrainingConfig.Data data = config.data();
        MaskGenerator masks = request.masks();
        BatchSampler sampler = new BatchSampler(split.training(), side, data.batchSize(), config.seed(), masks,
                data.guideProbability(), data.greyProbability());
        ValidationSet validation = ValidationSet.of(split.validation(), side,
                config.validation().validationCrops(), config.seed(), masks);
        Inpainter baseline = request.baseline();
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
                    request.listener(), rows, start, latest.orElse(null));
            loop.run(cancel);
            return new GanTraining.Result(loop.lastCheckpoint(), loop.step(), loop.metrics());
        }
    }

    /** Fresh networks, the initial weights to fine-tune, or the checkpoint to resume. */
    private TrainingSession open(CheckpointMetadata resumed, Path latest, long start) throws IOException {
        if (resumed != null) {
            LOG.info("resuming from {}", latest);
            return TrainingSession.resume(config, latest, start);
        }
        CheckpointSource initialWeights = request.initialWeights();
        if (initialWeights != null) {
            ModelDescription initial = Checkpoint.readMetadata(initialWeights).model();
            ModelDescription wanted = config.model();
            if (!initial.generator().equals(wanted.generator()) || initial.cropSize() != wanted.cropSize()) {
                throw new IllegalArgumentException("cannot fine-tune " + initialWeights.describe() + ": it has the "
                        + "generator " + initial.generator() + " on " + initial.cropSize() + "-pixel crops, the "
                        + "configuration asks for " + wanted.generator() + " on " + wanted.cropSize() + "-pixel crops");
            }
            if (initial.discriminator().equals(wanted.discriminator())) {
                LOG.info("fine-tuning the weights of {}", initialWeights.describe());
            } else {
                LOG.info("fine-tuning the generator of {}; the discriminator ({}) starts afresh, its shape differs"
                        + " from the one trained ({})", initialWeights.describe(), wanted.discriminator(),
                        initial.discriminator());
            }
            return TrainingSession.fineTune(config, initialWeights);
        }
        return TrainingSession.create(config);
    }

    /** The training pictures and the held-out ones: a separate folder's, or a share of the data folder's. */
    private ImageFolder.Split pictures() throws IOException {
        int side = config.model().cropSize();
        ImageFolder data = ImageFolder.load(request.dataFolder(), side, request.readOptions());
        if (request.validationFolder() == null) {
            return data.split(config.validation().validationFraction(), config.seed());
        }
        return new ImageFolder.Split(data.pictures(), ImageFolder.load(request.validationFolder(), side,
                request.readOptions()).pictures());
    }
}
