package io.github.inpaint4j.texture.internal;

import java.util.SplittableRandom;

/** Compares the pixel's window with every candidate window, then draws among the near-best. */
final class ExactSearch implements CandidateSearch {

    private final CandidateScan scan;
    private final WindowWeights weights;
    private final NearBestChoice choice;
    private final IntList nearBest = new IntList();

    ExactSearch(CandidateScan scan, WindowWeights weights, NearBestChoice choice) {
        this.scan = scan;
        this.weights = weights;
        this.choice = choice;
    }

    @Override
    public Match find(WorkingImage image, int x, int y, SplittableRandom random) {
        scan.run(TargetWindow.around(image, x, y, weights));
        float best = scan.minimum();
        float limit = choice.limit(best);
        nearBest.clear();
        scan.collectAtMost(limit, nearBest);
        int chosen = choice.pick(nearBest, scan::distance, limit, random);
        CandidateWindows source = scan.source();
        return new Match(source.centreX(chosen), source.centreY(chosen), scan.distance(chosen), best);
    }
}
