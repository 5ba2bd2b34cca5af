package io.github.inpaint4j.cli.serve;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fills of a server: at most {@code maxJobs} run at once and {@code queue} wait; one more is
 * refused with 503, so load never piles up. Jobs of the job form are kept, at most
 * {@code maxKeptJobs}, each until {@code jobTtl} after it finished (swept every few seconds and on
 * each request); fills answered at once are not kept. Thread-safe.
 */
final class Jobs implements AutoCloseable {

    private final ServeConfig config;
    private final Clock clock;
    private final ThreadPoolExecutor fills;
    private final ScheduledExecutorService sweeper;
    private final Map<String, Job> kept = new LinkedHashMap<>();
    private final Map<Job, Future<?>> futures = new LinkedHashMap<>();
    private final SecureRandom ids = new SecureRandom();
    private final AtomicInteger started = new AtomicInteger();

    Jobs(ServeConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        BlockingQueue<Runnable> waiting = config.queue() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(config.queue());
        AtomicInteger threadNumber = new AtomicInteger();
        fills = new ThreadPoolExecutor(config.maxJobs(), config.maxJobs(), 0, TimeUnit.SECONDS, waiting, task -> {
            Thread thread = new Thread(task, "inpaint-fill-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "inpaint-jobs-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, Math.min(30, config.jobTtl().toSeconds() / 2));
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.SECONDS);
    }

    /**
     * Queues a fill.
     *
     * @param keep whether the job is kept for the job form (else the caller waits for it and discards it)
     * @throws HttpError 503 if every slot and place in the queue is taken, or the kept jobs are full and none has
     *     finished
     */
    Job submit(FillRequest request, boolean keep) {
        Job job;
        synchronized (this) {
            sweep();
            if (keep && kept.size() >= config.maxKeptJobs() && !dropOldestFinished()) {
                request.inpainter().close();
                TempFolders.deleteTree(request.folder());
                throw new HttpError(HttpError.BUSY, "busy: " + kept.size() + " jobs are kept and none has finished"
                        + " (the server keeps at most " + config.maxKeptJobs() + "); try again later");
            }
            job = new Job(HexFormat.of().formatHex(randomId()), request, clock);
            try {
                futures.put(job, fills.submit(() -> {
                    started.incrementAndGet();
                    try {
                        job.run();
                    } finally {
                        forget(job);
                    }
                }));
            } catch (RejectedExecutionException e) {
                String message = "busy: " + fills.getActiveCount() + " fills are running and " + fills.getQueue().size()
                        + " waiting (at most " + config.maxJobs() + " run at once and " + config.queue()
                        + " wait); try again later";
                job.refuse(message);
                throw new HttpError(HttpError.BUSY, message);
            }
            if (keep) {
                kept.put(job.id(), job);
            }
        }
        return job;
    }

    private byte[] randomId() {
        byte[] id = new byte[16];
        ids.nextBytes(id);
        return id;
    }

    private synchronized void forget(Job job) {
        futures.remove(job);
    }

    /** A kept job, if there is one with that id and it has not expired. */
    synchronized Optional<Job> find(String id) {
        sweep();
        return Optional.ofNullable(kept.get(id));
    }

    /**
     * Cancels a job that is waiting or running; removes a finished one (and its result).
     *
     * @return the job, in its new state
     * @throws HttpError 404 if no such job is kept
     */
    synchronized Job cancelOrRemove(String id) {
        Job job = find(id).orElseThrow(() -> unknown(id));
        if (job.state().finished()) {
            kept.remove(id);
            job.discard();
        } else if (job.cancel()) {
            Future<?> waiting = futures.remove(job);
            if (waiting != null) {
                fills.remove((Runnable) waiting); // frees its place in the queue
            }
        }
        return job;
    }

    static HttpError unknown(String id) {
        return new HttpError(HttpError.NOT_FOUND, "no job " + id + " (it may have expired: finished jobs are kept for"
                + " a while, see the server's --job-ttl)");
    }

    /** Drops jobs that finished more than {@code jobTtl} ago, with their results. */
    synchronized void sweep() {
        Duration ttl = config.jobTtl();
        for (Iterator<Job> it = kept.values().iterator(); it.hasNext();) {
            Job job = it.next();
            if (job.finishedAt().map(t -> !t.plus(ttl).isAfter(clock.instant())).orElse(false)) {
                it.remove();
                job.discard();
            }
        }
    }

    private boolean dropOldestFinished() {
        for (Iterator<Job> it = kept.values().iterator(); it.hasNext();) {
            Job job = it.next();
            if (job.state().finished()) {
                it.remove();
                job.discard();
                return true;
            }
        }
        return false;
    }

    /** The number of fills that started running (for tests: a refused request starts none). */
    int started() {
        return started.get();
    }

    /** The number of jobs kept now. */
    synchronized int keptCount() {
        return kept.size();
    }

    /** Cancels every fill and removes every job's files. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        synchronized (this) {
            for (Job job : futures.keySet()) {
                job.cancel();
            }
            kept.values().forEach(Job::discard);
            kept.clear();
        }
        fills.shutdownNow();
        try {
            fills.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
