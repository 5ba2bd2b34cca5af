package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.ProgressListener;

/**
 * Reports the fraction of hole pixels filled, at most once per thousandth and always at the end,
 * so a listener is not called for every pixel of a large hole.
 */
final class ProgressReporter {

    private final ProgressListener listener;
    private final int total;
    private int lastPermille = -1;

    ProgressReporter(ProgressListener listener, int total) {
        this.listener = listener;
        this.total = total;
    }

    /** {@code done} of the {@code total} pixels are filled. */
    void filled(int done) {
        int permille = (int) ((long) done * 1000 / total);
        if (permille > lastPermille) {
            lastPermille = permille;
            listener.onProgress(done == total ? 1.0 : (double) done / total);
        }
    }
}
