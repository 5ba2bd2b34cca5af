package io.github.inpaint4j.texture.internal;

import java.util.Arrays;

/**
 * The first estimate of the coarsest level's hole, filled layer by layer from its edge inwards
 * (depth 1, then 2, ...), as in Newson, Almansa, Gousseau and Pérez's onion-peel start. Before
 * layer d, each target patch centred on the ring filled last (depth d − 1; the known ring for d = 1)
 * is matched to the source patch that best fits its valid pixels — known or filled in an earlier
 * layer. Then each pixel of layer d is copied, at its offset, from the match of the best-fitting of
 * those patches among its 8 neighbours. A patch's fit is its mean squared difference over the whole
 * patch with each pixel not yet valid counted at {@link #UNKNOWN_COST}, so a patch that sees more of
 * the picture is trusted more. The structures crossing the hole's edge are thus continued into it,
 * and the matches start the level's field.
 *
 * <p>Each of the two steps of a layer reads only what the other writes, so their parts may run on
 * any thread with the same result. With few source patches every one is compared; otherwise the
 * candidates are PatchMatch's: the 8 neighbours' matches shifted (those matched in earlier layers),
 * {@link #DRAWS} uniform draws and random search around the best.
 */
final class OnionPeelStart {

    /** Up to this many source patches, every one is compared. */
    static final int EXHAUSTIVE_SOURCES = 1024;
    /** Uniform draws per patch when the sources are too many to compare all. */
    static final int DRAWS = 8;
    /** The squared difference (per pixel, over the colours and weighted features) assumed where a patch sees no valid pixel. */
    static final float UNKNOWN_COST = 0.01f;
    /** Pixels or patches per part of a step. */
    static final int PART = 256;

    private final NearestNeighbourField field;
    private final PyramidLevel level;
    /** Hole pixels by depth: {@code layerPixels[layerStart[d] .. layerStart[d + 1] − 1]} have depth d. */
    private final int[] layerPixels;
    private final int[] layerStart;
    /** Targets by depth, in the same way. */
    private final int[] targetsByDepth;
    private final int[] depthStart;
    /** Fit of each matched patch. */
    private final float[] fit;

    OnionPeelStart(NearestNeighbourField field) {
        this.field = field;
        this.level = field.level;
        this.layerStart = new int[level.maxDepth + 2];
        this.layerPixels = byDepth(field.holePixels, layerStart);
        this.depthStart = new int[level.maxDepth + 2];
        this.targetsByDepth = byDepth(field.targets, depthStart);
        this.fit = new float[level.size()];
        Arrays.fill(fit, Float.POSITIVE_INFINITY);
    }

    /** {@code pixels} sorted by depth, stably; {@code start[d]} is where depth d begins. */
    private int[] byDepth(int[] pixels, int[] start) {
        int[] counts = new int[start.length];
        for (int i : pixels) {
            counts[level.depth[i]]++;
        }
        for (int d = 1; d < start.length; d++) {
            start[d] = start[d - 1] + counts[d - 1];
        }
        int[] sorted = new int[pixels.length];
        int[] next = start.clone();
        for (int i : pixels) {
            sorted[next[level.depth[i]]++] = i;
        }
        return sorted;
    }

    /** Number of layers: the hole's depth. */
    int layers() {
        return level.maxDepth;
    }

    /** Patches matched before layer {@code d}: the targets of depth {@code d − 1}. */
    int matchCount(int d) {
        return depthStart[d] - depthStart[d - 1];
    }

    /** Parts of the matching step before layer {@code d}. */
    int matchParts(int d) {
        return (matchCount(d) + PART - 1) / PART;
    }

    /** Pixels of layer {@code d}. */
    int fillCount(int d) {
        return layerStart[d + 1] - layerStart[d];
    }

    /** Parts of the filling step of layer {@code d}. */
    int fillParts(int d) {
        return (fillCount(d) + PART - 1) / PART;
    }

    /** Matching step before layer {@code d}, part {@code part}. */
    void match(int d, int part, long seed, int levelIndex, PixelRandom random) {
        int from = depthStart[d - 1] + part * PART;
        int to = Math.min(depthStart[d], from + PART);
        int size = 2 * level.half + 1;
        for (int k = from; k < to; k++) {
            int p = targetsByDepth[k];
            random.reset(seed, levelIndex, -1 - d, p);
            long found = bestMatch(p, d, random);
            int best = (int) found;
            float cost = Float.intBitsToFloat((int) (found >>> 32));
            field.match[p] = best;
            fit[p] = (cost + (size * size - valid(p, d)) * UNKNOWN_COST) / (size * size);
        }
    }

    /**
     * Filling step of layer {@code d}, part {@code part}: each pixel from the best-fitting patch
     * among its 8 neighbours matched before the layer (ties: the first in row-major order).
     */
    void fill(int d, int part) {
        int w = level.width;
        int from = layerStart[d] + part * PART;
        int to = Math.min(layerStart[d + 1], from + PART);
        for (int k = from; k < to; k++) {
            int i = layerPixels[k];
            int x = i % w;
            int y = i / w;
            int source = -1;
            float best = Float.POSITIVE_INFINITY;
            for (int cy = y - 1; cy <= y + 1; cy++) {
                for (int cx = x - 1; cx <= x + 1; cx++) {
                    if (level.canCentre(cx, cy)) {
                        int c = cy * w + cx;
                        if (level.depth[c] == d - 1 && fit[c] < best) {
                            best = fit[c];
                            source = field.match[c] + (i - c);
                        }
                    }
                }
            }
            level.copy(source >= 0 ? source : throughNearestPatch(i, d), i);
        }
    }

    /**
     * The source pixel for a pixel that no matched neighbour patch holds (at the level's border):
     * through the nearest patch holding it, matched over its valid pixels.
     */
    private int throughNearestPatch(int i, int d) {
        int w = level.width;
        int half = level.half;
        int cx = Math.max(half, Math.min(w - 1 - half, i % w));
        int cy = Math.max(half, Math.min(level.height - 1 - half, i / w));
        int p = cy * w + cx;
        int best = level.sources[0];
        if (level.sources.length <= EXHAUSTIVE_SOURCES) {
            float bestCost = Float.POSITIVE_INFINITY;
            for (int q : level.sources) {
                float c = maskedSsd(p, q, d, bestCost);
                if (c < bestCost) {
                    best = q;
                    bestCost = c;
                }
            }
        } else if (field.match[p] >= 0) {
            best = field.match[p];
        }
        return best + (i - p);
    }

    /**
     * The source patch best fitting the valid pixels of p's patch (valid before layer {@code d}):
     * its centre in the low 32 bits, the bits of its cost in the high ones.
     */
    private long bestMatch(int p, int d, PixelRandom random) {
        int[] sources = level.sources;
        int best = -1;
        float bestCost = Float.POSITIVE_INFINITY;
        if (sources.length <= EXHAUSTIVE_SOURCES) {
            for (int q : sources) {
                float c = maskedSsd(p, q, d, bestCost);
                if (c < bestCost) {
                    best = q;
                    bestCost = c;
                }
            }
        } else {
            int w = level.width;
            int x = p % w;
            int y = p / w;
            for (int t = 0; t < DRAWS; t++) {
                int q = sources[random.nextInt(sources.length)];
                float c = maskedSsd(p, q, d, bestCost);
                if (c < bestCost) {
                    best = q;
                    bestCost = c;
                }
            }
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int n = p + dy * w + dx;
                    // Patches of earlier layers hold their onion-peel match; this layer's are being written.
                    if ((dx != 0 || dy != 0) && level.canCentre(x + dx, y + dy) && level.depth[n] < d - 1
                            && field.match[n] >= 0) {
                        int mx = field.match[n] % w - dx;
                        int my = field.match[n] / w - dy;
                        if (level.canCentre(mx, my) && level.sourceCentre[my * w + mx]) {
                            int q = my * w + mx;
                            float c = maskedSsd(p, q, d, bestCost);
                            if (c < bestCost) {
                                best = q;
                                bestCost = c;
                            }
                        }
                    }
                }
            }
            int bx = best % w;
            int by = best / w;
            for (int r = Math.max(w, level.height); r >= 1; r /= 2) {
                int qx = bx + random.nextOffset(r);
                int qy = by + random.nextOffset(r);
                if (level.canCentre(qx, qy) && level.sourceCentre[qy * w + qx]) {
                    int q = qy * w + qx;
                    float c = maskedSsd(p, q, d, bestCost);
                    if (c < bestCost) {
                        best = q;
                        bestCost = c;
                    }
                }
            }
        }
        return ((long) Float.floatToRawIntBits(bestCost) << 32) | (best & 0xFFFFFFFFL);
    }

    /** Number of pixels of the patch centred on {@code p} that are valid before layer {@code d}. */
    private int valid(int p, int d) {
        int w = level.width;
        int size = 2 * level.half + 1;
        int a = p - level.half * w - level.half;
        int n = 0;
        for (int row = 0; row < size; row++, a += w) {
            for (int k = 0; k < size; k++) {
                n += level.depth[a + k] < d ? 1 : 0;
            }
        }
        return n;
    }

    /** The SSD over the pixels of p's patch that are valid before layer {@code d}; stops once past {@code limit}. */
    private float maskedSsd(int p, int q, int d, float limit) {
        float[] r = level.red;
        float[] g = level.green;
        float[] b = level.blue;
        float[] tx = level.textureX;
        float[] ty = level.textureY;
        float lambda = level.textureWeight;
        int[] depth = level.depth;
        int w = level.width;
        int size = 2 * level.half + 1;
        int a = p - level.half * w - level.half;
        int c = q - level.half * w - level.half;
        float sum = 0;
        for (int row = 0; row < size; row++) {
            for (int k = 0; k < size; k++) {
                if (depth[a + k] < d) {
                    float d0 = r[a + k] - r[c + k];
                    float d1 = g[a + k] - g[c + k];
                    float d2 = b[a + k] - b[c + k];
                    float d3 = tx[a + k] - tx[c + k];
                    float d4 = ty[a + k] - ty[c + k];
                    sum += d0 * d0 + d1 * d1 + d2 * d2 + lambda * (d3 * d3 + d4 * d4);
                }
            }
            if (sum >= limit) {
                return sum;
            }
            a += w;
            c += w;
        }
        return sum;
    }
}
