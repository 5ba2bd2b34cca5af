package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.texture.CriminisiConfig;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Criminisi, Pérez and Toyama's exemplar-based filling: repeatedly takes the fill-front pixel of
 * highest {@link FillPriority priority}, finds the complete known source patch nearest (SSD over
 * the known pixels) to its patch, copies that patch into the patch's unknown pixels and gives them
 * the pixel's confidence.
 *
 * <p>Deterministic: equal priorities go to the higher confidence, then to the first pixel in
 * row-major order; equal distances to the first candidate in row-major order.
 */
public final class CriminisiFill {

    private static final Logger LOG = LoggerFactory.getLogger(CriminisiFill.class);

    private final WorkingImage image;
    private final CandidateWindows source;
    private final CriminisiConfig config;
    private final float[] confidence;
    private final FillPriority priority;
    private final WindowWeights unit;
    private final FillFront front;
    private final boolean[] cached;
    private final float[] cachedPriority;
    private final float[] cachedConfidence;

    private CriminisiFill(WorkingImage image, CandidateWindows source, CriminisiConfig config) {
        this.image = image;
        this.source = source;
        this.config = config;
        this.confidence = new float[image.width() * image.height()];
        for (int i = 0; i < confidence.length; i++) {
            confidence[i] = image.isKnown(i) ? 1f : 0f;
        }
        this.priority = new FillPriority(image, confidence, config.patch() / 2);
        this.unit = WindowWeights.uniform(config.patch());
        this.front = FillFront.of(image);
        this.cached = new boolean[confidence.length];
        this.cachedPriority = new float[confidence.length];
        this.cachedConfidence = new float[confidence.length];
    }

    /**
     * Fills every unknown pixel of {@code image} from the patches of {@code source} (non-empty) on
     * {@code pool}, giving {@code filled} the count of pixels filled so far after each patch.
     */
    public static void run(WorkingImage image, CandidateWindows source, CriminisiConfig config, WorkerPool pool,
            LongConsumer filled, CancellationToken cancel) {
        new CriminisiFill(image, source, config).fill(pool, filled, cancel);
    }

    private void fill(WorkerPool pool, LongConsumer filled, CancellationToken cancel) {
        int total = image.unknownCount();
        if (total == 0) {
            return;
        }
        long start = System.nanoTime();
        int iterations = 0;
        CandidateScan scan = new CandidateScan(source, pool, DistanceForm.SSD);
        while (image.unknownCount() > 0) {
            cancel.throwIfCancelled();
            int p = highestPriority();
            int px = p % image.width();
            int py = p / image.width();
            int exemplar = bestExemplar(scan, TargetWindow.around(image, px, py, unit), px, py);
            copyPatch(px, py, source.centreX(exemplar), source.centreY(exemplar), priority.confidence(px, py));
            iterations++;
            filled.accept(total - image.unknownCount());
        }
        LOG.debug("Criminisi filled {} pixels of a {}×{} image with {} patches in {} ms; {} window and {} pixel"
                + " comparisons", total, image.width(), image.height(), iterations,
                (System.nanoTime() - start) / 1_000_000, scan.comparisons(), scan.pixelComparisons());
    }

    /**
     * The front pixel of highest priority (ties: higher confidence, then row-major order).
     * Priorities are kept from one step to the next; {@link #copyPatch} forgets those it may change.
     */
    private int highestPriority() {
        int best = -1;
        float bestPriority = -1;
        float bestConfidence = -1;
        int w = image.width();
        for (int k = 0; k < front.size(); k++) {
            int i = front.get(k);
            if (!cached[i]) {
                cachedConfidence[i] = priority.confidence(i % w, i / w);
                cachedPriority[i] = cachedConfidence[i] * priority.dataTerm(i % w, i / w);
                cached[i] = true;
            }
            float c = cachedConfidence[i];
            float p = cachedPriority[i];
            if (p > bestPriority || (p == bestPriority && (c > bestConfidence || (c == bestConfidence && i < best)))) {
                best = i;
                bestPriority = p;
                bestConfidence = c;
            }
        }
        return best;
    }

    /** The candidate nearest to {@code target}, within the search radius if one is set (doubled until a candidate lies within it). */
    private int bestExemplar(CandidateScan scan, TargetWindow target, int px, int py) {
        int radius = config.searchRadius();
        int reach = Math.max(source.width(), source.height());
        while (true) {
            if (radius == 0 || radius >= reach) {
                scan.run(target);
            } else {
                scan.run(target, px - radius, py - radius, px + radius, py + radius);
            }
            if (scan.scannedCount() > 0) {
                return scan.firstAtMost(scan.minimum());
            }
            radius *= 2;
        }
    }

    /**
     * Copies the exemplar centred on {@code (qx, qy)} into the unknown pixels of the patch centred
     * on {@code (px, py)}, and forgets the priorities that this may change: within 2·half + 1 of
     * the patch centre, as a priority reads the confidences of its patch, the gradients (one pixel
     * further) of its patch, and the known flags around it.
     */
    private void copyPatch(int px, int py, int qx, int qy, float patchConfidence) {
        int half = config.patch() / 2;
        int reach = 2 * half + 1;
        for (int y = Math.max(0, py - reach); y <= Math.min(image.height() - 1, py + reach); y++) {
            for (int x = Math.max(0, px - reach); x <= Math.min(image.width() - 1, px + reach); x++) {
                cached[y * image.width() + x] = false;
            }
        }
        for (int dy = -half; dy <= half; dy++) {
            for (int dx = -half; dx <= half; dx++) {
                int x = px + dx;
                int y = py + dy;
                if (image.contains(x, y) && !image.isKnown(y * image.width() + x)) {
                    int i = y * image.width() + x;
                    front.fill(i, source.sample(0, qx + dx, qy + dy), source.sample(1, qx + dx, qy + dy),
                            source.sample(2, qx + dx, qy + dy));
                    confidence[i] = patchConfidence;
                }
            }
        }
    }
}
