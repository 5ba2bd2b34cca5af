package io.github.inpaint4j.batch;

/**
 * Follows a batch: its size at the start, then each picture as it finishes. Called on the thread
 * that runs the batch, one call at a time, so a listener needs no locking; it should return quickly.
 */
public interface BatchListener {

    /** A listener that ignores everything. */
    BatchListener NONE = (result, finished, total) -> { };

    /**
     * Called once, before the first picture starts.
     *
     * @param total the pictures of the batch, failed pairings included
     */
    default void onStart(int total) {
    }

    /**
     * Called when a picture is finished (done, skipped, failed or cancelled), in the order they finish.
     *
     * @param result the picture's row
     * @param finished how many pictures are finished, this one included
     * @param total the pictures of the batch
     */
    void onResult(BatchResult result, int finished, int total);
}
