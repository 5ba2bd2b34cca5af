package io.github.inpaint4j;

/**
 * Receives the progress of a long computation as the fraction of its work that is done.
 *
 * <p>Fractions arrive in non-decreasing order, in [0, 1], on the thread that started the work;
 * a run that completes reports 1.0 last. Listeners should return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = fraction -> { };

    /**
     * Called when the work advances.
     *
     * @param fractionDone in [0, 1]
     */
    void onProgress(double fractionDone);
}
