package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressCounter;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.texture.PatchMatchConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wexler, Shechtman and Irani's multi-scale completion with PatchMatch nearest-neighbour fields,
 * region by region ({@link HoleRegions}): each region (the holes plus context) is cropped, its
 * Gaussian pyramid built, and completed coarse to fine. At the coarsest level the field starts as
 * uniform draws and the hole as an {@linkplain OnionPeelStart onion peel}; every level repeats
 * {evaluation of the matches, PatchMatch passes, weights, vote}; a level's last vote is taken at
 * the next finer level, through the field upsampled, with the finer level's pixels; the very last
 * vote is the sharp one. The hole pixels of the finest level are pasted back into the picture.
 * Levels and fields are dropped as soon as the next finer level no longer needs them.
 *
 * <p>One instance completes one picture, once ({@link #run} fills its own copy of the samples);
 * not thread-safe, its worker threads are its own.
 */
public final class PatchMatchCompletion {

    private static final Logger LOG = LoggerFactory.getLogger(PatchMatchCompletion.class);
    /**
     * Below this many targets (or hole pixels) a step runs on the calling thread alone. A pass over
     * 256 targets is tens of microseconds of work, several times what handing it to another thread
     * costs; the coarse levels, with a few hundred to a few thousand targets but the most
     * iterations, are a third of the work and must be shared too.
     */
    static final int PARALLEL_MIN = 256;
    /** Progress is counted in millionths of the whole. */
    private static final int PROGRESS_UNITS = 1_000_000;
    /** Bandwidth of the sharp vote's mean shift, in sample units ([0, 1] per channel). */
    static final float SHARP_BANDWIDTH = 0.1f;
    /**
     * The automatic pyramid stops once the hole is at most this many patch widths deep, about
     * twice as many across: where the coarsest level's patches see across the hole and place its
     * structures (periods as long as the hole is wide included).
     */
    static final int AUTO_DEPTH_PATCHES = 1;
    /**
     * Random search radius below the coarsest level, in pixels: the coarser field has placed the
     * matches, so the finer levels refine them locally (a uniform draw per pass still looks anywhere).
     */
    static final int FINE_SEARCH_RADIUS = 16;
    /** Side, in pixels, of the square over which the texture features average the gradients. */
    static final int TEXTURE_BOX = 8;
    /**
     * Weight of the texture features against the colours in the patch distance, above the finest
     * level. At the finest the colours carry the detail themselves, and the distance leaves the
     * features out (the same fills, two fifths less arithmetic where most of it is done). 15 keeps
     * more detail in guided fills than 5 (texture fidelity 0.90 against 0.83 on the bench's centre
     * holes); 40 no more.
     */
    static final float TEXTURE_WEIGHT = 15f;

    private final PatchMatchConfig config;
    private final int width;
    private final int height;
    private final float[] samples;
    private final boolean[] hole;
    private final boolean[] copyable;
    private final boolean[] sourceCentres;
    private final int half;

    private PatchMatchCompletion(RgbImage image, Mask mask, PatchMatchConfig config) {
        this.config = config;
        this.width = image.width();
        this.height = image.height();
        this.samples = image.toPlanar();
        this.hole = mask.toArray();
        this.half = config.patch() / 2;
        Mask source = config.sourceMask();
        this.copyable = new boolean[hole.length];
        for (int i = 0; i < hole.length; i++) {
            copyable[i] = !hole[i] && (source == null || source.isHole(i));
        }
        this.sourceCentres = new boolean[hole.length];
        if (width > 2 * half && height > 2 * half) {
            WindowCounts counts = new WindowCounts(width, height, copyable);
            for (int y = half; y < height - half; y++) {
                for (int x = half; x < width - half; x++) {
                    sourceCentres[y * width + x] = counts.allAround(x, y, half);
                }
            }
        }
    }

    /** A completion of {@code image}'s holes; {@link #hasSourcePatch()} says if it can run. */
    public static PatchMatchCompletion of(RgbImage image, Mask mask, PatchMatchConfig config) {
        return new PatchMatchCompletion(image, mask, config);
    }

    /** {@code true} if a complete patch of pixels that may be copied lies in the picture. */
    public boolean hasSourcePatch() {
        for (boolean s : sourceCentres) {
            if (s) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fills the holes; {@link #hasSourcePatch()} must be {@code true}.
     *
     * @param guide another method's fill of the same holes, which starts the coarsest level and
     *     enters the coarse levels' patch distance; {@code null} for an unguided completion
     * @return the picture with its holes filled; known pixels are copied bit for bit
     */
    public RgbImage run(GuideFill guide, ProgressListener progress, CancellationToken cancel) {
        long start = System.nanoTime();
        List<Rect> regions = HoleRegions.of(width, height, hole, sourceCentres, half, 3 * config.patch());
        long totalHoles = 0;
        long[] holesIn = new long[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            holesIn[r] = count(regions.get(r));
            totalHoles += holesIn[r];
        }
        ProgressCounter counter = new ProgressCounter(progress, PROGRESS_UNITS);
        long before = 0;
        try (WorkerPool pool = WorkerPool.create(config.threads())) {
            for (int r = 0; r < regions.size(); r++) {
                cancel.throwIfCancelled();
                long done = before;
                long total = totalHoles;
                long share = holesIn[r];
                Region region = new Region(regions.get(r), r, guide, pool, cancel,
                        fraction -> counter.advanceTo(Math.min(PROGRESS_UNITS - 1,
                                (long) ((done + fraction * share) * PROGRESS_UNITS / total))));
                region.complete();
                before += share;
            }
        }
        counter.finish();
        LOG.debug("PatchMatch completed {} hole pixels in {} region(s) in {} ms", totalHoles, regions.size(),
                (System.nanoTime() - start) / 1_000_000);
        return RgbImage.fromPlanar(width, height, samples);
    }

    private long count(Rect r) {
        long n = 0;
        for (int y = r.y(); y < r.endY(); y++) {
            for (int x = r.x(); x < r.endX(); x++) {
                n += hole[y * width + x] ? 1 : 0;
            }
        }
        return n;
    }

    /** Receives the fraction of one region's work done. */
    @FunctionalInterface
    private interface RegionProgress {
        void done(double fraction);
    }

    /** A step of one stripe, run by worker {@code worker}. */
    @FunctionalInterface
    private interface StripeStep {
        void run(int worker, int stripe);
    }

    /** The completion of one region: its pyramid, its fields and the EM loop. */
    private final class Region {
        private final Rect box;
        private final GuideFill guide;
        private final long seed;
        private final WorkerPool pool;
        private final CancellationToken cancel;
        private final RegionProgress progress;
        private final PixelRandom[] randoms;
        private final PatchVote[] votes;
        /** The source pixel each finest-level hole pixel was copied from by the sharp vote. */
        private int[] origin;
        private long unitsDone;
        private long unitsTotal;

        Region(Rect box, int index, GuideFill guide, WorkerPool pool, CancellationToken cancel, RegionProgress progress) {
            this.box = box;
            this.guide = guide;
            this.seed = config.seed() + 0x9E3779B97F4A7C15L * index;
            this.pool = pool;
            this.cancel = cancel;
            this.progress = progress;
            this.randoms = new PixelRandom[pool.threads()];
            this.votes = new PatchVote[pool.threads()];
            for (int w = 0; w < randoms.length; w++) {
                randoms[w] = new PixelRandom();
                votes[w] = new PatchVote(config.patch());
            }
        }

        void complete() {
            long start = System.nanoTime();
            List<PyramidLevel> levels = pyramid();
            origin = new int[levels.get(0).size()];
            java.util.Arrays.fill(origin, -1);
            int count = levels.size();
            int top = count - 1;
            for (int l = 0; l < count; l++) {
                // One unit per hole pixel for each evaluation, search pass and vote, and for each level's start.
                unitsTotal += (long) levels.get(l).holeCount
                        * (config.iterationsAt(l, count) * (config.searchIterations() + 2L) + 1);
            }
            LOG.debug("region {}: {} hole pixels, {} levels, coarsest {}×{}; pyramid built in {} ms", box,
                    levels.get(0).holeCount, count, levels.get(top).width, levels.get(top).height,
                    (System.nanoTime() - start) / 1_000_000);
            NearestNeighbourField field = new NearestNeighbourField(levels.get(top),
                    (float) config.guideWeightAt(top, count));
            start(field, top);
            for (int l = top; l >= 0; l--) {
                if (l < top) {
                    NearestNeighbourField coarse = field;
                    NearestNeighbourField fine = new NearestNeighbourField(levels.get(l),
                            (float) config.guideWeightAt(l, count));
                    int levelIndex = l;
                    steps(fine.stripes(), fine.targets.length,
                            (w, s) -> fine.upsample(s, coarse, seed, levelIndex, randoms[w]));
                    levels.set(l + 1, null);
                    field = fine;
                    vote(field, 0);
                } else {
                    advance(field.level.holeCount);
                }
                iterate(field, l, config.iterationsAt(l, count), l == top);
                LOG.debug("level {} ({}×{}, {} targets, {} iterations) done at {} ms", l, field.level.width,
                        field.level.height, field.targets.length, config.iterationsAt(l, count),
                        (System.nanoTime() - start) / 1_000_000);
            }
            if (config.blend() == PatchMatchConfig.Blend.GRADIENT) {
                long blendStart = System.nanoTime();
                GradientBlend.apply(levels.get(0), origin, this::tasks);
                LOG.debug("gradient-domain blend in {} ms", (System.nanoTime() - blendStart) / 1_000_000);
            }
            paste(levels.get(0));
        }

        /**
         * The coarsest level's start: uniform draws for the field, then the hole from the guide if
         * there is one, or else from the onion peel.
         */
        private void start(NearestNeighbourField field, int levelIndex) {
            steps(field.stripes(), field.targets.length, (w, s) -> field.randomise(s, seed, levelIndex, randoms[w]));
            if (guide != null) {
                field.level.startFromGuide();
                return;
            }
            OnionPeelStart onion = new OnionPeelStart(field);
            for (int d = 1; d <= onion.layers(); d++) {
                int layer = d;
                steps(onion.matchParts(d), onion.matchCount(d),
                        (w, s) -> onion.match(layer, s, seed, levelIndex, randoms[w]));
                steps(onion.fillParts(d), onion.fillCount(d), (w, s) -> onion.fill(layer, s));
            }
        }

        /**
         * The EM iterations of one level: evaluate the matches on the current picture, PatchMatch
         * passes, weights, vote. Above the finest level the last vote is left to the finer level;
         * at the finest, the last vote is the sharp one.
         */
        private void iterate(NearestNeighbourField field, int levelIndex, int iterations, boolean coarsest) {
            int radius = coarsest ? Math.max(field.level.width, field.level.height) : FINE_SEARCH_RADIUS;
            int holes = field.level.holeCount;
            for (int it = 0; it < iterations; it++) {
                steps(field.stripes(), field.targets.length, (w, s) -> field.evaluate(s));
                advance(holes);
                for (int pass = 0; pass < config.searchIterations(); pass++) {
                    int passIndex = it * config.searchIterations() + pass;
                    field.takeSnapshot();
                    steps(field.stripes(), field.targets.length,
                            (w, s) -> field.search(s, passIndex, seed, levelIndex, radius, randoms[w]));
                    advance(holes);
                }
                float sigmaSquared = PatchVote.sigmaSquared(field);
                steps(field.stripes(), field.targets.length, (w, s) -> PatchVote.weigh(field, s, sigmaSquared));
                boolean last = it == iterations - 1;
                if (levelIndex > 0 && last) {
                    advance(holes);
                    return;
                }
                vote(field, levelIndex == 0 && last ? SHARP_BANDWIDTH : 0);
            }
        }

        /** The levels, finest first, as many as {@link PatchMatchConfig#levels()} asks or the hole needs. */
        private List<PyramidLevel> pyramid() {
            int n = box.width() * box.height();
            float[] planar = new float[RgbImage.CHANNELS * n];
            float[] guidePlanar = guide == null ? null : guide.crop(box, samples, hole, width, height);
            boolean[] cropHole = new boolean[n];
            boolean[] cropCopyable = new boolean[n];
            for (int y = 0; y < box.height(); y++) {
                int from = (box.y() + y) * width + box.x();
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    System.arraycopy(samples, c * width * height + from, planar, c * n + y * box.width(), box.width());
                }
                System.arraycopy(hole, from, cropHole, y * box.width(), box.width());
                System.arraycopy(copyable, from, cropCopyable, y * box.width(), box.width());
            }
            List<PyramidLevel> levels = new ArrayList<>();
            levels.add(PyramidLevel.finest(box.width(), box.height(), half, planar, guidePlanar, cropHole,
                    cropCopyable, TEXTURE_BOX, this::tasks));
            int smallest = 2 * config.patch() + 1;
            while (true) {
                PyramidLevel last = levels.get(levels.size() - 1);
                boolean enough = config.levels() == PatchMatchConfig.AUTO_LEVELS
                        ? last.maxDepth <= AUTO_DEPTH_PATCHES * config.patch() : levels.size() >= config.levels();
                if (enough || (last.width + 1) / 2 < smallest || (last.height + 1) / 2 < smallest) {
                    return levels;
                }
                PyramidLevel next = last.coarser(TEXTURE_WEIGHT, this::tasks);
                if (next.sources.length == 0) {
                    return levels;
                }
                levels.add(next);
            }
        }

        private void vote(NearestNeighbourField field, float bandwidth) {
            steps(field.holeStripes(), field.holePixels.length, (w, s) -> votes[w].vote(field, s, bandwidth,
                    bandwidth > 0 ? origin : null));
            advance(field.level.holeCount);
        }

        /** Runs independent tasks on the pool's threads. */
        private void tasks(int count, java.util.function.IntConsumer task) {
            cancel.throwIfCancelled();
            AtomicInteger next = new AtomicInteger();
            pool.share(Math.max(1, Math.min(pool.threads(), count)), worker -> {
                for (int t = next.getAndIncrement(); t < count; t = next.getAndIncrement()) {
                    task.accept(t);
                }
            });
        }

        /** Runs {@code step} on every stripe, on the pool's threads if there is enough work. */
        private void steps(int stripes, int work, StripeStep step) {
            cancel.throwIfCancelled();
            int workers = work < PARALLEL_MIN ? 1 : Math.min(pool.threads(), stripes);
            AtomicInteger next = new AtomicInteger();
            pool.share(Math.max(1, workers), worker -> {
                for (int s = next.getAndIncrement(); s < stripes; s = next.getAndIncrement()) {
                    if (cancel.isCancelled()) {
                        return;
                    }
                    step.run(worker, s);
                }
            });
            cancel.throwIfCancelled();
        }

        private void advance(long units) {
            unitsDone += units;
            progress.done(unitsTotal == 0 ? 1 : Math.min(1, (double) unitsDone / unitsTotal));
        }

        /** Copies the finest level's hole pixels into the picture. */
        private void paste(PyramidLevel level) {
            int plane = width * height;
            for (int y = 0; y < box.height(); y++) {
                for (int x = 0; x < box.width(); x++) {
                    int i = y * box.width() + x;
                    if (level.hole[i]) {
                        int g = (box.y() + y) * width + box.x() + x;
                        samples[g] = level.red[i];
                        samples[plane + g] = level.green[i];
                        samples[2 * plane + g] = level.blue[i];
                    }
                }
            }
        }
    }
}
