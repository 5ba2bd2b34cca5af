package io.github.inpaint4j.gan.internal.train;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointFolder;
import io.github.inpaint4j.gan.internal.data.BatchSampler;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingListener;
import io.github.inpaint4j.gan.train.TrainingMetrics;
import io.github.inpaint4j.gan.train.ValidationScore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop of one training run: steps a {@link TrainingSession} up to the configured number of
 * steps, averages the losses into rows of {@link TrainingMetrics}, and at every checkpoint scores
 * the held-out crops, writes the checkpoint folder, prunes the old ones and rewrites
 * {@value #METRICS_FILE} and {@value #PLOT_FILE}. {@link TrainingRun} prepares it (folders, lock,
 * resume) and runs it.
 *
 * <p>Not thread-safe: one loop runs on one thread.
 */
final class TrainingLoop {

    /** The metrics table written to the checkpoint folder. */
    static final String METRICS_FILE = "metrics.csv";
    /** The loss-curve picture written to the checkpoint folder. */
    static final String PLOT_FILE = "loss-curve.png";

    private static final Logger LOG = LoggerFactory.getLogger(TrainingLoop.class);

    private final TrainingConfig config;
    private final Path checkpointFolder;
    private final TrainingListener listener;
    private final TrainingSession session;
    private final BatchSampler sampler;
    private final ValidationSet validation;
    private final ValidationScore baselineScore;
    private final List<TrainingMetrics> rows;
    private long step;
    private long savedStep;
    private Path lastCheckpoint;
    private double sumD;
    private double sumGAdversarial;
    private double sumGL1;
    private double sumGFeatures;
    private int stepsInRow;
    private long trainingNanos;

    /**
     * @param config the run's configuration
     * @param session the networks, fresh or restored at step {@code start}
     * @param sampler the training batches
     * @param validation the held-out crops scored at every checkpoint
     * @param baselineScore the baseline method's score on them, or {@link ValidationScore#NONE}
     * @param checkpointFolder where checkpoints, {@value #METRICS_FILE} and {@value #PLOT_FILE} go
     * @param listener told of steps, metrics and checkpoints
     * @param rows the metrics of the run up to {@code start} (read from {@value #METRICS_FILE} when resuming)
     * @param start the step done so far
     * @param resumedFrom the checkpoint of step {@code start}, or {@code null} for a new run
     */
    TrainingLoop(TrainingConfig config, TrainingSession session, BatchSampler sampler, ValidationSet validation,
            ValidationScore baselineScore, Path checkpointFolder, TrainingListener listener, List<TrainingMetrics> rows,
            long start, Path resumedFrom) {
        this.config = config;
        this.checkpointFolder = checkpointFolder;
        this.listener = listener;
        this.session = session;
        this.sampler = sampler;
        this.validation = validation;
        this.baselineScore = baselineScore;
        this.rows = new ArrayList<>(rows);
        this.step = start;
        this.savedStep = start;
        this.lastCheckpoint = resumedFrom;
    }

    /**
     * Trains up to {@code schedule.steps()}, writing a checkpoint every {@code checkpointEvery}
     * steps and at the end.
     *
     * @throws IllegalStateException if a loss or a gradient stops being a finite number (training
     *     diverged); the message names the step, what was not finite and the last good checkpoint, or says
     *     there is none
     * @throws InpaintingCancelledException after writing a checkpoint, if {@code cancel} was cancelled
     */
    void run(CancellationToken cancel) throws IOException {
        while (step < config.schedule().steps()) {
            if (cancel.isCancelled()) {
                cancelled();
            }
            trainOneStep();
        }
    }

    /** The step reached. */
    long step() {
        return step;
    }

    /** The newest checkpoint written or resumed from ({@code null} before the first). */
    Path lastCheckpoint() {
        return lastCheckpoint;
    }

    /** Every row of metrics of the run, including those before a resume. */
    List<TrainingMetrics> metrics() {
        return List.copyOf(rows);
    }

    private void trainOneStep() throws IOException {
        long next = step + 1;
        long begin = System.nanoTime();
        StepLosses losses;
        try {
            losses = session.step(session.batch(sampler, next), next);
        } catch (NonFiniteGradientException e) {
            throw diverged(next, e.getMessage(), e);
        }
        trainingNanos += System.nanoTime() - begin;
        if (!losses.isFinite()) {
            throw diverged(next, "the losses are " + losses, null);
        }
        step = next;
        sumD += losses.discriminator();
        sumGAdversarial += losses.generatorAdversarial();
        sumGL1 += losses.generatorL1();
        sumGFeatures += losses.generatorFeatures();
        stepsInRow++;
        TrainingConfig.Schedule schedule = config.schedule();
        listener.onStep(step, schedule.steps());
        boolean checkpoint = step % schedule.checkpointEvery() == 0 || step == schedule.steps();
        if (checkpoint) {
            save();
        } else if (step % schedule.logEvery() == 0) {
            addRow(ValidationScore.NONE);
        }
    }

    private IllegalStateException diverged(long at, String what, Throwable cause) {
        return new IllegalStateException(divergedMessage(at, what, lastCheckpoint), cause);
    }

    /** The message of a diverged run: the step, what was not finite, and the checkpoint to go back to, or that there is none. */
    static String divergedMessage(long step, String what, Path lastGood) {
        return "training diverged at step " + step + ": " + what + "; " + (lastGood == null
                ? "no checkpoint was written before it, so there is none to resume from"
                : "the last good checkpoint is " + lastGood);
    }

    private void cancelled() throws IOException {
        if (step > savedStep) {
            save();
        }
        if (lastCheckpoint == null) {
            throw new InpaintingCancelledException("training cancelled before its first step; nothing was written");
        }
        throw new InpaintingCancelledException("training cancelled after step " + step + "; checkpoint "
                + lastCheckpoint + " holds it (resume to continue)");
    }

    private void save() throws IOException {
        ValidationScore score = session.validate(validation);
        addRow(score);
        CheckpointMetadata metadata = session.metadata(step, score.isPresent() ? score.holePsnr() : null);
        Path target = checkpointFolder.resolve(CheckpointFolder.folderName(step));
        session.save(target, metadata);
        CheckpointFolder.prune(checkpointFolder, config.schedule().keep());
        MetricsLog.write(rows, checkpointFolder.resolve(METRICS_FILE));
        LossCurvePlot.write(rows, checkpointFolder.resolve(PLOT_FILE));
        savedStep = step;
        lastCheckpoint = target;
        LOG.info("checkpoint {} written", target);
        listener.onCheckpoint(target, metadata);
    }

    private void addRow(ValidationScore score) {
        if (stepsInRow == 0) {
            return;
        }
        double seconds = Math.max(1e-9, trainingNanos / 1e9);
        TrainingMetrics row = new TrainingMetrics(step, sumD / stepsInRow, sumGAdversarial / stepsInRow,
                sumGL1 / stepsInRow, sumGFeatures / stepsInRow,
                stepsInRow * (double) config.data().batchSize() / seconds, score,
                score.isPresent() ? baselineScore : ValidationScore.NONE);
        rows.add(row);
        LOG.info("step {}/{}: {}", step, config.schedule().steps(), String.format(Locale.ROOT,
                "D %.4f, G adversarial %.4f, G L1 %.4f, G features %.4f, %.1f images/s%s%s", row.discriminatorLoss(),
                row.generatorAdversarialLoss(), row.generatorL1Loss(), row.generatorFeatureLoss(), row.imagesPerSecond(),
                row.hasValidation() ? String.format(Locale.ROOT,
                        ", validation hole PSNR %.2f dB, texture fidelity %.3f", score.holePsnr(),
                        score.textureFidelity()) : "",
                row.baseline().isPresent() ? String.format(Locale.ROOT, " (baseline %.2f dB, %.3f)",
                        row.baseline().holePsnr(), row.baseline().textureFidelity()) : ""));
        listener.onMetrics(row);
        sumD = 0;
        sumGAdversarial = 0;
        sumGL1 = 0;
        sumGFeatures = 0;
        stepsInRow = 0;
        trainingNanos = 0;
    }
}
