package io.github.inpaint4j.texture.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The accelerated exemplar search, over a pyramid of halvings of the candidates. The window at
 * the coarsest level (means of 2×2 blocks per level, so about a quarter of the offsets and of the
 * positions at each) is compared with every candidate of that level; then, level by level, the
 * window is compared with the candidates in the 3×3 neighbourhood (at the finer level) of each of
 * the best few, and the best few of those go on. At full resolution Efros–Leung's near-best rule
 * draws among the compared candidates ({@link #find}); Criminisi takes the nearest ({@link #nearest}).
 *
 * <p>Two levels for a small picture; a larger one adds levels ({@link #levels}), so that the
 * exhaustive scan at the coarsest level holds at most about {@link #COARSEST_MAX} candidates and the
 * search grows with the picture by a quarter of its candidates per level instead of all of them —
 * as far as the window allows (a level's window is at least 3 wide, {@link #windowAt}). A
 * <i>deep</i> pyramid ({@link Depth#DEEP}, for a region whose search would exceed the work budget,
 * see {@link ExemplarRegions}) goes on adding levels past that, with windows of 3 blocks of ever
 * larger blocks, until the coarsest holds at most {@link #COARSEST_MAX} candidates.
 *
 * <p>Falls back to the exact search for a pixel whose coarsest window has no known block, or for
 * which a level's neighbourhoods hold no candidate.
 */
final class CoarseToFineSearch implements CandidateSearch {

    /** How many levels a pyramid takes. */
    enum Depth {
        /** While the coarsest level holds more than {@link #COARSEST_MAX} candidates and its window would be at least 3 wide. */
        STANDARD,
        /** While the coarsest level holds more than {@link #COARSEST_MAX} candidates, windows at least 3 wide. */
        DEEP
    }

    /** The search has at least this many levels (full resolution and half). */
    static final int MIN_LEVELS = 2;
    /** A level is added while the coarsest holds more candidates than this. */
    static final long COARSEST_MAX = 1L << 15;

    private final CandidateScan coarseScan;
    /** The candidates of each level, 0 the full resolution. */
    private final CandidateWindows[] levels;
    private final WindowWeights[] weights;
    private final DistanceForm form;
    private final NearBestChoice choice;
    private final CandidateSearch fallback;
    private final int shortlist;
    /** The candidates met in the current neighbourhood comparison: open addressing, a slot valid while its stamp is {@link #serial}. */
    private final int[] seenKeys;
    private final int[] seenStamps;
    /** The candidates of the last neighbourhood comparison, their centres and their distances. */
    private final int[] refinedCandidates;
    private final int[] refinedX;
    private final int[] refinedY;
    private final float[] refinedDistances;
    private final IntList refinedList = new IntList();
    private final IntList nearBest = new IntList();
    private int serial;

    /**
     * A search over {@code levels} (0 the full resolution, each next one the halving of the one
     * before, at least two), with the window weights of each level.
     *
     * @param coarseScan the scan of the coarsest level's candidates
     */
    CoarseToFineSearch(CandidateScan coarseScan, CandidateWindows[] levels, WindowWeights[] weights,
            DistanceForm form, NearBestChoice choice, CandidateSearch fallback, int shortlist) {
        this.coarseScan = coarseScan;
        this.levels = levels;
        this.weights = weights;
        this.form = form;
        this.choice = choice;
        this.fallback = fallback;
        this.shortlist = shortlist;
        // at most 9 · shortlist candidates per comparison: a table at least twice as large, whatever the picture
        int slots = Integer.highestOneBit(Math.max(16, 9 * shortlist) * 4 - 1);
        this.seenKeys = new int[slots];
        this.seenStamps = new int[slots];
        this.refinedCandidates = new int[9 * shortlist];
        this.refinedX = new int[9 * shortlist];
        this.refinedY = new int[9 * shortlist];
        this.refinedDistances = new float[9 * shortlist];
    }

    /**
     * Width of the window at level {@code level} for a full-resolution window of width
     * {@code window}: half the half-width per level, rounded down ({@code 2·⌊h/2⌋ + 1}), and at
     * least 3 below the full resolution (the levels of a {@link Depth#DEEP} pyramid past the
     * standard ones).
     */
    static int windowAt(int window, int level) {
        return level == 0 ? window : 2 * Math.max(1, halfAt(window, level)) + 1;
    }

    /** {@code true} for a level past the standard ones, whose window is kept 3 wide ({@link Depth#DEEP} only). */
    static boolean isExtraLevel(int window, int level) {
        return level > 0 && halfAt(window, level) == 0;
    }

    /** Half the width of the window at {@code level}, halved per level, rounded down, without a floor. */
    private static int halfAt(int window, int level) {
        int half = window / 2;
        for (int l = 0; l < level; l++) {
            half /= 2;
        }
        return half;
    }

    /**
     * Number of levels for {@code candidates} full-resolution candidates: {@value #MIN_LEVELS}, and
     * one more while the coarsest would hold more than {@link #COARSEST_MAX} (a quarter as many per
     * level) and, for a {@link Depth#STANDARD} pyramid, the next level's window would still be at
     * least 3 wide.
     */
    static int levels(int window, long candidates, Depth depth) {
        int levels = MIN_LEVELS;
        while (needsLevel(window, levels, candidates >> (2 * (levels - 1)), depth)) {
            levels++;
        }
        return levels;
    }

    /** Whether a pyramid whose coarsest level holds {@code coarsest} candidates takes another level. */
    static boolean needsLevel(int window, int levelsSoFar, long coarsest, Depth depth) {
        return coarsest > COARSEST_MAX && (depth == Depth.DEEP || halfAt(window, levelsSoFar) >= 1);
    }

    /**
     * The candidates of a pyramid's levels, full resolution first: the halvings of {@code source}
     * while {@link #needsLevel} asks for one more (at least one), stopping before a halving that
     * holds no candidate. A single level if even the first halving holds none.
     */
    static CandidateWindows[] pyramid(CandidateWindows source, int window, Depth depth) {
        List<CandidateWindows> levels = new ArrayList<>(List.of(source));
        do {
            CandidateWindows next = levels.get(levels.size() - 1).halved(windowAt(window, levels.size()));
            if (next.isEmpty()) {
                break;
            }
            levels.add(next);
        } while (needsLevel(window, levels.size(), levels.get(levels.size() - 1).count(), depth));
        return levels.toArray(CandidateWindows[]::new);
    }

    @Override
    public Match find(WorkingImage image, int x, int y, SplittableRandom random) {
        if (!descend(image, x, y)) {
            return fallback.find(image, x, y, random);
        }
        return choose(refinedCandidates, refinedDistances, refinedList.size(), random);
    }

    /**
     * Efros–Leung's draw among the near-best of {@code n} compared full-resolution candidates with
     * their distances, as {@link #find} makes it. Reads nothing that a descent writes, so one
     * search may choose for the descents of others ({@link #forWorker}).
     */
    Match choose(int[] candidates, float[] distances, int n, SplittableRandom random) {
        float bestDistance = Float.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            bestDistance = Math.min(bestDistance, distances[k]);
        }
        float limit = choice.limit(bestDistance);
        nearBest.clear();
        for (int k = 0; k < n; k++) {
            if (distances[k] <= limit) {
                nearBest.add(k);
            }
        }
        int chosen = choice.pick(nearBest, k -> distances[k], limit, random);
        CandidateWindows fine = levels[0];
        return new Match(fine.centreX(candidates[chosen]), fine.centreY(candidates[chosen]), distances[chosen],
                bestDistance);
    }

    /**
     * The full-resolution candidate nearest to the window around {@code (x, y)} among those the
     * descent compared (equal distances: the first in candidate order), or -1 if the pixel needs
     * the exact search.
     */
    int nearest(WorkingImage image, int x, int y) {
        if (!descend(image, x, y)) {
            return -1;
        }
        int best = -1;
        float bestDistance = Float.POSITIVE_INFINITY;
        for (int k = 0; k < refinedList.size(); k++) {
            int i = refinedCandidates[k];
            float d = refinedDistances[k];
            if (best < 0 || d < bestDistance || d == bestDistance && i < best) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * A search over the same pyramid with scratch of its own and a coarsest-level scan that runs
     * on the calling thread: for a worker that descends for one pixel while others descend for
     * others ({@link #descend}, {@link #results}); the choice stays with the original.
     */
    CoarseToFineSearch forWorker() {
        CandidateScan serialScan = CandidateScan.forShortlists(levels[levels.length - 1], null, form);
        return new CoarseToFineSearch(serialScan, levels, weights, form, choice, null, shortlist);
    }

    /** Candidate windows compared at the coarsest level so far. */
    long coarseComparisons() {
        return coarseScan.comparisons();
    }

    /**
     * How far from {@code (x, y)} a descent reads the image, in pixels along each axis: the
     * full-resolution window and each level's window of blocks. Filling a pixel farther away than
     * this changes nothing the descent for {@code (x, y)} reads.
     */
    int reach() {
        int reach = weights[0].half();
        for (int l = 1; l < levels.length; l++) {
            int s = 1 << l;
            reach = Math.max(reach, s * weights[l].half() + s - 1);
        }
        return reach;
    }

    /**
     * Number of full-resolution candidates a descent may compare: the 3×3 neighbourhoods of the
     * shortlist.
     */
    int maxResults() {
        return 9 * shortlist;
    }

    /**
     * Copies the full-resolution candidates the last descent compared, in the order compared, and
     * their distances into {@code candidates} and {@code distances} (at least {@link #maxResults}
     * long), and returns their number.
     */
    int results(int[] candidates, float[] distances) {
        int n = refinedList.size();
        System.arraycopy(refinedCandidates, 0, candidates, 0, n);
        System.arraycopy(refinedDistances, 0, distances, 0, n);
        return n;
    }

    /**
     * Compares the window around {@code (x, y)} down the pyramid, leaving the full-resolution
     * candidates compared in {@link #refinedList} (and {@code refinedCandidates}, with their
     * distances in {@code refinedDistances}, in the same order).
     *
     * @return {@code false} if the pixel needs the exact search (no known block at the coarsest
     *     level, or no candidate in a level's neighbourhoods)
     */
    boolean descend(WorkingImage image, int x, int y) {
        int top = levels.length - 1;
        TargetWindow coarse = TargetWindow.blockAround(image, x, y, weights[top], top);
        if (coarse.isEmpty()) {
            return false;
        }
        coarseScan.run(coarse);
        int[] best = coarseScan.smallest(shortlist);
        for (int l = top - 1; l >= 1; l--) {
            best = refine(best, l, TargetWindow.blockAround(image, x, y, weights[l], l));
            if (best.length == 0) {
                return false;
            }
        }
        compareNeighbourhoods(best, 0, TargetWindow.around(image, x, y, weights[0]));
        return refinedList.size() > 0;
    }

    /**
     * The (at most) {@code shortlist} candidates of level {@code level} nearest to {@code target}
     * among the neighbourhoods of {@code coarser} (candidates of the level above), nearest first,
     * equal distances in candidate order.
     */
    private int[] refine(int[] coarser, int level, TargetWindow target) {
        compareNeighbourhoods(coarser, level, target);
        // distances are ≥ +0 and never NaN, so their raw bits order as they do: a primitive sort on
        // (distance, candidate) gives the nearest first, equal distances in candidate order
        int n = refinedList.size();
        long[] order = new long[n];
        for (int k = 0; k < n; k++) {
            order[k] = (long) Float.floatToRawIntBits(refinedDistances[k]) << 32 | refinedCandidates[k];
        }
        Arrays.sort(order);
        int[] best = new int[Math.min(shortlist, n)];
        for (int k = 0; k < best.length; k++) {
            best[k] = (int) order[k];
        }
        return best;
    }

    /**
     * Compares {@code target} with the candidates of level {@code level} in the 3×3 neighbourhood
     * of twice the centre of each of {@code coarser} (candidates of level {@code level + 1}), each
     * once, listing them in {@link #refinedList} and {@code refinedCandidates} in the order first
     * met, with their distances in {@code refinedDistances}.
     */
    private void compareNeighbourhoods(int[] coarser, int level, TargetWindow target) {
        CandidateWindows here = levels[level];
        CandidateWindows above = levels[level + 1];
        serial++;
        refinedList.clear();
        int n = 0;
        for (int c : coarser) {
            int segment = above.segmentOf(c);
            int cx = 2 * (above.segmentX(segment) + c - above.segmentStart(segment));
            int cy = 2 * above.segmentY(segment);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int i = here.indexOf(cx + dx, cy + dy);
                    if (i >= 0 && firstMeeting(i)) {
                        refinedList.add(i);
                        refinedCandidates[n] = i;
                        refinedX[n] = cx + dx;
                        refinedY[n] = cy + dy;
                        n++;
                    }
                }
            }
        }
        form.at(target, here, refinedX, refinedY, n, refinedDistances);
    }

    /** Records candidate {@code i} as met in this comparison; {@code false} if it was met before. */
    private boolean firstMeeting(int i) {
        int mask = seenKeys.length - 1;
        for (int slot = (i * 0x9E3779B1) >>> 7 & mask; ; slot = slot + 1 & mask) {
            if (seenStamps[slot] != serial) {
                seenStamps[slot] = serial;
                seenKeys[slot] = i;
                return true;
            }
            if (seenKeys[slot] == i) {
                return false;
            }
        }
    }
}
