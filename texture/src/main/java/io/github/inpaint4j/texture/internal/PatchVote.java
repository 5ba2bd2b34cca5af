package io.github.inpaint4j.texture.internal;

import java.util.Arrays;

/**
 * The M-step of Wexler, Shechtman and Irani's completion: every hole pixel becomes a weighted
 * combination of the values that the matches of the target patches covering it put there.
 *
 * <p>A target patch p matched at SSD d (per sample: d / (3·patch²)) votes with weight
 * {@code exp(−d / 2σ²) · γ^(−depth(p))}: σ² is the {@link #PERCENTILE} of the matches' costs at
 * this step (Wexler et al.'s 75th percentile), so the weights adapt to the picture; depth is the
 * distance of the patch centre from the known pixels, so patches near the hole's edge, which hold
 * more true pixels, count more (γ = {@value #GAMMA}). The plain vote is the weighted mean. The
 * sharp vote, for the last step, is the weighted mode: mean shift in colour space from the
 * best-weighted vote, with an Epanechnikov kernel of radius {@code bandwidth}, then the vote
 * nearest to that mode — so a pixel takes a value that most of its strongest votes agree on, a
 * copy of one source pixel, instead of a blur of all of them. It sets the colours only (it is the
 * last vote; the texture features are no longer needed). The plain vote also sets the texture
 * features, voted like the colours, where the level's distance uses them.
 *
 * <p>Each hole pixel is computed from the field and the known samples only, in a fixed order, so
 * stripes of pixels may be voted on any thread with the same result.
 */
final class PatchVote {

    /** γ of the confidence {@code γ^(−depth)}. */
    static final double GAMMA = 1.3;
    /** Depth beyond which the confidence stops falling (γ^−88 ≈ 10⁻¹⁰), so no weight underflows. */
    static final int DEPTH_CAP = 88;
    /** The similarity {@code exp(−d / 2σ²)} stops falling at {@code exp(−23)} ≈ 10⁻¹⁰. */
    static final float MAX_EXPONENT = 23f;
    /** The smallest weight a vote can have. */
    static final float SMALLEST = 1e-20f;
    /** Which quantile of the costs is σ². */
    static final double PERCENTILE = 0.75;
    /** At most this many costs are sorted for the percentile (an even sample of the targets). */
    static final int PERCENTILE_SAMPLES = 4096;

    private static final float[] CONFIDENCE = new float[DEPTH_CAP + 1];

    static {
        for (int d = 0; d <= DEPTH_CAP; d++) {
            CONFIDENCE[d] = (float) Math.pow(GAMMA, -d);
        }
    }

    private final float[] r;
    private final float[] g;
    private final float[] b;
    private final float[] tx;
    private final float[] ty;
    private final float[] w;
    private final int[] from;

    /** A vote with scratch room for the patches of width {@code patch} covering one pixel. */
    PatchVote(int patch) {
        int n = patch * patch;
        this.r = new float[n];
        this.g = new float[n];
        this.b = new float[n];
        this.tx = new float[n];
        this.ty = new float[n];
        this.w = new float[n];
        this.from = new int[n];
    }

    /** σ² of the similarity: the {@link #PERCENTILE} of the per-sample costs of an even sample of the targets. */
    static float sigmaSquared(NearestNeighbourField field) {
        int[] targets = field.targets;
        int stride = Math.max(1, targets.length / PERCENTILE_SAMPLES);
        int count = (targets.length + stride - 1) / stride;
        float[] costs = new float[count];
        float samples = 3f * (2 * field.level.half + 1) * (2 * field.level.half + 1);
        for (int k = 0; k < count; k++) {
            costs[k] = field.cost[targets[k * stride]] / samples;
        }
        Arrays.sort(costs);
        return Math.max(costs[(int) (PERCENTILE * (count - 1))], 1e-8f);
    }

    /** Sets the vote weights of the targets of stripe {@code s} from their costs. */
    static void weigh(NearestNeighbourField field, int s, float sigmaSquared) {
        int size = 2 * field.level.half + 1;
        float scale = 1f / (3f * size * size * 2f * sigmaSquared);
        for (int k = field.stripeStart[s]; k < field.stripeStart[s + 1]; k++) {
            int p = field.targets[k];
            float similarity = (float) Math.exp(-Math.min(field.cost[p] * scale, MAX_EXPONENT));
            field.weight[p] = Math.max(SMALLEST, similarity * CONFIDENCE[Math.min(DEPTH_CAP, field.level.depth[p])]);
        }
    }

    /**
     * Votes the hole pixels of hole stripe {@code s}: the weighted mean, or the weighted mode if
     * {@code bandwidth} is positive. The mode also records in {@code origin} (if not {@code null})
     * the source pixel each hole pixel was copied from.
     */
    void vote(NearestNeighbourField field, int s, float bandwidth, int[] origin) {
        PyramidLevel level = field.level;
        int width = level.width;
        int height = level.height;
        int half = level.half;
        int[] match = field.match;
        float[] weight = field.weight;
        for (int k = field.holeStripeStart[s]; k < field.holeStripeStart[s + 1]; k++) {
            int i = field.holePixels[k];
            int x = i % width;
            int y = i / width;
            int n = 0;
            for (int dy = -half; dy <= half; dy++) {
                int py = y - dy;
                if (py < half || py >= height - half) {
                    continue;
                }
                for (int dx = -half; dx <= half; dx++) {
                    int px = x - dx;
                    if (px < half || px >= width - half) {
                        continue;
                    }
                    int p = py * width + px;
                    int q = match[p];
                    if (q < 0) {
                        continue;
                    }
                    int source = q + dy * width + dx;
                    r[n] = level.red[source];
                    g[n] = level.green[source];
                    b[n] = level.blue[source];
                    tx[n] = level.textureX[source];
                    ty[n] = level.textureY[source];
                    w[n] = weight[p];
                    from[n] = source;
                    n++;
                }
            }
            if (bandwidth > 0) {
                int chosen = mode(level, i, n, bandwidth);
                if (origin != null) {
                    origin[i] = from[chosen];
                }
            } else {
                mean(level, i, n);
            }
        }
    }

    private void mean(PyramidLevel level, int i, int n) {
        float sw = 0;
        float sr = 0;
        float sg = 0;
        float sb = 0;
        float sx = 0;
        float sy = 0;
        for (int k = 0; k < n; k++) {
            sw += w[k];
            sr += w[k] * r[k];
            sg += w[k] * g[k];
            sb += w[k] * b[k];
            sx += w[k] * tx[k];
            sy += w[k] * ty[k];
        }
        level.set(i, clamp(sr / sw), clamp(sg / sw), clamp(sb / sw));
        if (level.textureWeight > 0) {
            level.textureX[i] = sx / sw;
            level.textureY[i] = sy / sw;
        }
    }

    /**
     * Mean shift from the best-weighted vote (a few steps reach the mode for votes in [0, 1]), then
     * the vote nearest to the mode: the pixel becomes a copy of a real source pixel.
     *
     * @return the index of the vote copied
     */
    private int mode(PyramidLevel level, int i, int n, float bandwidth) {
        int strongest = 0;
        for (int k = 1; k < n; k++) {
            if (w[k] > w[strongest]) {
                strongest = k;
            }
        }
        float mr = r[strongest];
        float mg = g[strongest];
        float mb = b[strongest];
        float h2 = bandwidth * bandwidth;
        for (int step = 0; step < 3; step++) {
            float sw = 0;
            float sr = 0;
            float sg = 0;
            float sb = 0;
            for (int k = 0; k < n; k++) {
                float d0 = r[k] - mr;
                float d1 = g[k] - mg;
                float d2 = b[k] - mb;
                float d = (d0 * d0 + d1 * d1 + d2 * d2) / h2;
                if (d < 1) {
                    float kw = w[k] * (1 - d);
                    sw += kw;
                    sr += kw * r[k];
                    sg += kw * g[k];
                    sb += kw * b[k];
                }
            }
            if (sw == 0) {
                break;
            }
            mr = sr / sw;
            mg = sg / sw;
            mb = sb / sw;
        }
        int nearest = 0;
        float best = Float.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            float d0 = r[k] - mr;
            float d1 = g[k] - mg;
            float d2 = b[k] - mb;
            float d = d0 * d0 + d1 * d1 + d2 * d2;
            if (d < best) {
                best = d;
                nearest = k;
            }
        }
        level.set(i, r[nearest], g[nearest], b[nearest]);
        return nearest;
    }

    private static float clamp(float v) {
        return Math.max(0f, Math.min(1f, v));
    }
}
