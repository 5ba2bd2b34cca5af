package io.github.inpaint4j.gan.train;

import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import java.nio.file.Path;

/**
 * Receives the progress of a GAN training run, on the training thread. Every method has an empty
 * default; listeners should return quickly.
 */
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() { };

    /**
     * Called after every step.
     *
     * @param step the step just done (1-based; a resumed run starts after the checkpoint's step)
     * @param totalSteps the step the run ends at
     */
    default void onStep(long step, long totalSteps) {
    }

    /** Called with every row of metrics (every {@code logEvery} steps and at checkpoints). */
    default void onMetrics(TrainingMetrics metrics) {
    }

    /** Called after a checkpoint folder was written. */
    default void onCheckpoint(Path checkpoint, CheckpointMetadata metadata) {
    }
}
