package io.github.inpaint4j.texture.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The accelerated Efros–Leung search, a two-level pyramid. The window at half resolution (means of
 * 2×2 blocks, so about a quarter of the offsets) is compared with every half-resolution candidate
 * (a quarter of the positions); the full window is then compared with the full-resolution
 * candidates in the 3×3 neighbourhood of each of the best few, and the near-best rule draws among
 * those. Falls back to the exact search for a pixel whose half-resolution window has no known
 * block, or whose shortlist has no complete full-resolution window.
 */
final class CoarseToFineSearch implements CandidateSearch {

    private final CandidateScan coarseScan;
    private final CandidateWindows fine;
    private final WindowWeights fineWeights;
    private final WindowWeights coarseWeights;
    private final DistanceForm form;
    private final NearBestChoice choice;
    private final CandidateSearch fallback;
    private final int shortlist;
    private final int[] seen;
    private final float[] refined;
    private final IntList refinedList = new IntList();
    private final IntList nearBest = new IntList();
    private int serial;

    CoarseToFineSearch(CandidateScan coarseScan, CandidateWindows fine, WindowWeights fineWeights,
            WindowWeights coarseWeights, DistanceForm form, NearBestChoice choice, CandidateSearch fallback,
            int shortlist) {
        this.coarseScan = coarseScan;
        this.fine = fine;
        this.fineWeights = fineWeights;
        this.coarseWeights = coarseWeights;
        this.form = form;
        this.choice = choice;
        this.fallback = fallback;
        this.shortlist = shortlist;
        this.seen = new int[fine.count()];
        this.refined = new float[fine.count()];
        Arrays.fill(seen, -1);
    }

    @Override
    public Match find(WorkingImage image, int x, int y, SplittableRandom random) {
        TargetWindow coarse = TargetWindow.halvedAround(image, x, y, coarseWeights);
        if (coarse.isEmpty()) {
            return fallback.find(image, x, y, random);
        }
        coarseScan.run(coarse);
        int[] best = coarseScan.smallest(shortlist);
        TargetWindow target = TargetWindow.around(image, x, y, fineWeights);
        serial++;
        refinedList.clear();
        float bestDistance = Float.POSITIVE_INFINITY;
        CandidateWindows halved = coarseScan.source();
        for (int c : best) {
            int cx = 2 * halved.centreX(c);
            int cy = 2 * halved.centreY(c);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int i = fine.indexOf(cx + dx, cy + dy);
                    if (i >= 0 && seen[i] != serial) {
                        seen[i] = serial;
                        refined[i] = form.at(target, fine, cx + dx, cy + dy);
                        bestDistance = Math.min(bestDistance, refined[i]);
                        refinedList.add(i);
                    }
                }
            }
        }
        if (refinedList.size() == 0) {
            return fallback.find(image, x, y, random);
        }
        float limit = choice.limit(bestDistance);
        nearBest.clear();
        for (int k = 0; k < refinedList.size(); k++) {
            if (refined[refinedList.get(k)] <= limit) {
                nearBest.add(refinedList.get(k));
            }
        }
        int chosen = choice.pick(nearBest, i -> refined[i], limit, random);
        return new Match(fine.centreX(chosen), fine.centreY(chosen), refined[chosen], bestDistance);
    }
}
