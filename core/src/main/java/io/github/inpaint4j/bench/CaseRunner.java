package io.github.inpaint4j.bench;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

/**
 * Runs one method call on a worker thread, so that the calling thread can stop waiting at the
 * timeout: it then cancels the call and waits a grace period for the method to honour the
 * cancellation. A method that ignores it is left running on its abandoned thread (a daemon) and the
 * next call gets a new one. Not thread-safe: one bench, one runner.
 */
final class CaseRunner implements AutoCloseable {

    /** How often the calling thread relays progress and checks the clock. */
    private static final long POLL_MILLIS = 50;
    /** The longest wait for a cancelled method to stop. */
    private static final Duration MAX_GRACE = Duration.ofSeconds(10);

    private final Duration timeout;
    private ExecutorService worker = newWorker();

    CaseRunner(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * What a call gave.
     *
     * @param result the image returned, or {@code null}
     * @param error what the method threw, or {@code null}
     * @param timedOut whether the timeout came first
     * @param abandoned whether the method ignored the cancellation and still runs
     * @param seconds wall time until the call ended (or was given up)
     */
    record Attempt(RgbImage result, Throwable error, boolean timedOut, boolean abandoned, double seconds) {
    }

    /**
     * Calls {@code inpainter} on the worker thread and waits for it.
     *
     * @param progress receives the method's fraction done, on the calling thread
     * @param cancel the bench's own cancellation: it cancels the call and ends the wait
     * @throws InpaintingCancelledException if {@code cancel} was cancelled or the thread interrupted
     */
    Attempt run(Inpainter inpainter, RgbImage image, Mask mask, DoubleConsumer progress, CancellationToken cancel) {
        CancellationToken call = CancellationToken.create();
        AtomicLong fraction = new AtomicLong(Double.doubleToLongBits(0));
        long start = System.nanoTime();
        Future<RgbImage> future = worker.submit(() -> inpainter.inpaint(image, mask,
                f -> fraction.set(Double.doubleToLongBits(f)), call));
        long deadline = start + timeout.toNanos();
        while (true) {
            try {
                RgbImage result = future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return new Attempt(result, null, false, false, secondsSince(start));
            } catch (ExecutionException e) {
                return new Attempt(null, e.getCause(), false, false, secondsSince(start));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(future, call);
                throw new InpaintingCancelledException("bench interrupted");
            } catch (TimeoutException e) {
                progress.accept(Double.longBitsToDouble(fraction.get()));
                if (cancel.isCancelled()) {
                    stop(future, call);
                    throw new InpaintingCancelledException("bench cancelled");
                }
                if (System.nanoTime() - deadline >= 0) {
                    double seconds = secondsSince(start);
                    boolean stopped = stop(future, call);
                    return new Attempt(null, null, true, !stopped, seconds);
                }
            }
        }
    }

    /** Cancels the call and waits for it to end; replaces the worker if it does not. */
    private boolean stop(Future<RgbImage> future, CancellationToken call) {
        call.cancel();
        Duration grace = timeout.compareTo(MAX_GRACE) < 0 ? timeout : MAX_GRACE;
        try {
            future.get(grace.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            worker.shutdownNow();
            worker = newWorker();
            return false;
        }
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "inpaint-bench-case");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
