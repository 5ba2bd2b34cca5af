package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.io.FillFiles;
import io.github.inpaint4j.io.ImageFormat;
import io.github.inpaint4j.io.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fill: decodes the uploaded picture and mask, extends the canvas if asked, runs the method
 * with progress and cancellation within the server's budget, and writes the result beside them in
 * the format asked (the picture's own by default, with its metadata). Its state moves from queued
 * to running to done, failed or cancelled, and never back; every change is synchronized on the job.
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

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String id;
    private final FillRequest request;
    private final Clock clock;
    private final Budget budget;
    private final ScheduledExecutorService timer;
    private final CancellationToken cancel = CancellationToken.create();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Instant created;
    private volatile double progress;
    private volatile boolean overBudget;
    private State state = State.QUEUED;
    private Instant startedAt;
    private Instant finishedAt;
    private int errorStatus;
    private String error;
    private int width;
    private int height;
    private ImageFormat resultFormat = ImageFormat.PNG;

    /**
     * @param budget the longest the fill may run (it is stopped after), and the estimate's check of a fill whose
     *     holes are known only once its picture is decoded (a canvas extended without a mask)
     * @param timer runs the budget's stop
     */
    Job(String id, FillRequest request, Clock clock, Budget budget, ScheduledExecutorService timer) {
        this.id = id;
        this.request = request;
        this.clock = clock;
        this.budget = budget;
        this.timer = timer;
        this.created = clock.instant();
    }

    String id() {
        return id;
    }

    String method() {
        return request.method();
    }

    synchronized State state() {
        return state;
    }

    /** When the job finished, if it has. */
    synchronized Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** The HTTP status of a failed job's error (400 bad input, 413, 422, 500, 503), 0 otherwise. */
    synchronized int errorStatus() {
        return errorStatus;
    }

    /** A failed job's message, or {@code null}. */
    synchronized String error() {
        return error;
    }

    /** Whether the fill ran and finished (for the mean time of a fill), not stopped or refused. */
    synchronized boolean ranToTheEnd() {
        return state == State.DONE;
    }

    /** The result file of a finished job. */
    synchronized Path result() {
        return request.folder().resolve("result." + resultFormat.extension());
    }

    /** The media type of the result. */
    synchronized String resultType() {
        return mediaType(resultFormat);
    }

    static String mediaType(ImageFormat format) {
        return switch (format) {
            case PNG -> "image/png";
            case JPEG -> "image/jpeg";
            case BMP -> "image/bmp";
            case TIFF -> "image/tiff";
        };
    }

    @Override
    public void run() {
        synchronized (this) {
            if (state != State.QUEUED) {
                return; // cancelled while it waited
            }
            state = State.RUNNING;
            startedAt = clock.instant();
        }
        ScheduledFuture<?> stop = timer.schedule(() -> {
            overBudget = true;
            cancel.cancel();
        }, budget.limit().toMillis(), TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        try {
            FillFiles.Inputs inputs = UploadedImages.read(request).dilated(request.dilate());
            int width0 = inputs.image().width();
            int height0 = inputs.image().height();
            long pixels = request.extension().pixels(width0, height0);
            if (pixels > request.reading().maxPixels()) {
                throw new HttpError(HttpError.TOO_LARGE, String.format(Locale.ROOT, "the extended canvas is too"
                        + " large: %d×%d = %,d pixels, more than the limit of %,d pixels",
                        request.extension().width(width0), request.extension().height(height0), pixels,
                        request.reading().maxPixels()));
            }
            FillFiles.Inputs canvas = FillFiles.extend(inputs, request.extension(), request.reading().maxPixels());
            if (request.mask() == null) {
                // no mask to estimate from when the request came: the budget is checked now
                budget.check(request.description(), request.options(), request.inpainter(), canvas.holes());
            }
            synchronized (this) {
                width = canvas.image().width();
                height = canvas.image().height();
                resultFormat = request.format() != null ? request.format() : inputs.picture().format();
            }
            FillFiles.fillAndWrite(request.inpainter(), canvas, result(), true,
                    WriteOptions.defaults().withKeepMetadata(request.keepMetadata()), fraction -> progress = fraction,
                    cancel);
            finish(State.DONE, 0, null);
            LOG.debug("job {}: {} filled {} hole pixels of {}×{} in {} ms", id, request.method(),
                    canvas.holes().holeCount(), width, height, (System.nanoTime() - start) / 1_000_000);
        } catch (InpaintingCancelledException e) {
            if (overBudget) {
                finish(State.FAILED, HttpError.UNPROCESSABLE, "the fill ran past this server's budget of "
                        + budget.limit().toSeconds() + " s (--max-seconds) and was stopped; " + Budget.advice(request));
            } else {
                finish(State.CANCELLED, 0, null);
            }
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
        } finally {
            stop.cancel(false);
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
        if (request.mask() != null) {
            TempFolders.delete(request.mask());
        }
        if (end != State.DONE) {
            TempFolders.deleteTree(request.folder());
        }
        ended.countDown();
    }

    /** Waits for the job to finish, at most {@code millis}; whether it finished. */
    boolean await(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS);
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
        json.put("state", state.json());
        json.put("progress", state == State.DONE ? 1.0 : progress);
        Instant end = finishedAt != null ? finishedAt : clock.instant();
        json.put("seconds", Duration.between(startedAt != null ? startedAt : created, end).toMillis() / 1000.0);
        if (width > 0) {
            json.put("width", width);
            json.put("height", height);
        }
        if (state == State.DONE) {
            json.put("result", "/api/jobs/" + id + "/result");
            json.put("resultType", mediaType(resultFormat));
        }
        if (error != null) {
            json.put("status", errorStatus);
            json.put("error", error);
        }
        return json;
    }
}
