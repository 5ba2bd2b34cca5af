package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.RgbImage;
import java.util.Arrays;

/**
 * One level of the Gaussian pyramid of a picture being completed: planar samples (three colours
 * and two texture features), the hole, the pixels that may be copied, each pixel's depth in the
 * hole, and the source patches — the {@code patch × patch} squares lying wholly in pixels that may
 * be copied.
 *
 * <p>{@link #coarser(float)} halves it: samples are blurred by the binomial filter [1 3 3 1] / 8 in both
 * directions and taken at every second pixel, averaging known pixels only (so the hole's content
 * never leaks into the context); a coarse pixel is a hole if any of the 2×2 fine pixels it stands
 * for is one, and may be copied only if all of them may (both conservative, as Wexler et al. ask).
 * The hole's samples are the working estimate that the completion rewrites; the rest is fixed.
 *
 * <p>A guided completion's level also holds the guide's colours, complete (known pixels and the
 * guide's fill of the hole), halved with the same filter over every pixel.
 */
final class PyramidLevel {

    private static final float[] TAPS = {1 / 8f, 3 / 8f, 3 / 8f, 1 / 8f};

    final int width;
    final int height;
    final int half;
    /** The planes: red, green, blue, then the two texture features. */
    final float[][] channels;
    final float[] red;
    final float[] green;
    final float[] blue;
    /** Texture features: mean absolute grey-level difference across and down. */
    final float[] textureX;
    final float[] textureY;
    /** Weight of the texture features in this level's patch distance (0: colours only). */
    final float textureWeight;
    /** The guide's red, green and blue planes; {@code null} when unguided. */
    final float[][] guide;
    final boolean[] hole;
    final boolean[] copyable;
    /** Chessboard distance to the nearest known pixel: 0 for known pixels. */
    final int[] depth;
    final int maxDepth;
    /** {@code true} at the centre of every source patch. */
    final boolean[] sourceCentre;
    /** The source patch centres, row-major. */
    final int[] sources;
    final int holeCount;

    /**
     * A level over planes (taken over): red, green, blue, texture across, texture down; and the
     * guide's three planes, or {@code null}.
     */
    PyramidLevel(int width, int height, int half, float[][] channels, float textureWeight, float[][] guide,
            boolean[] hole, boolean[] copyable) {
        this.width = width;
        this.height = height;
        this.half = half;
        int n = width * height;
        this.channels = channels;
        this.red = channels[0];
        this.green = channels[1];
        this.blue = channels[2];
        this.textureX = channels[3];
        this.textureY = channels[4];
        this.textureWeight = textureWeight;
        this.guide = guide;
        this.hole = hole;
        this.copyable = copyable;
        this.depth = chessboardDepth(width, height, hole);
        int deepest = 0;
        int holes = 0;
        for (int i = 0; i < n; i++) {
            deepest = Math.max(deepest, depth[i]);
            holes += hole[i] ? 1 : 0;
        }
        this.maxDepth = deepest;
        this.holeCount = holes;
        this.sourceCentre = new boolean[n];
        IntList list = new IntList();
        if (width > 2 * half && height > 2 * half) {
            WindowCounts counts = new WindowCounts(width, height, copyable);
            for (int y = half; y < height - half; y++) {
                for (int x = half; x < width - half; x++) {
                    if (counts.allAround(x, y, half)) {
                        sourceCentre[y * width + x] = true;
                        list.add(y * width + x);
                    }
                }
            }
        }
        this.sources = list.toArray();
    }

    /**
     * The finest level of a crop: its planar RGB samples (copied) plus texture features (Newson,
     * Almansa, Gousseau and Pérez 2014), left out of this level's distance (weight 0) and given
     * their weight at the coarser levels: at each known pixel, the
     * mean absolute grey-level difference to the next pixel across, and down, over the known pairs
     * of the {@code box × box} square around it. In the hole they start at 0 and are voted like the
     * colours, so a hole patch that should be textured prefers textured sources over smooth ones.
     *
     * @param guidePlanar the guide's planar RGB samples (copied), or {@code null}
     */
    static PyramidLevel finest(int width, int height, int half, float[] planar, float[] guidePlanar, boolean[] hole,
            boolean[] copyable, int box) {
        return finest(width, height, half, planar, guidePlanar, hole, copyable, box, ParallelTasks.SERIAL);
    }

    /** {@link #finest(int, int, int, float[], float[], boolean[], boolean[], int)}, its two features as parallel tasks. */
    static PyramidLevel finest(int width, int height, int half, float[] planar, float[] guidePlanar, boolean[] hole,
            boolean[] copyable, int box, ParallelTasks parallel) {
        int n = width * height;
        float[][] planes = new float[RgbImage.CHANNELS + 2][];
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            planes[c] = new float[n];
            System.arraycopy(planar, c * n, planes[c], 0, n);
        }
        float[] gx = new float[n];
        float[] gy = new float[n];
        boolean[] hasX = new boolean[n];
        boolean[] hasY = new boolean[n];
        float[] r = planes[0];
        float[] g = planes[1];
        float[] b = planes[2];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (hole[i]) {
                    continue;
                }
                float grey = r[i] + g[i] + b[i];
                if (x + 1 < width && !hole[i + 1]) {
                    gx[i] = Math.abs(r[i + 1] + g[i + 1] + b[i + 1] - grey) / 3f;
                    hasX[i] = true;
                }
                if (y + 1 < height && !hole[i + width]) {
                    gy[i] = Math.abs(r[i + width] + g[i + width] + b[i + width] - grey) / 3f;
                    hasY[i] = true;
                }
            }
        }
        parallel.run(2, k -> planes[3 + k] = k == 0 ? boxMean(width, height, gx, hasX, hole, box)
                : boxMean(width, height, gy, hasY, hole, box));
        float[][] guide = null;
        if (guidePlanar != null) {
            guide = new float[RgbImage.CHANNELS][n];
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                System.arraycopy(guidePlanar, c * n, guide[c], 0, n);
            }
        }
        return new PyramidLevel(width, height, half, planes, 0f, guide, hole, copyable);
    }

    /**
     * The mean of {@code values} over the flagged pixels of the {@code box × box} square around each
     * known pixel (0 in the hole): running sums across each row, then down each column.
     */
    private static float[] boxMean(int width, int height, float[] values, boolean[] flags, boolean[] hole, int box) {
        int r = box / 2;
        int n = width * height;
        float[] rowSum = new float[n];
        float[] rowCount = new float[n];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            double sum = 0;
            int count = 0;
            for (int x = -r; x < width; x++) {
                int in = x + r;
                if (in < width && flags[row + in]) {
                    sum += values[row + in];
                    count++;
                }
                int out = x - r - 1;
                if (out >= 0 && flags[row + out]) {
                    sum -= values[row + out];
                    count--;
                }
                if (x >= 0) {
                    rowSum[row + x] = (float) sum;
                    rowCount[row + x] = count;
                }
            }
        }
        float[] mean = new float[n];
        double[] sum = new double[width];
        int[] count = new int[width];
        for (int y = -r; y < height; y++) {
            int in = y + r;
            int out = y - r - 1;
            for (int x = 0; x < width; x++) {
                if (in < height) {
                    sum[x] += rowSum[in * width + x];
                    count[x] += (int) rowCount[in * width + x];
                }
                if (out >= 0) {
                    sum[x] -= rowSum[out * width + x];
                    count[x] -= (int) rowCount[out * width + x];
                }
                if (y >= 0 && !hole[y * width + x] && count[x] > 0) {
                    mean[y * width + x] = (float) (sum[x] / count[x]);
                }
            }
        }
        return mean;
    }

    /** Number of pixels. */
    int size() {
        return width * height;
    }

    /** {@code true} if {@code (x, y)} can centre a patch lying inside the level. */
    boolean canCentre(int x, int y) {
        return x >= half && y >= half && x < width - half && y < height - half;
    }

    /** Sets the three samples of hole pixel {@code i}. */
    void set(int i, float r, float g, float b) {
        red[i] = r;
        green[i] = g;
        blue[i] = b;
    }

    /** Copies every channel of pixel {@code from} into hole pixel {@code i}. */
    void copy(int from, int i) {
        for (float[] c : channels) {
            c[i] = c[from];
        }
    }

    /**
     * Sets every hole pixel's colours to the guide's, and its texture features to the mean of the
     * known pixels' — the guide's fill may be smooth where the picture is not, and features of 0
     * would draw smooth sources into the hole and keep them there.
     */
    void startFromGuide() {
        double sx = 0;
        double sy = 0;
        int known = 0;
        for (int i = 0; i < size(); i++) {
            if (!hole[i]) {
                sx += textureX[i];
                sy += textureY[i];
                known++;
            }
        }
        float mx = known == 0 ? 0f : (float) (sx / known);
        float my = known == 0 ? 0f : (float) (sy / known);
        for (int i = 0; i < size(); i++) {
            if (hole[i]) {
                set(i, guide[0][i], guide[1][i], guide[2][i]);
                textureX[i] = mx;
                textureY[i] = my;
            }
        }
    }

    /**
     * The mean of each plane over the patch centred on every pixel that can centre one (0
     * elsewhere): running sums across, then down, in double precision.
     */
    float[][] patchMeans(float[][] planes) {
        int side = 2 * half + 1;
        int n = size();
        float[][] means = new float[planes.length][n];
        double[] across = new double[n];
        double[] column = new double[width];
        for (int c = 0; c < planes.length; c++) {
            float[] v = planes[c];
            for (int y = 0; y < height; y++) {
                int row = y * width;
                double sum = 0;
                for (int x = 0; x < width; x++) {
                    sum += v[row + x];
                    if (x >= side) {
                        sum -= v[row + x - side];
                    }
                    across[row + x] = sum;
                }
            }
            Arrays.fill(column, 0);
            for (int y = 0; y < height; y++) {
                for (int x = side - 1; x < width; x++) {
                    column[x] += across[y * width + x];
                    if (y >= side) {
                        column[x] -= across[(y - side) * width + x];
                    }
                    if (y >= side - 1) {
                        means[c][(y - half) * width + x - half] = (float) (column[x] / (side * side));
                    }
                }
            }
        }
        return means;
    }

    /** This level's colour samples as planar RGB. */
    float[] planar() {
        int n = size();
        float[] out = new float[RgbImage.CHANNELS * n];
        System.arraycopy(red, 0, out, 0, n);
        System.arraycopy(green, 0, out, n, n);
        System.arraycopy(blue, 0, out, 2 * n, n);
        return out;
    }

    /** The level at half the resolution (sides rounded up), its texture features of weight {@code weight}. */
    PyramidLevel coarser(float weight) {
        return coarser(weight, ParallelTasks.SERIAL);
    }

    /** {@link #coarser(float)}, its planes halved as parallel tasks. */
    PyramidLevel coarser(float weight, ParallelTasks parallel) {
        int cw = (width + 1) / 2;
        int ch = (height + 1) / 2;
        int cn = cw * ch;
        int n = size();
        // Known pixels weigh 1, hole pixels 0: every sum below leaves the hole out without a branch.
        float[] known = new float[n];
        for (int i = 0; i < n; i++) {
            known[i] = hole[i] ? 0f : 1f;
        }
        float[] every = new float[n];
        Arrays.fill(every, 1f);
        float[] weights = new float[cn];
        float[] all = new float[cn];
        float[] across = new float[height * cw];
        horizontal(known, null, across, cw);
        vertical(across, weights, cw, ch);
        horizontal(every, null, across, cw);
        vertical(across, all, cw, ch);
        int guided = guide == null ? 0 : RgbImage.CHANNELS;
        float[][] coarse = new float[channels.length][];
        float[][] coarseGuide = guide == null ? null : new float[RgbImage.CHANNELS][];
        parallel.run(channels.length + guided, c -> {
            float[] scratch = new float[height * cw];
            if (c < channels.length) {
                coarse[c] = halve(channels[c], known, weights, scratch, cw, ch);
            } else {
                coarseGuide[c - channels.length] = halve(guide[c - channels.length], every, all, scratch, cw, ch);
            }
        });
        boolean[] coarseHole = new boolean[cn];
        boolean[] coarseCopyable = new boolean[cn];
        for (int cy = 0; cy < ch; cy++) {
            for (int cx = 0; cx < cw; cx++) {
                boolean anyHole = false;
                boolean allCopyable = true;
                for (int y = 2 * cy; y < Math.min(height, 2 * cy + 2); y++) {
                    for (int x = 2 * cx; x < Math.min(width, 2 * cx + 2); x++) {
                        anyHole |= hole[y * width + x];
                        allCopyable &= copyable[y * width + x];
                    }
                }
                coarseHole[cy * cw + cx] = anyHole;
                coarseCopyable[cy * cw + cx] = allCopyable && !anyHole;
            }
        }
        return new PyramidLevel(cw, ch, half, coarse, weight, coarseGuide, coarseHole, coarseCopyable);
    }

    /** One plane at half the resolution: the filter over the pixels of weight {@code mask}, divided by the filtered weights. */
    private float[] halve(float[] plane, float[] mask, float[] weights, float[] across, int cw, int ch) {
        horizontal(plane, mask, across, cw);
        float[] out = new float[cw * ch];
        vertical(across, out, cw, ch);
        for (int k = 0; k < out.length; k++) {
            out[k] = weights[k] > 0 ? Math.min(1f, out[k] / weights[k]) : 0f;
        }
        return out;
    }

    /**
     * The filter across each row, at every second pixel: {@code out[y·cw + cx] = Σ_t TAPS[t]·v·m}
     * over the pixels {@code x = 2·cx − 1 + t} inside the row, with {@code m} the mask (1 if null).
     */
    private void horizontal(float[] values, float[] mask, float[] out, int cw) {
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int cx = 0; cx < cw; cx++) {
                int x0 = 2 * cx - 1;
                float sum = 0;
                if (x0 >= 0 && x0 + 3 < width) {
                    int i = row + x0;
                    if (mask == null) {
                        sum = TAPS[0] * values[i] + TAPS[1] * values[i + 1] + TAPS[2] * values[i + 2]
                                + TAPS[3] * values[i + 3];
                    } else {
                        sum = TAPS[0] * values[i] * mask[i] + TAPS[1] * values[i + 1] * mask[i + 1]
                                + TAPS[2] * values[i + 2] * mask[i + 2] + TAPS[3] * values[i + 3] * mask[i + 3];
                    }
                } else {
                    for (int t = 0; t < TAPS.length; t++) {
                        int x = x0 + t;
                        if (x >= 0 && x < width) {
                            sum += TAPS[t] * values[row + x] * (mask == null ? 1f : mask[row + x]);
                        }
                    }
                }
                out[y * cw + cx] = sum;
            }
        }
    }

    /** The filter down each column of the horizontal pass, at every second row. */
    private void vertical(float[] across, float[] out, int cw, int ch) {
        for (int cy = 0; cy < ch; cy++) {
            int y0 = 2 * cy - 1;
            for (int cx = 0; cx < cw; cx++) {
                float sum = 0;
                for (int t = 0; t < TAPS.length; t++) {
                    int y = y0 + t;
                    if (y >= 0 && y < height) {
                        sum += TAPS[t] * across[y * cw + cx];
                    }
                }
                out[cy * cw + cx] = sum;
            }
        }
    }

    /** Two-pass chessboard distance transform: 0 on known pixels, k on hole pixels k steps away. */
    private static int[] chessboardDepth(int width, int height, boolean[] hole) {
        int n = width * height;
        int far = width + height;
        int[] d = new int[n];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (!hole[i]) {
                    continue;
                }
                int best = far;
                if (x > 0) {
                    best = Math.min(best, d[i - 1] + 1);
                }
                if (y > 0) {
                    best = Math.min(best, d[i - width] + 1);
                    if (x > 0) {
                        best = Math.min(best, d[i - width - 1] + 1);
                    }
                    if (x + 1 < width) {
                        best = Math.min(best, d[i - width + 1] + 1);
                    }
                }
                d[i] = best;
            }
        }
        for (int y = height - 1; y >= 0; y--) {
            for (int x = width - 1; x >= 0; x--) {
                int i = y * width + x;
                if (!hole[i]) {
                    continue;
                }
                int best = d[i];
                if (x + 1 < width) {
                    best = Math.min(best, d[i + 1] + 1);
                }
                if (y + 1 < height) {
                    best = Math.min(best, d[i + width] + 1);
                    if (x + 1 < width) {
                        best = Math.min(best, d[i + width + 1] + 1);
                    }
                    if (x > 0) {
                        best = Math.min(best, d[i + width - 1] + 1);
                    }
                }
                d[i] = best;
            }
        }
        return d;
    }
}
