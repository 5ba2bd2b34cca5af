package io.github.inpaint4j.batch;

import io.github.inpaint4j.Threads;

/**
 * How a batch shares the cores: {@code jobs} pictures at once, each filled with {@code threads}
 * method threads. The rule, for {@code C} available cores:
 * <ul>
 *   <li>neither given: {@code C} jobs of 1 thread. Pictures are independent, so a job per core uses
 *       every core with no synchronisation at all, where a method's own threads wait for each other
 *       at every step;</li>
 *   <li>jobs given: {@code max(1, C / jobs)} threads each;</li>
 *   <li>threads given: {@code max(1, C / threads)} jobs;</li>
 *   <li>both given: as given.</li>
 * </ul>
 * Memory grows with the jobs, not with the batch: only the pictures in flight are held (about
 * 16 bytes a pixel to read one, plus the method's working memory), so lower the jobs for very
 * large pictures. A method without a thread option counts as 1 thread.
 *
 * @param jobs pictures filled at once, in [1, {@link Threads#max()}]
 * @param threads method threads per picture, in [1, {@link Threads#max()}]
 */
public record BatchThreads(int jobs, int threads) {

    /** @throws IllegalArgumentException naming the field, the bound and the value */
    public BatchThreads {
        Threads.require("jobs", jobs);
        Threads.require("threads", threads);
    }

    /**
     * The split for {@code cores} cores, by the rule of the class comment.
     *
     * @param jobs the jobs asked for, or {@code null}
     * @param threads the method threads asked for, or {@code null}
     * @param cores the cores to fill, at least 1
     * @throws IllegalArgumentException if a given count is out of range
     */
    public static BatchThreads split(Integer jobs, Integer threads, int cores) {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be >= 1, got " + cores);
        }
        if (jobs != null) {
            Threads.require("jobs", jobs);
        }
        if (threads != null) {
            Threads.require("threads", threads);
        }
        if (jobs == null && threads == null) {
            return new BatchThreads(cores, 1);
        }
        if (threads == null) {
            return new BatchThreads(jobs, Math.max(1, cores / jobs));
        }
        if (jobs == null) {
            return new BatchThreads(Math.max(1, cores / threads), threads);
        }
        return new BatchThreads(jobs, threads);
    }
}
