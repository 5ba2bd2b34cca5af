package io.github.inpaint4j.texture.internal;

/**
 * How much work an exemplar search does, in pixel comparisons, from the hole pixels it fills and
 * the candidate windows it searches: the model behind the automatic context region
 * ({@link ExemplarRegions}) and behind the cost estimate that the command line warns with.
 *
 * <p>A pixel comparison is one known offset of a window compared with one candidate (the three
 * channels together), the unit of the distance kernel; each candidate of a scan costs
 * {@link #CANDIDATE_OVERHEAD} more (turning sums into distances, minima). The shares below were
 * measured on photos (the {@code --verbose} log of a run gives both counts) and make the model
 * right to within a few tens of per cent, which is all a budget and a warning need.
 */
public final class SearchWork {

    /** Pixel comparisons that each candidate of a scan costs beside its known offsets. */
    static final double CANDIDATE_OVERHEAD = 4;
    /** Share of a window's offsets known when Efros–Leung fills a pixel (onion peel: about half). */
    static final double PIXEL_KNOWN_SHARE = 0.5;
    /** Share of a patch's offsets known when Criminisi fills it (it takes confident patches first). */
    static final double PATCH_KNOWN_SHARE = 0.65;
    /** Share of a patch's pixels one Criminisi step fills, on average. */
    static final double PATCH_FILL_SHARE = 0.35;
    /**
     * Pixel comparisons per second per thread of the kernel, calibrated on the reference machine
     * (a 2-core AMD EPYC VM, see docs/performance.md): case A's exact Efros–Leung run, whose log
     * gives its comparisons, timed by the speed harness
     * ({@code java -jar benchmarks/target/speed.jar --case A/efros-leung}).
     */
    static final double RATE_PER_THREAD = 4.7e9;

    /** The work of filling {@code holes} hole pixels from {@code candidates} candidate windows. */
    @FunctionalInterface
    public interface Model {
        /** The work, in pixel comparisons. */
        double of(long holes, long candidates);
    }

    private SearchWork() {
    }

    /** Criminisi with patch width {@code patch}: one exact scan per patch copied. */
    public static Model criminisi(int patch) {
        double area = (double) patch * patch;
        return (holes, candidates) -> Math.ceil(holes / (PATCH_FILL_SHARE * area))
                * candidates * (PATCH_KNOWN_SHARE * area + CANDIDATE_OVERHEAD);
    }

    /**
     * Criminisi's coarse-to-fine search in a region over budget ({@link ExemplarRegions#overBudget}):
     * per patch copied, a scan of a deep pyramid's coarsest candidates, then the 3×3 neighbourhoods of
     * the shortlist at each finer level.
     */
    public static Model criminisiCoarseToFine(int patch, int shortlist) {
        double area = (double) patch * patch;
        return (holes, candidates) -> Math.ceil(holes / (PATCH_FILL_SHARE * area))
                * coarseToFine(patch, shortlist, candidates, CoarseToFineSearch.Depth.DEEP, PATCH_KNOWN_SHARE);
    }

    /** Efros–Leung's exact search with window width {@code window}: one scan of every candidate per pixel. */
    public static Model efrosLeungExact(int window) {
        return (holes, candidates) -> (double) holes * candidates * scanCost(window);
    }

    /**
     * Efros–Leung's coarse-to-fine search: per pixel, a scan of the coarsest level's candidates
     * (a quarter as many at each level up, {@link CoarseToFineSearch#levels}), then the 3×3
     * neighbourhoods of the shortlist at each finer level.
     */
    public static Model efrosLeungFast(int window, int shortlist) {
        return (holes, candidates) -> holes
                * coarseToFine(window, shortlist, candidates, CoarseToFineSearch.Depth.STANDARD, PIXEL_KNOWN_SHARE);
    }

    /** Efros–Leung's coarse-to-fine search on a deep pyramid, in a region over budget ({@link ExemplarRegions#overBudget}). */
    public static Model efrosLeungFastDeep(int window, int shortlist) {
        return (holes, candidates) -> holes
                * coarseToFine(window, shortlist, candidates, CoarseToFineSearch.Depth.DEEP, PIXEL_KNOWN_SHARE);
    }

    /** One coarse-to-fine search: the coarsest level's scan, then the shortlist's neighbourhoods at each finer level. */
    private static double coarseToFine(int window, int shortlist, long candidates, CoarseToFineSearch.Depth depth,
            double knownShare) {
        int levels = CoarseToFineSearch.levels(window, candidates, depth);
        int coarsest = CoarseToFineSearch.windowAt(window, levels - 1);
        double work = candidates / Math.pow(4, levels - 1) * (knownShare * square(coarsest) + CANDIDATE_OVERHEAD);
        for (int l = 0; l < levels - 1; l++) {
            work += 9.0 * shortlist * knownShare * square(CoarseToFineSearch.windowAt(window, l));
        }
        return work;
    }

    /** Seconds that {@code work} pixel comparisons take on {@code threads} threads at the calibrated rate. */
    public static double seconds(double work, int threads) {
        return work / (RATE_PER_THREAD * Math.min(threads, Runtime.getRuntime().availableProcessors()));
    }

    private static double scanCost(int window) {
        return PIXEL_KNOWN_SHARE * square(window) + CANDIDATE_OVERHEAD;
    }

    private static double square(int w) {
        return (double) w * w;
    }
}
