package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.registry.MethodDescription;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A method for tests of the job machinery: each fill reports 0.5, then waits until the test lets one
 * fill through (or its token is cancelled), and returns the picture with its holes painted black.
 */
final class GateInpainter implements Inpainter {

    static final MethodDescription DESCRIPTION = new MethodDescription("gate", "waits for the test", List.of());

    private final Semaphore passes = new Semaphore(0);
    private final AtomicInteger entered = new AtomicInteger();
    private final CountDownLatch firstEntered = new CountDownLatch(1);
    private volatile boolean closed;

    @Override
    public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
        entered.incrementAndGet();
        progress.onProgress(0.5); // before the test hears that the fill started, which then reads 0.5
        firstEntered.countDown();
        try {
            while (!passes.tryAcquire(5, TimeUnit.MILLISECONDS)) {
                cancel.throwIfCancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.throwIfCancelled();
        }
        progress.onProgress(1);
        return mask.paint(image, 0, 0, 0);
    }

    /** Lets {@code n} fills finish. */
    void release(int n) {
        passes.release(n);
    }

    /** How many fills have started. */
    int entered() {
        return entered.get();
    }

    /** Waits until some fill has started. */
    void awaitEntered() throws InterruptedException {
        if (!firstEntered.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("no fill started");
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }
}
