package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.InpaintingCancelledException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker threads of one inpainting call: {@code threads − 1} daemon threads plus the calling
 * thread. Made per call and closed in {@code finally} (try-with-resources); closing stops and joins
 * the threads, so nothing outlives the call.
 *
 * <p>An exemplar search hands out thousands of short jobs (well under a millisecond each) one
 * after the other. Parking and waking a thread for each costs tens of microseconds, more on a
 * virtual machine whose idle CPUs sleep, so between jobs the workers (and the caller, while it
 * waits) spin for up to {@link #SPIN_NANOS} before parking.
 *
 * <p>The workers of a job share its work (each takes parts from a common counter until none is
 * left), so the job gets done whichever of them run. That lets the pool protect itself on a
 * machine whose cores other programs keep busy: a worker descheduled in the middle of a part makes
 * the caller wait a whole scheduler time slice, at every job. When over {@link #SAMPLE_JOBS}
 * parallel jobs the caller waited longer than it worked itself (then it would have done better
 * alone), the following jobs run on the calling thread alone: {@link #MIN_SOLO_JOBS} at first,
 * twice as many each time the workers are tried again and still keep it waiting, up to
 * {@link #MAX_SOLO_JOBS}.
 *
 * <p>Not thread-safe: only the thread that created the pool may call {@link #share} and
 * {@link #close}.
 */
public final class WorkerPool implements AutoCloseable {

    /** How long an idle worker, or the waiting caller, spins before parking. */
    static final long SPIN_NANOS = 200_000L;
    /** Parallel jobs over which the caller's waiting is compared with its working time. */
    static final int SAMPLE_JOBS = 32;
    /** Jobs run on the calling thread alone the first time waiting has cost too much. */
    static final int MIN_SOLO_JOBS = 32;
    /** The longest run of jobs on the calling thread alone. */
    static final int MAX_SOLO_JOBS = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private final Thread owner;
    private final Thread[] workers;
    private volatile Job job;
    private volatile boolean closed;
    private int soloJobsLeft;
    private int soloJobsNext = MIN_SOLO_JOBS;
    private int sampledJobs;
    private long workingNanos;
    private long waitingNanos;

    /** One call of {@link #share}: immutable but for its counters, so a worker never mixes two jobs. */
    private static final class Job {
        final IntConsumer task;
        final int workers;
        final Thread owner;
        final AtomicInteger pending;
        final Throwable[] failures;

        Job(IntConsumer task, int workers, Thread owner) {
            this.task = task;
            this.workers = workers;
            this.owner = owner;
            this.pending = new AtomicInteger(workers - 1);
            this.failures = new Throwable[workers];
        }
    }

    private WorkerPool(int threads) {
        this.threads = threads;
        this.owner = Thread.currentThread();
        this.workers = new Thread[threads - 1];
        int pool = POOLS.incrementAndGet();
        for (int w = 0; w < workers.length; w++) {
            int index = w + 1;
            workers[w] = new Thread(() -> work(index), "inpaint4j-texture-" + pool + "-" + index);
            workers[w].setDaemon(true);
            workers[w].start();
        }
    }

    /**
     * A pool of {@code threads} workers, the calling thread included.
     *
     * @throws IllegalArgumentException if {@code threads} is under 1
     */
    public static WorkerPool create(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new WorkerPool(threads);
    }

    /** Number of workers, the calling thread included. */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code worker.accept(w)} on the calling thread ({@code w = 0}) and, unless the pool is
     * running jobs alone for now, on pool threads {@code 1 .. workers − 1} at the same time, and
     * returns once every call has returned. The calls must share the work so that any one of them
     * does it all if the others do nothing. The first failure (in worker order) is rethrown after
     * every call has returned.
     *
     * @param workers at most {@link #threads()}
     * @throws InpaintingCancelledException if the calling thread was interrupted (its flag stays set)
     */
    public void share(int workers, IntConsumer worker) {
        if (workers < 1 || workers > threads) {
            throw new IllegalArgumentException("workers must be in [1, " + threads + "], got " + workers);
        }
        if (workers == 1 || soloJobsLeft > 0) {
            soloJobsLeft = Math.max(0, soloJobsLeft - 1);
            worker.accept(0);
            return;
        }
        Job current = new Job(worker, workers, owner);
        job = current;
        for (int w = 1; w < workers; w++) {
            LockSupport.unpark(this.workers[w - 1]);
        }
        long start = System.nanoTime();
        try {
            worker.accept(0);
        } catch (RuntimeException | Error e) {
            current.failures[0] = e;
        }
        long worked = System.nanoTime();
        while (current.pending.get() > 0) {
            if (System.nanoTime() - worked < SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        account(worked - start, System.nanoTime() - worked);
        for (Throwable failure : current.failures) {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InpaintingCancelledException("cancelled: thread interrupted");
        }
    }

    /** Adds a parallel job's working and waiting time; goes solo when waiting cost too much. */
    private void account(long working, long waiting) {
        workingNanos += working;
        waitingNanos += waiting;
        if (++sampledJobs == SAMPLE_JOBS) {
            if (waitingNanos > workingNanos) {
                soloJobsLeft = soloJobsNext;
                LOG.debug("waited {} µs for workers over {} jobs of {} µs of own work; next {} jobs on one thread",
                        waitingNanos / 1000, SAMPLE_JOBS, workingNanos / 1000, soloJobsLeft);
                soloJobsNext = Math.min(MAX_SOLO_JOBS, 2 * soloJobsNext);
            } else {
                soloJobsNext = MIN_SOLO_JOBS;
            }
            sampledJobs = 0;
            workingNanos = 0;
            waitingNanos = 0;
        }
    }

    /** Worker loop: waits for each new job and runs its share of it, if the job has a place for it. */
    private void work(int index) {
        Job done = null;
        while (true) {
            Job next = awaitJob(done);
            if (next == null) {
                return;
            }
            done = next;
            if (index < next.workers) {
                try {
                    next.task.accept(index);
                } catch (RuntimeException | Error e) {
                    next.failures[index] = e;
                }
                if (next.pending.decrementAndGet() == 0) {
                    LockSupport.unpark(next.owner);
                }
            }
        }
    }

    /**
     * The first job other than {@code done}, or {@code null} once the pool is closed. A stray
     * interrupt of a pool thread is cleared, or parking would return at once and spin.
     */
    private Job awaitJob(Job done) {
        long start = System.nanoTime();
        while (true) {
            if (closed) {
                return null;
            }
            Job next = job;
            if (next != done) {
                return next;
            }
            if (System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
                Thread.interrupted();
            }
        }
    }

    /** Stops the workers and waits for them to end. */
    @Override
    public void close() {
        closed = true;
        boolean interrupted = false;
        for (Thread w : workers) {
            LockSupport.unpark(w);
            while (w.isAlive()) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
