package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.ProgressCounter;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.SearchMode;
import io.github.inpaint4j.texture.WindowDistance;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Efros and Leung's non-parametric sampling, shared by hole filling and texture synthesis: grows
 * the known region of a {@link WorkingImage} pixel by pixel, copying the centre of a window of the
 * source chosen among those nearest to the pixel's known neighbourhood.
 *
 * <p>Rounds follow the pseudo-code of the paper: every pixel of the onion-peel front is searched
 * in turn; it is filled if the chosen candidate's distance is below MaxErrThreshold; a round that
 * fills nothing raises the threshold by 10 %. Rounds that certainly fill nothing (the threshold
 * not above the smallest best distance of the failed round, which a repeated round would find
 * again) are skipped by raising the threshold until it exceeds that distance.
 */
public final class EfrosLeungFill {

    private static final Logger LOG = LoggerFactory.getLogger(EfrosLeungFill.class);
    private static final double RELAXATION = 1.1;

    private EfrosLeungFill() {
    }

    /**
     * Fills every unknown pixel of {@code image} from the windows of {@code source}.
     *
     * @param source the candidate windows (non-empty), of {@code image} itself or of a sample
     * @param random every random choice of the run (tie order, candidate choice)
     */
    public static void run(WorkingImage image, CandidateWindows source, EfrosLeungConfig config,
            SplittableRandom random, ProgressListener progress, CancellationToken cancel) {
        int total = image.unknownCount();
        ProgressCounter counter = new ProgressCounter(progress, total);
        if (total == 0) {
            counter.finish(); // a synthesis whose seed covered the whole output
            return;
        }
        WindowWeights weights = WindowWeights.gaussian(config.window(), config.sigma());
        DistanceForm form = config.distance() == WindowDistance.NORMALISED_SSD ? DistanceForm.NORMALISED
                : DistanceForm.WEIGHTED_MEAN;
        NearBestChoice choice = new NearBestChoice(config.epsilon(), config.choice());
        long start = System.nanoTime();
        long searches = 0;
        int rounds = 0;
        try (WorkerPool pool = WorkerPool.create(config.threads())) {
            CandidateScan exactScan = new CandidateScan(source, pool, form);
            CandidateSearch search = new ExactSearch(exactScan, weights, choice);
            CandidateScan coarseScan = null;
            if (config.search() == SearchMode.COARSE_TO_FINE) {
                int coarseWindow = 2 * (weights.half() / 2) + 1;
                CandidateWindows halved = source.halved(coarseWindow);
                if (halved.isEmpty()) {
                    LOG.debug("no complete window at half resolution; using the exact search");
                } else {
                    coarseScan = new CandidateScan(halved, pool, form);
                    search = new CoarseToFineSearch(coarseScan, source, weights,
                            WindowWeights.gaussian(coarseWindow, config.sigma() / 2), form, choice, search,
                            EfrosLeungConfig.SHORTLIST);
                }
            }
            double maxError = config.maxErrorThreshold();
            while (image.unknownCount() > 0) {
                rounds++;
                boolean progressed = false;
                float smallestFailure = Float.POSITIVE_INFINITY;
                for (int pixel : OnionPeel.round(image, weights.half(), random)) {
                    cancel.throwIfCancelled();
                    int x = pixel % image.width();
                    int y = pixel / image.width();
                    Match match = search.find(image, x, y, random);
                    searches++;
                    if (match.distance() < maxError) {
                        image.fill(pixel, source.sample(0, match.sourceX(), match.sourceY()),
                                source.sample(1, match.sourceX(), match.sourceY()),
                                source.sample(2, match.sourceX(), match.sourceY()));
                        progressed = true;
                        counter.advanceTo(total - image.unknownCount());
                    } else {
                        smallestFailure = Math.min(smallestFailure, match.bestDistance());
                    }
                }
                if (!progressed) {
                    do {
                        maxError *= RELAXATION;
                    } while (maxError <= smallestFailure);
                    LOG.debug("no pixel below the error threshold in round {}; threshold raised to {}", rounds,
                            maxError);
                }
            }
            LOG.debug("Efros–Leung filled {} pixels in {} rounds and {} searches, {} ms; full resolution: {} window"
                    + " and {} pixel comparisons; half resolution: {} and {}", total, rounds, searches,
                    (System.nanoTime() - start) / 1_000_000, exactScan.comparisons(), exactScan.pixelComparisons(),
                    coarseScan == null ? 0 : coarseScan.comparisons(),
                    coarseScan == null ? 0 : coarseScan.pixelComparisons());
        }
    }
}
