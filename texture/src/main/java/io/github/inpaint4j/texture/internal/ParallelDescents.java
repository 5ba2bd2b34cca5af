package io.github.inpaint4j.texture.internal;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The coarse-to-fine search of Efros–Leung for several pixels of an onion-peel round at once, one
 * pixel per worker of a pool, with the result the pixels get one after the other.
 *
 * <p>A search reads the image only near its pixel, within the {@linkplain CoarseToFineSearch#reach
 * reach} of its windows, and filling a pixel changes that pixel alone. So the pixels of a round are
 * taken in batches in which no pixel lies within the reach of an earlier one: each pixel's search
 * then reads what it would read after the earlier pixels of its batch were filled, and the batch's
 * searches may run at once, before any of them is filled. What depends on order stays in order on
 * the calling thread: the random draw among the near-best candidates ({@link #match}, called for
 * the pixels in turn), the exact search of a pixel that needs it, and the filling. The output is the
 * output of one search after the other, bit for bit, whatever the number of threads.
 *
 * <p>The searches themselves are the work that grows with a large region, and a deep pyramid's
 * coarsest level holds too few candidates to share one search among threads; pixels are shared
 * instead. Not thread-safe: one calling thread, which owns the pool.
 */
final class ParallelDescents {

    /** Pixels per batch and worker, at most. */
    static final int PIXELS_PER_WORKER = 8;

    private final CoarseToFineSearch search;
    private final CandidateSearch fallback;
    private final WorkerPool pool;
    private final CoarseToFineSearch[] workers;
    private final int reach;
    private final int[] pixels;
    private final int[] counts;
    private final int[][] candidates;
    private final float[][] distances;
    private int width;

    /**
     * Searches of {@code search}'s pyramid on {@code pool}'s threads; a pixel that needs the exact
     * search gets {@code fallback}'s, on the calling thread.
     */
    ParallelDescents(CoarseToFineSearch search, CandidateSearch fallback, WorkerPool pool) {
        this.search = search;
        this.fallback = fallback;
        this.pool = pool;
        this.workers = new CoarseToFineSearch[pool.threads()];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = search.forWorker();
        }
        this.reach = search.reach();
        int batch = PIXELS_PER_WORKER * pool.threads();
        this.pixels = new int[batch];
        this.counts = new int[batch];
        this.candidates = new int[batch][search.maxResults()];
        this.distances = new float[batch][search.maxResults()];
    }

    /**
     * Searches for the longest run of pixels of {@code order} from {@code start} (at most a batch)
     * in which no pixel lies within the reach of an earlier one, on the pool's threads.
     *
     * @return the number of pixels searched, at least 1; their matches come from {@link #match}
     */
    int descend(WorkingImage image, int[] order, int start) {
        width = image.width();
        int n = 0;
        next:
        while (n < pixels.length && start + n < order.length) {
            int p = order[start + n];
            for (int m = 0; m < n; m++) {
                if (Math.abs(pixels[m] % width - p % width) <= reach && Math.abs(pixels[m] / width - p / width) <= reach) {
                    break next;
                }
            }
            pixels[n++] = p;
        }
        int batch = n;
        AtomicInteger nextPixel = new AtomicInteger();
        pool.share(Math.min(pool.threads(), batch), w -> {
            CoarseToFineSearch mine = workers[w];
            for (int k = nextPixel.getAndIncrement(); k < batch; k = nextPixel.getAndIncrement()) {
                counts[k] = mine.descend(image, pixels[k] % width, pixels[k] / width)
                        ? mine.results(candidates[k], distances[k]) : -1;
            }
        });
        return batch;
    }

    /**
     * The match of the {@code k}-th pixel of the last batch, drawn with {@code random}; to be called
     * for the pixels in order, each after the earlier ones were filled (or not).
     */
    Match match(int k, WorkingImage image, SplittableRandom random) {
        if (counts[k] < 0) {
            return fallback.find(image, pixels[k] % width, pixels[k] / width, random);
        }
        return search.choose(candidates[k], distances[k], counts[k], random);
    }

    /** Candidate windows compared at the coarsest level by every worker so far. */
    long coarseComparisons() {
        long total = 0;
        for (CoarseToFineSearch w : workers) {
            total += w.coarseComparisons();
        }
        return total;
    }
}
