package io.github.inpaint4j;

/**
 * A signal that asks a running computation to stop. Thread-safe: one thread calls
 * {@link #cancel()}, the worker checks it with {@link #throwIfCancelled()}.
 *
 * <p>Interrupting the worker thread counts as a cancellation too, so work submitted to an
 * executor stops when its future is cancelled with interruption.
 */
public final class CancellationToken {

    /** A token that is never cancelled (its {@link #cancel()} throws). */
    public static final CancellationToken NONE = new CancellationToken(false);

    private final boolean cancellable;
    private volatile boolean cancelled;

    private CancellationToken(boolean cancellable) {
        this.cancellable = cancellable;
    }

    /** A new token, not cancelled yet. */
    public static CancellationToken create() {
        return new CancellationToken(true);
    }

    /**
     * Asks the work that checks this token to stop.
     *
     * @throws IllegalStateException on {@link #NONE}
     */
    public void cancel() {
        if (!cancellable) {
            throw new IllegalStateException("CancellationToken.NONE cannot be cancelled");
        }
        cancelled = true;
    }

    /** {@code true} once {@link #cancel()} was called or the current thread was interrupted. */
    public boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    /**
     * Stops the calling computation if it should stop.
     *
     * @throws InpaintingCancelledException if {@link #isCancelled()}
     */
    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new InpaintingCancelledException(cancelled ? "cancelled" : "cancelled: thread interrupted");
        }
    }
}
