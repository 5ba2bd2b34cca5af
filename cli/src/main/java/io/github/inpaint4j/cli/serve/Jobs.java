package io.github.inpaint4j.cli.serve;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fills of a server: a {@link FillQueue} runs at most {@code maxJobs} at once and keeps
 * {@code queue} waiting, first come first served; one more is refused with 503 and a
 * {@code Retry-After}, so load never piles up. Jobs of the job form are kept, at most
 * {@code maxKeptJobs}, each until {@code jobTtl} after it finished (swept every few seconds and on
 * each request); fills answered at once are not kept. Every fill is stopped at the server's
 * budget. Thread-safe.
 */
final class Jobs {

    private final ServeConfig config;
    private final Budget budget;
    private final Clock clock;
    private final FillQueue queue;
    private final ScheduledExecutorService timer;
    private final Map<String, Job> kept = new LinkedHashMap<>();
    private final Set<Job> unfinished = ConcurrentHashMap.newKeySet();
    private final SecureRandom ids = new SecureRandom();
    private final AtomicInteger started = new AtomicInteger();

    Jobs(ServeConfig config, Budget budget, Clock clock) {
        this.config = config;
        this.budget = budget;
        this.clock = clock;
        this.queue = new FillQueue(config.maxJobs(), config.queue(), job -> started.incrementAndGet(),
                unfinished::remove);
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "inpaint-jobs-timer");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, Math.min(30, config.jobTtl().toSeconds() / 2));
        timer.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.SECONDS);
    }

    /**
     * Queues a fill.
     *
     * @param keep whether the job is kept for the job form (else the caller waits for it and discards it)
     * @throws HttpError 503 with {@code Retry-After} if every slot and place in the queue is taken, or the kept
     *     jobs are full and none has finished
     */
    Job submit(FillRequest request, boolean keep) {
        Job job = new Job(HexFormat.of().formatHex(randomId()), request, clock, budget, timer);
        synchronized (this) {
            sweep();
            if (keep && kept.size() >= config.maxKeptJobs() && !dropOldestFinished()) {
                job.refuse("the kept jobs are full");
                long seconds = queue.retryAfterSeconds();
                throw new HttpError(HttpError.BUSY, "busy: " + kept.size() + " jobs are kept and none has finished"
                        + " (the server keeps at most " + config.maxKeptJobs() + "); try again in " + seconds + " s")
                        .withHeader("Retry-After", Long.toString(seconds));
            }
            unfinished.add(job);
            FillQueue.Admission admission = queue.offer(job);
            if (!admission.admitted()) {
                unfinished.remove(job);
                job.refuse(admission.message());
                throw new HttpError(HttpError.BUSY, admission.message())
                        .withHeader("Retry-After", Long.toString(admission.retryAfterSeconds()));
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
        } else {
            cancel(job);
        }
        return job;
    }

    /** Cancels a job: out of the queue at once if it waits, at the method's next check if it runs. */
    void cancel(Job job) {
        if (queue.remove(job)) {
            unfinished.remove(job);
        }
        job.cancel();
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

    /** Fills running now and waiting now. */
    int[] load() {
        return new int[] {queue.running(), queue.waitingCount()};
    }

    /** Cancels every fill and removes every job's files. */
    void close() {
        timer.shutdownNow();
        for (Job waiting : queue.close()) {
            waiting.cancel();
        }
        unfinished.forEach(Job::cancel);
        synchronized (this) {
            kept.values().forEach(Job::discard);
            kept.clear();
        }
        queue.join(10_000);
    }
}
