package io.github.inpaint4j.texture.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Computes the distance of a target window to every candidate of a {@link CandidateWindows}, or to
 * those whose centre lies in a rectangle, on the threads of a {@link WorkerPool}.
 *
 * <p>Segments of one row separated by a gap of at most {@link #MERGE_GAP} positions are computed
 * as one <i>run</i>, gap included, and the distances of the gap's positions dropped: one pass of
 * the kernel's loops per run instead of per segment, which matters where windows are small and
 * segments short (the coarsest level of the coarse-to-fine search, a few thousand candidates in
 * short pieces between holes), while a wide gap (a large hole) is skipped.
 *
 * <p>The candidates are split into chunks of whole runs with about equal work, a few per
 * worker, which the workers take in turn as they finish the previous one (so a worker slowed down
 * by another program on its core does not hold the others up); each worker has its own scratch
 * rows, and writes the distances and the per-segment minima of the segments it took. Every
 * distance is computed by the same code in the same order whoever computes it, whatever run it is
 * computed in, and the queries ({@link #minimum()}, {@link #collectAtMost}) read the results in
 * candidate order, so the outcome is bit-identical for any thread count. Reusable for many
 * targets; not thread-safe itself (one calling thread). A scan made without a pool
 * ({@link #forShortlists}) runs on whichever thread calls it, one thread at a time.
 */
public final class CandidateScan {

    /** Below this many weighted differences a scan runs on the calling thread alone. */
    static final long PARALLEL_MIN_TERMS = 1L << 16;
    /** Chunks per worker: enough for a fast worker to make up for a slow one. */
    static final int CHUNKS_PER_WORKER = 8;
    /** Segments of a row this close (in positions) are computed in one run. */
    static final int MERGE_GAP = 128;

    private final CandidateWindows source;
    private final WorkerPool pool;
    private final DistanceForm form;
    private final float[] distances;
    private final float[] segmentMin;
    private final int[] from;
    private final int[] to;
    /** The runs: run r holds segments {@code runStart[r] .. runStart[r + 1] − 1}, all of one row. */
    private final int[] runStart;
    /** Run of each segment. */
    private final int[] runOf;
    private final float[][][] scratch;
    private final long parallelMinTerms;
    /** Whether each scan keeps its segments' minima, which every query but {@link #smallest} needs. */
    private final boolean minima;
    private int firstSegment;
    private int endSegment;
    private long comparisons;
    private long differences;

    /** A scan of {@code source}'s candidates with {@code form} distances, on {@code pool}'s threads. */
    public CandidateScan(CandidateWindows source, WorkerPool pool, DistanceForm form) {
        this(source, pool, form, PARALLEL_MIN_TERMS);
    }

    /** As above, going parallel from {@code parallelMinTerms} weighted differences (tests use 0). */
    CandidateScan(CandidateWindows source, WorkerPool pool, DistanceForm form, long parallelMinTerms) {
        this(source, pool, form, parallelMinTerms, true);
    }

    private CandidateScan(CandidateWindows source, WorkerPool pool, DistanceForm form, long parallelMinTerms,
            boolean minima) {
        this.minima = minima;
        this.parallelMinTerms = parallelMinTerms;
        this.source = source;
        this.pool = pool;
        this.form = form;
        this.distances = new float[source.count()];
        int segments = source.segmentCount();
        this.segmentMin = new float[segments];
        this.from = new int[segments];
        this.to = new int[segments];
        this.scratch = new float[pool == null ? 1 : pool.threads()][4][source.width()];
        IntList starts = new IntList();
        this.runOf = new int[segments];
        for (int s = 0; s < segments; s++) {
            if (s == 0 || source.segmentY(s) != source.segmentY(s - 1)
                    || source.segmentX(s) - (source.segmentX(s - 1) + source.segmentLength(s - 1)) > MERGE_GAP) {
                starts.add(s);
            }
            runOf[s] = starts.size() - 1;
        }
        starts.add(segments);
        this.runStart = starts.toArray();
    }

    /**
     * A scan answering {@link #smallest} only, as the coarsest level of a coarse-to-fine search
     * does: it keeps no segment minima, a pass over every candidate saved (a tenth of a coarsest
     * scan's time), and its shortlist reads every candidate instead. On {@code pool}'s threads, or
     * on the calling thread if {@code pool} is {@code null}.
     */
    static CandidateScan forShortlists(CandidateWindows source, WorkerPool pool, DistanceForm form) {
        return new CandidateScan(source, pool, form, pool == null ? Long.MAX_VALUE : PARALLEL_MIN_TERMS, false);
    }

    /** The candidates scanned. */
    public CandidateWindows source() {
        return source;
    }

    /** Computes the distances of {@code target} to every candidate. */
    public void run(TargetWindow target) {
        run(target, 0, 0, source.width() - 1, source.height() - 1);
    }

    /**
     * Computes the distances of {@code target} to the candidates centred in
     * {@code [minX, maxX] × [minY, maxY]}; the others are left out of the queries.
     */
    public void run(TargetWindow target, int minX, int minY, int maxX, int maxY) {
        firstSegment = source.firstSegment(minY);
        endSegment = source.firstSegment(maxY + 1);
        long work = 0;
        for (int s = firstSegment; s < endSegment; s++) {
            from[s] = Math.max(source.segmentX(s), minX);
            to[s] = Math.max(from[s], Math.min(source.segmentX(s) + source.segmentLength(s), maxX + 1));
            work += to[s] - from[s];
        }
        long terms = work * target.size() * (form.needsEnergy() ? 2 : 1);
        comparisons += work;
        differences += work * target.size();
        TargetWindow energyProbe = form.needsEnergy() ? target.energyProbe() : null;
        if (endSegment == firstSegment) {
            return;
        }
        int firstRun = runOf[firstSegment];
        int endRun = runOf[endSegment - 1] + 1;
        int workers = pool == null || terms < parallelMinTerms ? 1 : pool.threads();
        if (workers == 1) {
            for (int r = firstRun; r < endRun; r++) {
                scanRun(r, target, energyProbe, scratch[0]);
            }
            return;
        }
        int chunks = (int) Math.min((long) workers * CHUNKS_PER_WORKER, endRun - firstRun);
        int[] bounds = splitEvenly(work, chunks, firstRun, endRun);
        AtomicInteger nextChunk = new AtomicInteger();
        pool.share(workers, worker -> {
            for (int c = nextChunk.getAndIncrement(); c < bounds.length - 1; c = nextChunk.getAndIncrement()) {
                for (int r = bounds[c]; r < bounds[c + 1]; r++) {
                    scanRun(r, target, energyProbe, scratch[worker]);
                }
            }
        });
    }

    /** Run boundaries of {@code chunks} chunks of about {@code work / chunks} candidates each. */
    private int[] splitEvenly(long work, int chunks, int firstRun, int endRun) {
        int[] bounds = new int[chunks + 1];
        bounds[0] = firstRun;
        int c = 1;
        long done = 0;
        for (int r = firstRun; r < endRun && c < chunks; r++) {
            for (int s = Math.max(runStart[r], firstSegment); s < Math.min(runStart[r + 1], endSegment); s++) {
                done += to[s] - from[s];
            }
            while (c < chunks && done * chunks >= work * c) {
                bounds[c++] = r + 1;
            }
        }
        while (c <= chunks) {
            bounds[c++] = endRun;
        }
        return bounds;
    }

    /**
     * Computes run {@code r}'s segments (those of the scan) in one pass over the positions from the
     * first one's start to the last one's end, and keeps each segment's distances and minimum.
     */
    private void scanRun(int r, TargetWindow target, TargetWindow energyProbe, float[][] rows) {
        int first = Math.max(runStart[r], firstSegment);
        int end = Math.min(runStart[r + 1], endSegment);
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int s = first; s < end; s++) {
            if (from[s] < to[s]) {
                lo = Math.min(lo, from[s]);
                hi = Math.max(hi, to[s]);
            }
        }
        float[] d = lo < hi ? form.row(source, target, energyProbe, source.segmentY(first), lo, hi, rows) : null;
        for (int s = first; s < end; s++) {
            float min = Float.NEGATIVE_INFINITY; // never skips a segment in smallest()
            if (minima) {
                min = Float.POSITIVE_INFINITY;
                for (int x = from[s]; x < to[s]; x++) {
                    // a compare, not Math.min: distances are never NaN or −0, and a chain of
                    // Math.min calls waits on each one, which made this loop cost as much as the kernel
                    if (d[x] < min) {
                        min = d[x];
                    }
                }
            }
            if (from[s] < to[s]) {
                System.arraycopy(d, from[s], distances, source.segmentStart(s) + from[s] - source.segmentX(s),
                        to[s] - from[s]);
            }
            segmentMin[s] = min;
        }
    }

    /** Candidate windows compared so far, over every scan. */
    public long comparisons() {
        return comparisons;
    }

    /**
     * Pixel comparisons so far, over every scan: one per known offset of the target and candidate
     * (each covering the three channels).
     */
    public long pixelComparisons() {
        return differences;
    }

    /** The smallest distance of the last scan, or +∞ if it had no candidate. */
    public float minimum() {
        requireMinima();
        float min = Float.POSITIVE_INFINITY;
        for (int s = firstSegment; s < endSegment; s++) {
            min = Math.min(min, segmentMin[s]);
        }
        return min;
    }

    /** Number of candidates in the last scan. */
    public int scannedCount() {
        int n = 0;
        for (int s = firstSegment; s < endSegment; s++) {
            n += to[s] - from[s];
        }
        return n;
    }

    /** The distance of candidate {@code index} in the last scan (which must have included it). */
    public float distance(int index) {
        return distances[index];
    }

    /** Adds to {@code out}, in candidate order, every candidate of the last scan at distance ≤ {@code limit}. */
    void collectAtMost(float limit, IntList out) {
        atMost(limit, out);
    }

    /**
     * The (at most) {@code m} candidates of the last scan with the smallest distances, nearest
     * first; equal distances in candidate order.
     */
    int[] smallest(int m) {
        int[] best = new int[m];
        int n = 0;
        float worst = Float.POSITIVE_INFINITY; // the m-th smallest so far, once there are m
        for (int s = firstSegment; s < endSegment; s++) {
            if (n == m && segmentMin[s] >= worst) {
                continue;
            }
            int offset = source.segmentStart(s) - source.segmentX(s);
            for (int x = from[s]; x < to[s]; x++) {
                int i = offset + x;
                float d = distances[i];
                if (n == m && d >= worst) {
                    continue;
                }
                int p = n == m ? m - 1 : n++;
                while (p > 0 && distances[best[p - 1]] > d) {
                    best[p] = best[p - 1];
                    p--;
                }
                best[p] = i;
                if (n == m) {
                    worst = distances[best[m - 1]];
                }
            }
        }
        return Arrays.copyOf(best, n);
    }

    /** The first candidate (in candidate order) at distance ≤ {@code limit}, or -1. */
    public int firstAtMost(float limit) {
        return atMost(limit, null);
    }

    /**
     * Visits the candidates of the last scan at distance ≤ {@code limit} in candidate order, adding
     * them to {@code out}, or stopping at the first one if {@code out} is {@code null}.
     *
     * @return the first such candidate, or -1
     */
    private int atMost(float limit, IntList out) {
        requireMinima();
        int first = -1;
        for (int s = firstSegment; s < endSegment; s++) {
            if (segmentMin[s] > limit) {
                continue;
            }
            int offset = source.segmentStart(s) - source.segmentX(s);
            for (int x = from[s]; x < to[s]; x++) {
                if (distances[offset + x] <= limit) {
                    if (out == null) {
                        return offset + x;
                    }
                    first = first < 0 ? offset + x : first;
                    out.add(offset + x);
                }
            }
        }
        return first;
    }

    private void requireMinima() {
        if (!minima) {
            throw new IllegalStateException("a scan for shortlists keeps no minima");
        }
    }
}
