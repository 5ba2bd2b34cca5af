package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.InpaintingCancelledException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The worker threads of one inpainting call: {@code threads − 1} daemon threads plus the calling
 * thread, which runs block 0 of every job itself. Made per call and closed in {@code finally}
 * (try-with-resources); closing stops and joins the threads, so nothing outlives the call.
 *
 * <p>An exemplar search hands out thousands of short jobs (well under a millisecond each) one
 * after the other. Parking and waking a thread for each costs tens of microseconds, more on a
 * virtual machine whose idle CPUs sleep, so between jobs the workers (and the caller, while it
 * waits) spin for up to {@link #SPIN_NANOS} before parking. Not thread-safe: only the thread that
 * created the pool may call {@link #run} and {@link #close}.
 */
public final class WorkerPool implements AutoCloseable {

    /** How long an idle worker, or the waiting caller, spins before parking. */
    static final long SPIN_NANOS = 50_000L;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private final Thread owner;
    private final Thread[] workers;
    private volatile Job job;
    private volatile boolean closed;

    /** One call of {@link #run}: immutable but for its counters, so a worker never mixes two jobs. */
    private static final class Job {
        final IntConsumer task;
        final int blocks;
        final Thread owner;
        final AtomicInteger pending;
        final Throwable[] failures;

        Job(IntConsumer task, int blocks, Thread owner) {
            this.task = task;
            this.blocks = blocks;
            this.owner = owner;
            this.pending = new AtomicInteger(blocks - 1);
            this.failures = new Throwable[blocks];
        }
    }

    private WorkerPool(int threads) {
        this.threads = threads;
        this.owner = Thread.currentThread();
        this.workers = new Thread[threads - 1];
        int pool = POOLS.incrementAndGet();
        for (int w = 0; w < workers.length; w++) {
            int block = w + 1;
            workers[w] = new Thread(() -> work(block), "inpaint4j-texture-" + pool + "-" + block);
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
     * Runs {@code task.accept(b)} for every block {@code b} in {@code [0, blocks)}, blocks being at
     * most {@link #threads()}: block 0 on the calling thread, block {@code b} on worker {@code b}.
     * Returns once every block has finished, even when one failed; the first failure in block
     * order is then rethrown.
     *
     * @throws InpaintingCancelledException if the calling thread was interrupted (its flag stays set)
     */
    public void run(int blocks, IntConsumer task) {
        if (blocks < 1 || blocks > threads) {
            throw new IllegalArgumentException("blocks must be in [1, " + threads + "], got " + blocks);
        }
        if (blocks == 1) {
            task.accept(0);
            return;
        }
        Job current = new Job(task, blocks, owner);
        job = current;
        for (int b = 1; b < blocks; b++) {
            LockSupport.unpark(workers[b - 1]);
        }
        try {
            task.accept(0);
        } catch (RuntimeException | Error e) {
            current.failures[0] = e;
        }
        long start = System.nanoTime();
        while (current.pending.get() > 0) {
            if (System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
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

    /** Worker loop: waits for each new job and runs its own block of it, if the job has one. */
    private void work(int block) {
        Job done = null;
        while (true) {
            Job next = awaitJob(done);
            if (next == null) {
                return;
            }
            done = next;
            if (block < next.blocks) {
                try {
                    next.task.accept(block);
                } catch (RuntimeException | Error e) {
                    next.failures[block] = e;
                }
                if (next.pending.decrementAndGet() == 0) {
                    LockSupport.unpark(next.owner);
                }
            }
        }
    }

    /** The first job other than {@code done}, or {@code null} once the pool is closed. */
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
