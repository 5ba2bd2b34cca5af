package io.github.inpaint4j;

import java.util.Objects;

/**
 * Reports work counted in units (pixels filled, windows painted) to a {@link ProgressListener}: at
 * most once per thousandth of the total, so that a listener is not called for every pixel of a
 * large hole, and 1.0 exactly once, when the work is done. Every method reports through one of
 * these, so the last report is the same everywhere.
 *
 * <p>Not thread-safe: use it on the thread that started the work, where the listener expects its
 * calls.
 */
public final class ProgressCounter {

    private final ProgressListener listener;
    private final long total;
    private long lastPermille = -1;
    /** The smallest count that reaches a thousandth above {@link #lastPermille}: below it nothing is reported. */
    private long nextReport;
    private boolean finished;

    /**
     * A counter of {@code total} units.
     *
     * @param total the units of work, 0 or more
     * @throws IllegalArgumentException if the total is negative
     */
    public ProgressCounter(ProgressListener listener, long total) {
        this.listener = Objects.requireNonNull(listener, "listener");
        if (total < 0) {
            throw new IllegalArgumentException("progress total must be >= 0, got " + total);
        }
        this.total = total;
    }

    /**
     * {@code done} of the units are done: reports {@code done / total} when it reaches a new
     * thousandth, and 1.0 when {@code done} reaches the total.
     *
     * @throws IllegalArgumentException if {@code done} is negative or above the total
     */
    public void advanceTo(long done) {
        if (done < 0 || done > total) {
            throw new IllegalArgumentException("progress must be in [0, " + total + "], got " + done);
        }
        if (done == total) {
            finish();
            return;
        }
        if (done < nextReport) {
            return; // no division per unit: a march calls this for every pixel
        }
        long permille = done * 1000 / total;
        if (permille > lastPermille) {
            lastPermille = permille;
            // the least count whose thousandth is above this one: ceil((permille + 1) · total / 1000)
            nextReport = ((permille + 1) * total + 999) / 1000;
            listener.onProgress((double) done / total);
        }
    }

    /** The work is complete: reports 1.0 unless that was reported already. */
    public void finish() {
        if (!finished) {
            finished = true;
            listener.onProgress(1.0);
        }
    }
}
