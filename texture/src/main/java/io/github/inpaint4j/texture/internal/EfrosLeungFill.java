package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.ProgressCounter;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.SearchMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
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
     * Fills every unknown pixel of {@code image} from the windows of {@code source}, on a worker
     * pool of its own, reporting the fraction of the pixels filled.
     *
     * @param source the candidate windows (non-empty), of {@code image} itself or of a sample
     * @param random every random choice of the run (tie order, candidate choice)
     */
    public static void run(WorkingImage image, CandidateWindows source, EfrosLeungConfig config,
            SplittableRandom random, ProgressListener progress, CancellationToken cancel) {
        int total = image.unknownCount();
        ProgressCounter counter = new ProgressCounter(progress, total);
        if (total > 0) {
            try (WorkerPool pool = WorkerPool.create(config.threads())) {
                run(image, source, config, random, pool, counter::advanceTo, cancel);
            }
        }
        counter.finish(); // also for a synthesis whose seed covered the whole output
    }

    /**
     * Fills every unknown pixel of {@code image} from the windows of {@code source} on
     * {@code pool}, giving {@code filled} the count of pixels filled so far after each one.
     *
     * @param source the candidate windows (non-empty), of {@code image} itself or of a sample
     * @param random every random choice of the run (tie order, candidate choice)
     */
    public static void run(WorkingImage image, CandidateWindows source, EfrosLeungConfig config, SplittableRandom random,
            WorkerPool pool, LongConsumer filled, CancellationToken cancel) {
        int total = image.unknownCount();
        if (total == 0) {
            return;
        }
        WindowWeights weights = WindowWeights.gaussian(config.window(), config.sigma());
        DistanceForm form = DistanceForm.of(config.distance());
        NearBestChoice choice = new NearBestChoice(config.epsilon(), config.choice());
        long start = System.nanoTime();
        long searches = 0;
        int rounds = 0;
        CandidateScan exactScan = new CandidateScan(source, pool, form);
        CandidateSearch search = new ExactSearch(exactScan, weights, choice);
        CandidateScan coarseScan = null;
        if (config.search() == SearchMode.FAST) {
            CandidateWindows[] levels = pyramid(source, config.window());
            if (levels.length == 1) {
                LOG.debug("no complete window at half resolution; using the exact search");
            } else {
                WindowWeights[] levelWeights = new WindowWeights[levels.length];
                for (int l = 0; l < levels.length; l++) {
                    levelWeights[l] = l == 0 ? weights : WindowWeights.gaussian(
                            CoarseToFineSearch.windowAt(config.window(), l), config.sigma() / (1 << l));
                }
                coarseScan = new CandidateScan(levels[levels.length - 1], pool, form);
                search = new CoarseToFineSearch(coarseScan, levels, levelWeights, form, choice, search,
                        EfrosLeungConfig.SHORTLIST);
                LOG.debug("coarse-to-fine search on {} levels, {} candidates at the coarsest", levels.length,
                        levels[levels.length - 1].count());
            }
        }
        FillFront front = FillFront.of(image);
        double maxError = config.maxError();
        while (image.unknownCount() > 0) {
            rounds++;
            boolean progressed = false;
            float smallestFailure = Float.POSITIVE_INFINITY;
            for (int pixel : OnionPeel.round(image, front, weights.half(), random)) {
                cancel.throwIfCancelled();
                int x = pixel % image.width();
                int y = pixel / image.width();
                Match match = search.find(image, x, y, random);
                searches++;
                if (match.distance() < maxError) {
                    front.fill(pixel, source.sample(0, match.sourceX(), match.sourceY()),
                            source.sample(1, match.sourceX(), match.sourceY()),
                            source.sample(2, match.sourceX(), match.sourceY()));
                    progressed = true;
                    filled.accept(total - image.unknownCount());
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
        LOG.debug("Efros–Leung filled {} pixels of a {}×{} image in {} rounds and {} searches, {} ms; full"
                + " resolution: {} window and {} pixel comparisons; coarsest level: {} and {}", total, image.width(),
                image.height(), rounds, searches, (System.nanoTime() - start) / 1_000_000, exactScan.comparisons(),
                exactScan.pixelComparisons(), coarseScan == null ? 0 : coarseScan.comparisons(),
                coarseScan == null ? 0 : coarseScan.pixelComparisons());
    }

    /**
     * The candidates of the coarse-to-fine search's levels, full resolution first: the halvings of
     * {@code source} while {@link CoarseToFineSearch#needsLevel} asks for one more (at least one),
     * stopping before a halving that holds no candidate.
     */
    private static CandidateWindows[] pyramid(CandidateWindows source, int window) {
        List<CandidateWindows> levels = new ArrayList<>(List.of(source));
        do {
            CandidateWindows next = levels.get(levels.size() - 1).halved(
                    CoarseToFineSearch.windowAt(window, levels.size()));
            if (next.isEmpty()) {
                break;
            }
            levels.add(next);
        } while (CoarseToFineSearch.needsLevel(window, levels.size(), levels.get(levels.size() - 1).count()));
        return levels.toArray(CandidateWindows[]::new);
    }
}
