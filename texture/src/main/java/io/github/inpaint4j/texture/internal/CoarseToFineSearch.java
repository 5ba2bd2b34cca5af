package io.github.inpaint4j.texture.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The accelerated Efros–Leung search, over a pyramid of halvings of the candidates. The window at
 * the coarsest level (means of 2×2 blocks per level, so about a quarter of the offsets and of the
 * positions at each) is compared with every candidate of that level; then, level by level, the
 * window is compared with the candidates in the 3×3 neighbourhood (at the finer level) of each of
 * the best few, and the best few of those go on; at full resolution the near-best rule draws among
 * the compared candidates.
 *
 * <p>Two levels for a small picture; a larger one adds levels ({@link #levels}), so that the
 * exhaustive scan at the coarsest level holds at most about {@link #COARSEST_MAX} candidates and the
 * search grows with the picture by a quarter of its candidates per level instead of all of them —
 * as far as the window allows (a level's window is at least 3 wide, {@link #windowAt}).
 *
 * <p>Falls back to the exact search for a pixel whose coarsest window has no known block, or for
 * which a level's neighbourhoods hold no candidate.
 */
final class CoarseToFineSearch implements CandidateSearch {

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
    private final int[][] seen;
    private final float[][] refined;
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
        this.seen = new int[levels.length - 1][];
        this.refined = new float[levels.length - 1][];
        for (int l = 0; l < levels.length - 1; l++) {
            seen[l] = new int[levels[l].count()];
            refined[l] = new float[levels[l].count()];
            Arrays.fill(seen[l], -1);
        }
    }

    /**
     * Width of the window at level {@code level} for a full-resolution window of width
     * {@code window}: half the half-width per level, rounded down ({@code 2·⌊h/2⌋ + 1}).
     */
    static int windowAt(int window, int level) {
        int half = window / 2;
        for (int l = 0; l < level; l++) {
            half /= 2;
        }
        return 2 * half + 1;
    }

    /**
     * Number of levels for {@code candidates} full-resolution candidates: {@value #MIN_LEVELS}, and
     * one more while the coarsest would hold more than {@link #COARSEST_MAX} (a quarter as many per
     * level) and the next level's window would still be at least 3 wide.
     */
    static int levels(int window, long candidates) {
        int levels = MIN_LEVELS;
        while (needsLevel(window, levels, candidates >> (2 * (levels - 1)))) {
            levels++;
        }
        return levels;
    }

    /** Whether a pyramid whose coarsest level holds {@code coarsest} candidates takes another level. */
    static boolean needsLevel(int window, int levelsSoFar, long coarsest) {
        return windowAt(window, levelsSoFar) >= 3 && coarsest > COARSEST_MAX;
    }

    @Override
    public Match find(WorkingImage image, int x, int y, SplittableRandom random) {
        int top = levels.length - 1;
        TargetWindow coarse = TargetWindow.blockAround(image, x, y, weights[top], top);
        if (coarse.isEmpty()) {
            return fallback.find(image, x, y, random);
        }
        coarseScan.run(coarse);
        int[] best = coarseScan.smallest(shortlist);
        for (int l = top - 1; l >= 1; l--) {
            best = refine(best, l, TargetWindow.blockAround(image, x, y, weights[l], l));
            if (best.length == 0) {
                return fallback.find(image, x, y, random);
            }
        }
        float bestDistance = compareNeighbourhoods(best, 0, TargetWindow.around(image, x, y, weights[0]));
        if (refinedList.size() == 0) {
            return fallback.find(image, x, y, random);
        }
        float[] distances = refined[0];
        float limit = choice.limit(bestDistance);
        nearBest.clear();
        for (int k = 0; k < refinedList.size(); k++) {
            if (distances[refinedList.get(k)] <= limit) {
                nearBest.add(refinedList.get(k));
            }
        }
        int chosen = choice.pick(nearBest, i -> distances[i], limit, random);
        CandidateWindows fine = levels[0];
        return new Match(fine.centreX(chosen), fine.centreY(chosen), distances[chosen], bestDistance);
    }

    /**
     * The (at most) {@code shortlist} candidates of level {@code level} nearest to {@code target}
     * among the neighbourhoods of {@code coarser} (candidates of the level above), nearest first,
     * equal distances in candidate order.
     */
    private int[] refine(int[] coarser, int level, TargetWindow target) {
        compareNeighbourhoods(coarser, level, target);
        float[] distances = refined[level];
        Integer[] order = new Integer[refinedList.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = refinedList.get(k);
        }
        Arrays.sort(order, (a, b) -> distances[a] != distances[b] ? Float.compare(distances[a], distances[b])
                : Integer.compare(a, b));
        int[] best = new int[Math.min(shortlist, order.length)];
        for (int k = 0; k < best.length; k++) {
            best[k] = order[k];
        }
        return best;
    }

    /**
     * Compares {@code target} with the candidates of level {@code level} in the 3×3 neighbourhood
     * of twice the centre of each of {@code coarser} (candidates of level {@code level + 1}), each
     * once, listing them in {@link #refinedList} in the order first met.
     *
     * @return the smallest distance found, or +∞ if none
     */
    private float compareNeighbourhoods(int[] coarser, int level, TargetWindow target) {
        CandidateWindows here = levels[level];
        CandidateWindows above = levels[level + 1];
        int[] seenHere = seen[level];
        float[] distances = refined[level];
        serial++;
        refinedList.clear();
        float bestDistance = Float.POSITIVE_INFINITY;
        for (int c : coarser) {
            int cx = 2 * above.centreX(c);
            int cy = 2 * above.centreY(c);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int i = here.indexOf(cx + dx, cy + dy);
                    if (i >= 0 && seenHere[i] != serial) {
                        seenHere[i] = serial;
                        distances[i] = form.at(target, here, cx + dx, cy + dy);
                        bestDistance = Math.min(bestDistance, distances[i]);
                        refinedList.add(i);
                    }
                }
            }
        }
        return bestDistance;
    }
}
