package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.io.FillFiles;
import io.github.inpaint4j.io.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fill: decodes the uploaded picture and mask, runs the method with progress and cancellation,
 * and writes the result as a PNG beside them. Its state moves from queued to running to done,
 * failed or cancelled, and never back; every change is synchronized on the job.
 */
final class Job implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Job.class);

    /** Where a job is. */
    enum State {
        /** Waiting for a free fill slot. */
        QUEUED,
        /** Filling. */
        RUNNING,
        /** Asked to stop; the method stops at its next check. */
        CANCELLING,
        /** Filled: the result can be downloaded. */
        DONE,
        /** Stopped by an error; see the message and its status. */
        FAILED,
        /** Stopped on request. */
        CANCELLED;

        boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    private final String id;
    private final FillRequest request;
    private final Clock clock;
    private final CancellationToken cancel = CancellationToken.create();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile double progress;
    private State state = State.QUEUED;
    private Instant finishedAt;
    private int errorStatus;
    private String error;
    private int width;
    private int height;

    Job(String id, FillRequest request, Clock clock) {
        this.id = id;
        this.request = request;
        this.clock = clock;
    }

    String id() {
        return id;
    }

    synchronized State state() {
        return state;
    }

    /** When the job finished, if it has. */
    synchronized Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** The HTTP status of a failed job's error (400 bad input, 413, 500, 503), 0 otherwise. */
    synchronized int errorStatus() {
        return errorStatus;
    }

    /** A failed job's message, or {@code null}. */
    synchronized String error() {
        return error;
    }

    /** The PNG of a finished job. */
    Path result() {
        return request.folder().resolve("result.png");
    }

    @Override
    public void run() {
        synchronized (this) {
            if (state != State.QUEUED) {
                return; // cancelled while it waited
            }
            state = State.RUNNING;
        }
        long start = System.nanoTime();
        try {
            FillFiles.Inputs inputs = UploadedImages.read(request);
            Mask holes = inputs.holes();
            synchronized (this) {
                width = holes.width();
                height = holes.height();
            }
            // a PNG at the picture's depth (8 or 16 bits) with its EXIF, ICC profile and XMP
            FillFiles.fillAndWrite(request.inpainter(), inputs, result(), true, WriteOptions.defaults(),
                    fraction -> progress = fraction, cancel);
            finish(State.DONE, 0, null);
            LOG.debug("job {}: {} filled {} hole pixels of {}×{} in {} ms", id, request.method(), holes.holeCount(),
                    width, height, (System.nanoTime() - start) / 1_000_000);
        } catch (InpaintingCancelledException e) {
            finish(State.CANCELLED, 0, null);
        } catch (HttpError e) {
            finish(State.FAILED, e.status(), e.getMessage());
        } catch (IllegalArgumentException e) {
            finish(State.FAILED, HttpError.BAD_REQUEST, e.getMessage());
        } catch (OutOfMemoryError e) {
            finish(State.FAILED, HttpError.BUSY, "out of memory: this fill needs more memory than the server has free"
                    + " (try a smaller picture, fewer fills at once, or give Java more memory with -Xmx)");
        } catch (IOException | RuntimeException e) {
            LOG.error("job {} ({}) failed", id, request.method(), e);
            finish(State.FAILED, HttpError.INTERNAL, "internal error: the fill failed; the server's log has the details");
        }
    }

    /**
     * Asks the job to stop: a queued job is cancelled at once, a running one when its method next
     * checks. Does nothing to a finished job.
     *
     * @return whether the job was waiting (and so never runs)
     */
    boolean cancel() {
        synchronized (this) {
            if (state == State.RUNNING) {
                state = State.CANCELLING;
                cancel.cancel();
                return false;
            }
            if (state != State.QUEUED) {
                return false;
            }
        }
        finish(State.CANCELLED, 0, null);
        return true;
    }

    /** Ends a job that could not be queued. */
    void refuse(String message) {
        finish(State.FAILED, HttpError.BUSY, message);
    }

    private void finish(State end, int status, String message) {
        synchronized (this) {
            if (state.finished()) {
                return;
            }
            state = end;
            errorStatus = status;
            error = message;
            finishedAt = clock.instant();
            if (end == State.DONE) {
                progress = 1;
            }
        }
        request.inpainter().close();
        TempFolders.delete(request.image());
        TempFolders.delete(request.mask());
        if (end != State.DONE) {
            TempFolders.deleteTree(request.folder());
        }
        ended.countDown();
    }

    /** Waits for the job to finish. */
    void await() throws InterruptedException {
        ended.await();
    }

    /** Removes what the job left on disk (its result). */
    void discard() {
        TempFolders.deleteTree(request.folder());
    }

    /** The job as the API shows it. */
    synchronized Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("method", request.method());
        json.put("state", state.name().toLowerCase(Locale.ROOT));
        json.put("progress", state == State.DONE ? 1.0 : progress);
        if (width > 0) {
            json.put("width", width);
            json.put("height", height);
        }
        if (state == State.DONE) {
            json.put("result", "/api/jobs/" + id + "/result");
        }
        if (error != null) {
            json.put("status", errorStatus);
            json.put("error", error);
        }
        return json;
    }
}
