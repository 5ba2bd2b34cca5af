package io.github.inpaint4j.texture.internal;

import java.util.Arrays;

/**
 * The nearest-neighbour field of one pyramid level: for every <i>target</i> patch (a patch inside
 * the level that holds a hole pixel) the source patch it currently matches, that match's SSD and
 * its vote weight. Improved by PatchMatch (Barnes, Shechtman, Finkelstein and Goldman 2009):
 * propagation of the neighbours' matches, then random search around the match at radii halving
 * down to one pixel.
 *
 * <p>Deterministic for any thread count: the targets are cut into stripes of
 * {@link #STRIPE_ROWS} rows fixed by the picture, each stripe is scanned in order by one task, and
 * a stripe reads its neighbour stripes' matches as they were at the start of the pass (a
 * snapshot), never while another task writes them; random draws come from a {@link PixelRandom}
 * keyed on the pixel. So any task may run any stripe, in any order, with the same result.
 */
final class NearestNeighbourField {

    /** Rows of target centres per stripe: long enough for propagation, short enough to share among threads. */
    static final int STRIPE_ROWS = 16;

    final PyramidLevel level;
    /** Weight λ of the guide term in the patch distance (0: none). */
    final float guideWeight;
    /** λ times the pixels of a patch. */
    private final float guideScale;
    /** Mean colours of the guide's patch centred on each pixel, and of each source patch; {@code null} if unguided. */
    private final float[][] guideMean;
    private final float[][] sourceMean;
    /** Target centres, row-major. */
    final int[] targets;
    /** Stripe {@code s} holds targets {@code stripeStart[s] .. stripeStart[s + 1] − 1}. */
    final int[] stripeStart;
    /** Source centre matched by each pixel's patch; -1 if the pixel does not centre a target. */
    final int[] match;
    final float[] cost;
    final float[] weight;
    /** Hole pixels, row-major. */
    final int[] holePixels;
    /** Hole stripe {@code s} (rows {@code s · STRIPE_ROWS ..}) holds {@code holePixels[holeStripeStart[s] ..]}. */
    final int[] holeStripeStart;
    private final int[] snapshot;
    private final int[] stripeFirstRow;

    /** The field of {@code level}, whose patch distance adds the guide term with weight {@code guideWeight}. */
    NearestNeighbourField(PyramidLevel level, float guideWeight) {
        this.level = level;
        this.guideWeight = level.guide == null ? 0f : guideWeight;
        int side = 2 * level.half + 1;
        this.guideScale = this.guideWeight * side * side;
        this.guideMean = this.guideWeight > 0 ? level.patchMeans(level.guide) : null;
        this.sourceMean = this.guideWeight > 0 ? level.patchMeans(new float[][] {level.red, level.green, level.blue})
                : null;
        int w = level.width;
        int n = level.size();
        int half = level.half;
        WindowCounts holeCounts = new WindowCounts(w, level.height, level.hole);
        IntList list = new IntList();
        IntList starts = new IntList();
        IntList firstRows = new IntList();
        int stripe = -1;
        for (int y = half; y < level.height - half; y++) {
            for (int x = half; x < w - half; x++) {
                if (holeCounts.in(x - half, y - half, 2 * half + 1) > 0) {
                    if (y / STRIPE_ROWS != stripe) {
                        stripe = y / STRIPE_ROWS;
                        starts.add(list.size());
                        firstRows.add(stripe * STRIPE_ROWS);
                    }
                    list.add(y * w + x);
                }
            }
        }
        starts.add(list.size());
        this.targets = list.toArray();
        this.stripeStart = starts.toArray();
        this.stripeFirstRow = firstRows.toArray();
        this.match = new int[n];
        Arrays.fill(match, -1);
        this.cost = new float[n];
        this.weight = new float[n];
        this.snapshot = new int[2 * ((level.height + STRIPE_ROWS - 1) / STRIPE_ROWS) * w];
        Arrays.fill(snapshot, -1);
        IntList holes = new IntList();
        IntList holeStarts = new IntList();
        for (int y = 0; y < level.height; y++) {
            if (y % STRIPE_ROWS == 0) {
                holeStarts.add(holes.size());
            }
            for (int x = 0; x < w; x++) {
                if (level.hole[y * w + x]) {
                    holes.add(y * w + x);
                }
            }
        }
        holeStarts.add(holes.size());
        this.holePixels = holes.toArray();
        this.holeStripeStart = holeStarts.toArray();
    }

    /**
     * The guide term of the distance between target p and source q: {@link #guideWeight} times the
     * patch's pixel count times the squared difference of the mean colours of the guide's patch at
     * p and the source patch at q. Means, not pixels: the guide (a smooth Telea fill, a GAN's
     * blotches) sets the colour layout, and a textured source patch pays nothing for its texture.
     */
    float guideTerm(int p, int q) {
        float d0 = guideMean[0][p] - sourceMean[0][q];
        float d1 = guideMean[1][p] - sourceMean[1][q];
        float d2 = guideMean[2][p] - sourceMean[2][q];
        return guideScale * (d0 * d0 + d1 * d1 + d2 * d2);
    }

    /** Number of target stripes. */
    int stripes() {
        return stripeStart.length - 1;
    }

    /** Number of hole stripes. */
    int holeStripes() {
        return holeStripeStart.length - 1;
    }

    /** Gives every target of stripe {@code s} a source patch drawn uniformly. */
    void randomise(int s, long seed, int levelIndex, PixelRandom random) {
        int[] sources = level.sources;
        for (int k = stripeStart[s]; k < stripeStart[s + 1]; k++) {
            int p = targets[k];
            random.reset(seed, levelIndex, -1, p);
            match[p] = sources[random.nextInt(sources.length)];
        }
    }

    /**
     * Starts stripe {@code s} from the coarser level's field: each target takes the match of the
     * coarse pixel it lies in, its offset doubled, and that match's weight; a match that falls
     * off the source patches is replaced by a uniform draw.
     */
    void upsample(int s, NearestNeighbourField coarse, long seed, int levelIndex, PixelRandom random) {
        int w = level.width;
        int cw = coarse.level.width;
        int ch = coarse.level.height;
        for (int k = stripeStart[s]; k < stripeStart[s + 1]; k++) {
            int p = targets[k];
            int x = p % w;
            int y = p / w;
            int cp = Math.min(y / 2, ch - 1) * cw + Math.min(x / 2, cw - 1);
            int m = coarse.match[cp];
            int q = -1;
            if (m >= 0) {
                int qx = x + 2 * (m % cw - cp % cw);
                int qy = y + 2 * (m / cw - cp / cw);
                qx = Math.max(level.half, Math.min(w - 1 - level.half, qx));
                qy = Math.max(level.half, Math.min(level.height - 1 - level.half, qy));
                q = qy * w + qx;
            }
            if (q < 0 || !level.sourceCentre[q]) {
                random.reset(seed, levelIndex, -1, p);
                q = level.sources[random.nextInt(level.sources.length)];
            }
            match[p] = q;
            weight[p] = m >= 0 ? coarse.weight[cp] : PatchVote.SMALLEST;
        }
    }

    /** Recomputes the SSD of every match of stripe {@code s}, after the picture changed. */
    void evaluate(int s) {
        for (int k = stripeStart[s]; k < stripeStart[s + 1]; k++) {
            int p = targets[k];
            cost[p] = ssd(p, match[p], Float.POSITIVE_INFINITY);
        }
    }

    /** Copies the first and last row of every stripe, which the neighbour stripes read during a pass. */
    void takeSnapshot() {
        int w = level.width;
        for (int s = 0; s < stripes(); s++) {
            int first = stripeFirstRow[s];
            int last = Math.min(level.height - 1, first + STRIPE_ROWS - 1);
            System.arraycopy(match, first * w, snapshot, snapshotRow(first) * w, w);
            System.arraycopy(match, last * w, snapshot, snapshotRow(last) * w, w);
        }
    }

    /** The snapshot's row for the first or last row {@code y} of a stripe: two per stripe. */
    private int snapshotRow(int y) {
        return 2 * (y / STRIPE_ROWS) + (y % STRIPE_ROWS == 0 ? 0 : 1);
    }

    /**
     * One PatchMatch pass over stripe s: even passes scan forward and propagate from the left and
     * upper neighbours, odd passes scan backward from the right and lower ones; then each target
     * tries one source patch drawn uniformly and random offsets around its match, at radii from
     * {@code maxRadius} halving down to 1. Call {@link #takeSnapshot()} before each pass.
     */
    void search(int s, int pass, long seed, int levelIndex, int maxRadius, PixelRandom random) {
        int w = level.width;
        int half = level.half;
        int firstRow = stripeFirstRow[s];
        int lastRow = firstRow + STRIPE_ROWS - 1;
        boolean forward = pass % 2 == 0;
        int step = forward ? 1 : -1;
        int from = forward ? stripeStart[s] : stripeStart[s + 1] - 1;
        int end = forward ? stripeStart[s + 1] : stripeStart[s] - 1;
        boolean[] valid = level.sourceCentre;
        int[] sources = level.sources;
        int minX = half;
        int maxX = w - 1 - half;
        int minY = half;
        int maxY = level.height - 1 - half;
        for (int k = from; k != end; k += step) {
            int p = targets[k];
            int y = p / w;
            int x = p - y * w;
            int best = match[p];
            float bestCost = cost[p];
            // Propagation: the neighbour's match, shifted back by the step to it.
            int nx = x - step;
            if (nx >= 0 && nx < w) {
                int m = match[p - step];
                if (m >= 0) {
                    int mx = m - (m / w) * w + step;
                    int candidate = m + step;
                    if (mx >= minX && mx <= maxX && candidate != best && valid[candidate]) {
                        float c = ssd(p, candidate, bestCost);
                        if (c < bestCost) {
                            best = candidate;
                            bestCost = c;
                        }
                    }
                }
            }
            int ny = y - step;
            if (ny >= 0 && ny < level.height) {
                int neighbour = p - step * w;
                int m = ny >= firstRow && ny <= lastRow ? match[neighbour] : snapshot[snapshotRow(ny) * w + x];
                if (m >= 0) {
                    int my = m / w + step;
                    int candidate = m + step * w;
                    if (my >= minY && my <= maxY && candidate != best && valid[candidate]) {
                        float c = ssd(p, candidate, bestCost);
                        if (c < bestCost) {
                            best = candidate;
                            bestCost = c;
                        }
                    }
                }
            }
            // Random search: one uniform draw, then around the match at halving radii.
            random.reset(seed, levelIndex, pass, p);
            int anywhere = sources[random.nextInt(sources.length)];
            if (anywhere != best) {
                float c = ssd(p, anywhere, bestCost);
                if (c < bestCost) {
                    best = anywhere;
                    bestCost = c;
                }
            }
            int by = best / w;
            int bx = best - by * w;
            for (int r = maxRadius; r >= 1; r /= 2) {
                int cx = Math.max(minX, Math.min(maxX, bx + random.nextOffset(r)));
                int cy = Math.max(minY, Math.min(maxY, by + random.nextOffset(r)));
                int candidate = cy * w + cx;
                if (candidate != best && valid[candidate]) {
                    float c = ssd(p, candidate, bestCost);
                    if (c < bestCost) {
                        best = candidate;
                        bestCost = c;
                    }
                }
            }
            match[p] = best;
            cost[p] = bestCost;
        }
    }

    /**
     * The SSD between the patches centred on {@code p} and {@code q}: over the three colours, plus
     * the texture features times the level's weight (if not 0), plus the {@linkplain #guideTerm
     * guide term} (if its weight is not 0); once a row takes it to {@code limit} or more it stops
     * and returns what it has (no better match).
     */
    float ssd(int p, int q, float limit) {
        float sum = guideWeight > 0 ? guideTerm(p, q) : 0f;
        if (sum >= limit) {
            return sum;
        }
        float[] r = level.red;
        float[] g = level.green;
        float[] b = level.blue;
        float[] tx = level.textureX;
        float[] ty = level.textureY;
        float lambda = level.textureWeight;
        int w = level.width;
        int size = 2 * level.half + 1;
        int a = p - level.half * w - level.half;
        int c = q - level.half * w - level.half;
        if (lambda == 0) {
            for (int row = 0; row < size; row++) {
                for (int k = 0; k < size; k++) {
                    float d0 = r[a + k] - r[c + k];
                    float d1 = g[a + k] - g[c + k];
                    float d2 = b[a + k] - b[c + k];
                    sum += d0 * d0 + d1 * d1 + d2 * d2;
                }
                if (sum >= limit) {
                    return sum;
                }
                a += w;
                c += w;
            }
            return sum;
        }
        for (int row = 0; row < size; row++) {
            float colour = 0;
            float texture = 0;
            for (int k = 0; k < size; k++) {
                float d0 = r[a + k] - r[c + k];
                float d1 = g[a + k] - g[c + k];
                float d2 = b[a + k] - b[c + k];
                float d3 = tx[a + k] - tx[c + k];
                float d4 = ty[a + k] - ty[c + k];
                colour += d0 * d0 + d1 * d1 + d2 * d2;
                texture += d3 * d3 + d4 * d4;
            }
            sum += colour + lambda * texture;
            if (sum >= limit) {
                return sum;
            }
            a += w;
            c += w;
        }
        return sum;
    }
}
