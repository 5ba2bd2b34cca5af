package io.github.inpaint4j.cli.serve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The fills of a server, first come, first served: {@code slots} run at once on the queue's own
 * threads and {@code capacity} wait in line, in the order they came; one more is refused with 503
 * and a {@code Retry-After} that says when the line should have room again: the time the waiting
 * fills take to start, at the mean time of recent fills. A waiting fill costs only its uploaded
 * files on disk and the thread of a request answered at once, so the line can be long enough for
 * every client of a busy hour: then no request is refused and none has to retry. Thread-safe.
 */
final class FillQueue {

    /** The assumed time of a fill before any has finished, in seconds. */
    private static final double FIRST_GUESS_SECONDS = 1.0;
    /** The weight of the latest fill in the mean time of a fill. */
    private static final double MEAN_WEIGHT = 0.3;

    private final int slots;
    private final int capacity;
    private final Consumer<Job> onStart;
    private final Consumer<Job> onEnd;
    private final Deque<Job> waiting = new ArrayDeque<>();
    private final List<Thread> workers = new ArrayList<>();
    private int running;
    private double meanSeconds = FIRST_GUESS_SECONDS;
    private boolean closed;

    /** What the queue said to a request. */
    record Admission(boolean admitted, long retryAfterSeconds, String message) {
    }

    /**
     * @param onStart told of each job as it starts running
     * @param onEnd told of each job the queue ran, once it ended
     */
    FillQueue(int slots, int capacity, Consumer<Job> onStart, Consumer<Job> onEnd) {
        this.slots = slots;
        this.capacity = capacity;
        this.onStart = onStart;
        this.onEnd = onEnd;
        AtomicInteger number = new AtomicInteger();
        for (int i = 0; i < slots; i++) {
            Thread worker = new Thread(this::work, "inpaint-fill-" + number.incrementAndGet());
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /**
     * Puts a job in line, or says when to come back.
     *
     * @return whether it was admitted; if not, the seconds to wait and the reason
     */
    synchronized Admission offer(Job job) {
        if (closed) {
            return new Admission(false, 1, "the server is stopping");
        }
        if (running + waiting.size() < slots + capacity) {
            waiting.addLast(job);
            notifyAll();
            return new Admission(true, 0, "");
        }
        long seconds = retryAfterSeconds();
        String message = String.format(Locale.ROOT, "busy: %d fills are running and %d waiting (at most %d run at"
                + " once and %d wait); try again in %d s", running, waiting.size(), slots, capacity, seconds);
        return new Admission(false, seconds, message);
    }

    /** Seconds until the line should have room again: the time its waiting fills take to start, at least 1. */
    synchronized long retryAfterSeconds() {
        return Math.max(1, Math.min(3600, (long) Math.ceil(Math.max(1, waiting.size()) * meanSeconds / slots)));
    }

    /** Takes a job out of line before it runs; {@code false} if it is not waiting (running, or done). */
    synchronized boolean remove(Job job) {
        return waiting.remove(job);
    }

    /** Fills running now. */
    synchronized int running() {
        return running;
    }

    /** Fills waiting now. */
    synchronized int waitingCount() {
        return waiting.size();
    }

    private void work() {
        while (true) {
            Job job;
            synchronized (this) {
                while (waiting.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        if (closed) {
                            return;
                        }
                    }
                }
                if (closed) {
                    return;
                }
                job = waiting.removeFirst();
                running++;
            }
            long start = System.nanoTime();
            try {
                onStart.accept(job);
                job.run();
            } finally {
                onEnd.accept(job);
                double seconds = (System.nanoTime() - start) / 1e9;
                synchronized (this) {
                    running--;
                    if (job.ranToTheEnd()) {
                        meanSeconds = MEAN_WEIGHT * seconds + (1 - MEAN_WEIGHT) * meanSeconds;
                    }
                }
            }
        }
    }

    /** The jobs still waiting, taken out of line (for cancelling them); the threads stop once their fills end. */
    List<Job> close() {
        List<Job> left;
        synchronized (this) {
            closed = true;
            left = new ArrayList<>(waiting);
            waiting.clear();
            notifyAll();
        }
        workers.forEach(Thread::interrupt);
        return left;
    }

    /** Waits for the threads to end, at most {@code millis} each. */
    void join(long millis) {
        for (Iterator<Thread> it = workers.iterator(); it.hasNext();) {
            try {
                it.next().join(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
