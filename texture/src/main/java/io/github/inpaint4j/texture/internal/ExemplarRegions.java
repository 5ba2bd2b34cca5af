package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressCounter;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.texture.ExemplarContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Criminisi and Efros–Leung take their exemplars from: the holes split into context regions
 * ({@link HoleRegions}), each a rectangle holding some holes and a margin of picture around them,
 * filled on its own from the windows that lie wholly inside it (and in the source mask, if there
 * is one). A region is cropped out, filled and pasted back, so every cost of the fill — scans,
 * fronts, priorities, memory — grows with the region rather than with the picture.
 *
 * <p>The margin ({@link ExemplarContext}): a fixed width, the whole picture, or, by default, as wide
 * as a work budget allows — the whole picture if filling every hole from all of it fits
 * {@link #AUTO_BUDGET} pixel comparisons (every picture up to about a megapixel with a
 * proportionate hole), otherwise for each hole the widest margin whose search fits its share of the
 * budget (shares in proportion to the holes' pixels), never narrower than {@link #MIN_MARGIN_WINDOWS}
 * windows. The margins depend on the mask, the source mask and the window only, never on the
 * machine or the thread count, so the output does not either.
 *
 * <p>A region whose search exceeds its share of the budget even at the narrowest margin (a hole of
 * a million pixels in a 12-megapixel photo) is {@linkplain #overBudget over budget}: the methods
 * search it at a coarser level first (Criminisi coarse to fine, Efros–Leung's coarse-to-fine search
 * on a deeper pyramid) rather than run for many times the budget. Only the automatic context has
 * a budget; a margin or the whole picture chosen by the user is searched as asked.
 *
 * <p>Immutable once made.
 */
public final class ExemplarRegions {

    /**
     * The work, in pixel comparisons ({@link SearchWork}), that the automatic margins keep a fill
     * within: about half a minute on the 2-core reference machine.
     */
    public static final double AUTO_BUDGET = 2.5e11;
    /** The automatic margin is at least this many window widths. */
    public static final int MIN_MARGIN_WINDOWS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ExemplarRegions.class);

    private final int width;
    private final int height;
    private final int window;
    private final boolean[] copyable;
    private final boolean hasSource;
    private final List<Rect> regions;
    private final long[] holes;
    private final long[] candidates;
    private final boolean[] overBudget;

    private ExemplarRegions(Mask mask, Mask sourceMask, int window, int context, SearchWork.Model model,
            double budget) {
        this.width = mask.width();
        this.height = mask.height();
        this.window = window;
        int half = window / 2;
        boolean[] hole = mask.toArray();
        this.copyable = new boolean[hole.length];
        for (int i = 0; i < hole.length; i++) {
            copyable[i] = !hole[i] && (sourceMask == null || sourceMask.isHole(i));
        }
        boolean[] centres = new boolean[hole.length];
        boolean any = false;
        if (width > 2 * half && height > 2 * half) {
            WindowCounts counts = new WindowCounts(width, height, copyable);
            for (int y = half; y < height - half; y++) {
                for (int x = half; x < width - half; x++) {
                    centres[y * width + x] = counts.allAround(x, y, half);
                    any |= centres[y * width + x];
                }
            }
        }
        this.hasSource = any;
        WindowCounts centreCounts = new WindowCounts(width, height, centres);
        Rect whole = new Rect(0, 0, width, height);
        long holeCount = mask.holeCount();
        Set<Rect> overBudgetHoles = new HashSet<>();
        if (context == ExemplarContext.WHOLE_PICTURE || !any || holeCount == 0
                || context == ExemplarContext.AUTO
                        && model.of(holeCount, candidatesIn(whole, centreCounts, half)) <= budget) {
            this.regions = List.of(whole);
        } else {
            HoleRegions.Margins margins = context > 0 ? c -> context
                    : budgeted(model, budget, holeCount, centreCounts, half, MIN_MARGIN_WINDOWS * window,
                            overBudgetHoles);
            this.regions = HoleRegions.of(width, height, HoleRegions.components(width, height, hole), centres, half,
                    margins);
        }
        this.holes = new long[regions.size()];
        this.candidates = new long[regions.size()];
        this.overBudget = new boolean[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            Rect region = regions.get(r);
            candidates[r] = candidatesIn(region, centreCounts, half);
            for (int y = region.y(); y < region.endY(); y++) {
                for (int x = region.x(); x < region.endX(); x++) {
                    holes[r] += hole[y * width + x] ? 1 : 0;
                }
            }
            for (Rect box : overBudgetHoles) {
                overBudget[r] |= region.contains(box.x(), box.y());
            }
        }
    }

    /**
     * The regions of {@code mask}'s holes for windows of width {@code window}.
     *
     * @param sourceMask the pixels that may be copied ({@code true}), of the mask's size, or
     *     {@code null} for every known pixel
     * @param context the margin setting ({@link ExemplarContext})
     * @param model the work of the method's search, which sizes the automatic margins
     */
    public static ExemplarRegions of(Mask mask, Mask sourceMask, int window, int context, SearchWork.Model model) {
        return new ExemplarRegions(mask, sourceMask, window, context, model, AUTO_BUDGET);
    }

    /** As {@link #of(Mask, Mask, int, int, SearchWork.Model)} with another budget than {@link #AUTO_BUDGET} (tests). */
    static ExemplarRegions of(Mask mask, Mask sourceMask, int window, int context, SearchWork.Model model,
            double budget) {
        return new ExemplarRegions(mask, sourceMask, window, context, model, budget);
    }

    /** {@code true} if a complete window of pixels that may be copied lies somewhere in the picture. */
    public boolean hasSource() {
        return hasSource;
    }

    /** The regions, disjoint, in row-major order of their top-left corners. */
    public List<Rect> regions() {
        return regions;
    }

    /** Number of candidate windows in region {@code r}. */
    public long candidates(int r) {
        return candidates[r];
    }

    /** Number of hole pixels in region {@code r}. */
    public long holes(int r) {
        return holes[r];
    }

    /**
     * {@code true} if region {@code r} holds a hole whose search the automatic context could not
     * bring within its share of {@link #AUTO_BUDGET}, even at the narrowest margin, by the model the
     * regions were sized with: the methods search the region at a coarser level first.
     */
    public boolean overBudget(int r) {
        return overBudget[r];
    }

    /** The work of filling every region with a search whose work {@code model} gives, in pixel comparisons. */
    public double work(SearchWork.Model model) {
        return work(model, model);
    }

    /**
     * The work of filling every region, in pixel comparisons: by {@code model} for a region within
     * budget, by {@code overBudgetModel} for one {@linkplain #overBudget over budget}.
     */
    public double work(SearchWork.Model model, SearchWork.Model overBudgetModel) {
        double total = 0;
        for (int r = 0; r < regions.size(); r++) {
            total += (overBudget[r] ? overBudgetModel : model).of(holes[r], candidates[r]);
        }
        return total;
    }

    /** Fills one region. */
    @FunctionalInterface
    public interface RegionFill {
        /**
         * Fills every unknown pixel of {@code part} from {@code source}, giving {@code filled} the
         * count of pixels filled so far.
         *
         * @param overBudget the region is {@linkplain ExemplarRegions#overBudget over budget}
         */
        void fill(WorkingImage part, CandidateWindows source, WorkerPool pool, LongConsumer filled,
                boolean overBudget);
    }

    /**
     * Fills the holes of {@code image} (which has the mask's holes unknown) region by region, on a
     * worker pool of {@code threads} threads, reporting the fraction of the hole pixels filled.
     * There must be a source ({@link #hasSource()}).
     */
    public void fill(WorkingImage image, int threads, ProgressListener progress, CancellationToken cancel,
            RegionFill fill) {
        long total = 0;
        for (long h : holes) {
            total += h;
        }
        ProgressCounter counter = new ProgressCounter(progress, total);
        LOG.debug("{} context region(s) for {} hole pixels: {}", regions.size(), total, this);
        try (WorkerPool pool = WorkerPool.create(threads)) {
            long before = 0;
            for (int r = 0; r < regions.size(); r++) {
                cancel.throwIfCancelled();
                Rect region = regions.get(r);
                boolean whole = region.width() == width && region.height() == height;
                WorkingImage part = whole ? image : image.crop(region);
                long done = before;
                fill.fill(part, CandidateWindows.in(part, crop(region), window), pool,
                        n -> counter.advanceTo(done + n), overBudget[r]);
                if (!whole) {
                    image.paste(part, region);
                }
                before += holes[r];
            }
        }
        counter.finish();
    }

    /** The regions with their hole pixels and candidates. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < regions.size(); r++) {
            text.append(r == 0 ? "" : ", ").append(regions.get(r)).append(" (").append(holes[r])
                    .append(" hole pixels, ").append(candidates[r]).append(" candidates")
                    .append(overBudget[r] ? ", over budget)" : ")");
        }
        return text.toString();
    }

    private boolean[] crop(Rect region) {
        boolean[] part = new boolean[region.width() * region.height()];
        for (int y = 0; y < region.height(); y++) {
            System.arraycopy(copyable, (region.y() + y) * width + region.x(), part, y * region.width(),
                    region.width());
        }
        return part;
    }

    /**
     * The automatic margins: for each component the widest margin in [{@code minMargin}, the
     * picture's size] whose search fits the component's share of {@link #AUTO_BUDGET}, or
     * {@code minMargin} if none does — the component's bounding box then goes to {@code overBudget}.
     */
    private HoleRegions.Margins budgeted(SearchWork.Model model, double budget, long totalHoles,
            WindowCounts centreCounts, int half, int minMargin, Set<Rect> overBudget) {
        int widest = Math.max(width, height);
        return c -> {
            double share = budget * c.holes() / totalHoles;
            int lo = minMargin;
            int hi = widest;
            if (model.of(c.holes(), candidatesIn(c.box().expand(lo, width, height), centreCounts, half)) > share) {
                overBudget.add(c.box());
                return lo;
            }
            while (lo < hi) {
                int mid = (int) (((long) lo + hi + 1) / 2);
                if (model.of(c.holes(), candidatesIn(c.box().expand(mid, width, height), centreCounts, half)) <= share) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        };
    }

    /** The candidate centres of a crop of {@code region}: those whose window lies inside it. */
    private static long candidatesIn(Rect region, WindowCounts centreCounts, int half) {
        return centreCounts.in(region.x() + half, region.y() + half, region.width() - 2 * half,
                region.height() - 2 * half);
    }
}
