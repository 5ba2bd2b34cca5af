package io.github.inpaint4j.texture.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Solves the discrete Poisson equation on the unknown pixels of a grid, in three channels at once:
 * for every unknown pixel i, {@code Σ_{j ∈ N(i)} (e_i − e_j) = b_i} over its 4-neighbours j that
 * are unknown or <i>fixed</i>, with {@code e_j = 0} at the fixed ones (a Dirichlet boundary). A
 * neighbour that is neither, like the grid's own edge, is no neighbour (a Neumann boundary). Every
 * unknown pixel must be connected through unknown pixels to a fixed one.
 *
 * <p>Geometric multigrid with V-cycles: red–black Gauss–Seidel smoothing (two sweeps before and
 * two after), the residual restricted to a grid of half the resolution by summing each 2×2 block
 * (a coarse pixel is unknown only if all four are: a coarse grid that also took the blocks that
 * straddle the boundary moved the boundary outward and diverged on ragged holes), the same
 * equation on the coarse grid, and the correction brought back by bilinear interpolation; the fine
 * sweeps resolve the layer along the boundary. Cycles run until the largest residual is
 * below {@link #TOLERANCE} or {@link #MAX_CYCLES} have run. Each step visits the pixels in a fixed
 * order, so the result is the same on every run.
 */
final class MaskedPoisson {

    /** The largest residual accepted, in sample units ([0, 1] per channel). */
    static final float TOLERANCE = 1e-4f;
    /** The most V-cycles run. */
    static final int MAX_CYCLES = 30;
    /** Sweeps before and after the coarse-grid correction. */
    private static final int SWEEPS = 2;
    /** Sweeps at the coarsest grid. */
    private static final int COARSEST_SWEEPS = 64;
    /** A grid is not halved once it has at most this many unknown pixels or a side under 4. */
    private static final int SMALLEST = 16;
    private static final int CHANNELS = 3;
    /** Pixels per parallel task; a grid with fewer unknown pixels than two chunks is swept on one thread. */
    private static final int CHUNK = 4096;

    /** A range {@code [from, to)} of a grid's cells. */
    @FunctionalInterface
    private interface Range {
        void run(int from, int to);
    }

    /** Runs {@code range} over {@code [from, to)} in chunks of {@link #CHUNK}, as parallel tasks. */
    private static void chunks(ParallelTasks parallel, int from, int to, Range range) {
        int parts = (to - from + CHUNK - 1) / CHUNK;
        if (parts <= 1) {
            range.run(from, to);
            return;
        }
        parallel.run(parts, part -> range.run(from + part * CHUNK, Math.min(to, from + (part + 1) * CHUNK)));
    }

    /** One grid of the hierarchy. */
    private static final class Grid {
        final int width;
        final int height;
        final boolean[] unknown;
        /** The unknown pixels, row-major, split by colour: {@code (x + y)} even first, so one pass is a red–black sweep. */
        final int[] cells;
        /** Where the odd colour starts in {@link #cells}. */
        final int oddStart;
        /** Neighbours inside the grid of each pixel. */
        final byte[] degree;
        final float[][] e = new float[CHANNELS][];
        final float[][] b = new float[CHANNELS][];

        Grid(int width, int height, boolean[] unknown, boolean[] fixed) {
            this.width = width;
            this.height = height;
            this.unknown = unknown;
            int n = width * height;
            int count = 0;
            for (boolean u : unknown) {
                count += u ? 1 : 0;
            }
            this.cells = new int[count];
            int k = 0;
            int odd = 0;
            for (int parity = 0; parity < 2; parity++) {
                if (parity == 1) {
                    odd = k;
                }
                for (int y = 0; y < height; y++) {
                    for (int x = (y + parity) % 2; x < width; x += 2) {
                        if (unknown[y * width + x]) {
                            cells[k++] = y * width + x;
                        }
                    }
                }
            }
            this.oddStart = odd;
            this.degree = new byte[n];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int i = y * width + x;
                    degree[i] = (byte) ((x > 0 && counts(unknown, fixed, i - 1) ? 1 : 0)
                            + (x + 1 < width && counts(unknown, fixed, i + 1) ? 1 : 0)
                            + (y > 0 && counts(unknown, fixed, i - width) ? 1 : 0)
                            + (y + 1 < height && counts(unknown, fixed, i + width) ? 1 : 0));
                }
            }
            for (int c = 0; c < CHANNELS; c++) {
                e[c] = new float[n];
                b[c] = new float[n];
            }
        }

        private static boolean counts(boolean[] unknown, boolean[] fixed, int j) {
            return unknown[j] || fixed == null || fixed[j];
        }

        /** The sum of {@code v} over the neighbours of {@code i} inside the grid (0 at those that are not unknown). */
        float neighbours(float[] v, int i) {
            int x = i % width;
            float s = 0;
            if (x > 0) {
                s += v[i - 1];
            }
            if (x + 1 < width) {
                s += v[i + 1];
            }
            if (i >= width) {
                s += v[i - width];
            }
            if (i + width < v.length) {
                s += v[i + width];
            }
            return s;
        }

        /**
         * Red–black Gauss–Seidel sweeps; pixels that are not unknown keep e = 0. The pixels of one
         * colour depend only on the other's, so each colour's chunks run in parallel.
         */
        void smooth(int sweeps, ParallelTasks parallel) {
            for (int s = 0; s < sweeps; s++) {
                for (int colour = 0; colour < 2; colour++) {
                    int from = colour == 0 ? 0 : oddStart;
                    int to = colour == 0 ? oddStart : cells.length;
                    chunks(parallel, from, to, (lo, hi) -> {
                        for (int c = 0; c < CHANNELS; c++) {
                            float[] ec = e[c];
                            float[] bc = b[c];
                            for (int k = lo; k < hi; k++) {
                                int i = cells[k];
                                ec[i] = (bc[i] + neighbours(ec, i)) / degree[i];
                            }
                        }
                    });
                }
            }
        }

        /** {@code b − A e} at every unknown pixel, into {@code out}; returns its largest magnitude. */
        float residual(float[][] out, ParallelTasks parallel) {
            int parts = (cells.length + CHUNK - 1) / CHUNK;
            float[] largest = new float[Math.max(1, parts)];
            parallel.run(parts, part -> {
                int from = part * CHUNK;
                int to = Math.min(cells.length, from + CHUNK);
                float m = 0;
                for (int c = 0; c < CHANNELS; c++) {
                    float[] ec = e[c];
                    float[] bc = b[c];
                    float[] oc = out[c];
                    for (int k = from; k < to; k++) {
                        int i = cells[k];
                        float r = bc[i] - (degree[i] * ec[i] - neighbours(ec, i));
                        oc[i] = r;
                        m = Math.max(m, Math.abs(r));
                    }
                }
                largest[part] = m;
            });
            float m = 0;
            for (float v : largest) {
                m = Math.max(m, v);
            }
            return m;
        }

        /** The grid of half the resolution, or {@code null} if this one is small enough to solve directly. */
        Grid coarser() {
            if (cells.length <= SMALLEST || width < 4 || height < 4) {
                return null;
            }
            int cw = (width + 1) / 2;
            int ch = (height + 1) / 2;
            boolean[] coarse = new boolean[cw * ch];
            Arrays.fill(coarse, true);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    coarse[(y / 2) * cw + x / 2] &= unknown[y * width + x];
                }
            }
            return new Grid(cw, ch, coarse, null);
        }
    }

    private final Grid[] grids;
    private final float[][] scratch;
    private final ParallelTasks parallel;

    /**
     * A solver for the unknown pixels of a {@code width × height} grid. The coarser grids, which
     * only correct the fine one, take every pixel that is not unknown as fixed.
     *
     * @param unknown row-major flags; not copied, not changed
     * @param fixed the pixels of the Dirichlet boundary; {@code null}: every pixel that is not unknown
     * @param parallel runs the sweeps' chunks
     */
    MaskedPoisson(int width, int height, boolean[] unknown, boolean[] fixed, ParallelTasks parallel) {
        this.parallel = parallel;
        List<Grid> list = new ArrayList<>();
        Grid g = new Grid(width, height, unknown, fixed);
        while (g != null) {
            list.add(g);
            g = g.coarser();
        }
        this.grids = list.toArray(new Grid[0]);
        this.scratch = new float[CHANNELS][width * height];
    }

    /**
     * The solution for right-hand side {@code rhs} (three planes of the grid's size, read at the
     * unknown pixels), starting from 0.
     *
     * @return three planes holding e at the unknown pixels and 0 elsewhere
     */
    float[][] solve(float[][] rhs) {
        Grid top = grids[0];
        for (int c = 0; c < CHANNELS; c++) {
            Arrays.fill(top.e[c], 0f);
            System.arraycopy(rhs[c], 0, top.b[c], 0, rhs[c].length);
        }
        for (int cycle = 0; cycle < MAX_CYCLES; cycle++) {
            if (top.residual(scratch, parallel) <= TOLERANCE) {
                break;
            }
            cycle(0);
        }
        float[][] out = new float[CHANNELS][];
        for (int c = 0; c < CHANNELS; c++) {
            out[c] = top.e[c].clone();
        }
        return out;
    }

    private void cycle(int level) {
        Grid g = grids[level];
        if (level == grids.length - 1) {
            g.smooth(COARSEST_SWEEPS, parallel);
            return;
        }
        g.smooth(SWEEPS, parallel);
        float[][] r = new float[CHANNELS][g.width * g.height];
        g.residual(r, parallel);
        Grid coarse = grids[level + 1];
        // Each unknown coarse pixel sums its unknown children's residuals (a gather: no two tasks write one pixel).
        for (int c = 0; c < CHANNELS; c++) {
            Arrays.fill(coarse.e[c], 0f);
            Arrays.fill(coarse.b[c], 0f);
        }
        chunks(parallel, 0, coarse.cells.length, (from, to) -> {
            for (int k = from; k < to; k++) {
                int p = coarse.cells[k];
                int px = p % coarse.width;
                int py = p / coarse.width;
                for (int c = 0; c < CHANNELS; c++) {
                    float sum = 0;
                    for (int y = 2 * py; y < Math.min(g.height, 2 * py + 2); y++) {
                        for (int x = 2 * px; x < Math.min(g.width, 2 * px + 2); x++) {
                            int i = y * g.width + x;
                            if (g.unknown[i]) {
                                sum += r[c][i];
                            }
                        }
                    }
                    coarse.b[c][p] = sum;
                }
            }
        });
        cycle(level + 1);
        prolong(coarse, g, parallel);
        g.smooth(SWEEPS, parallel);
    }

    /** Adds the coarse grid's correction to the fine grid's unknown pixels, bilinearly. */
    private static void prolong(Grid coarse, Grid fine, ParallelTasks parallel) {
        int cw = coarse.width;
        int ch = coarse.height;
        chunks(parallel, 0, fine.cells.length, (from, to) -> {
            for (int c = 0; c < CHANNELS; c++) {
                float[] ce = coarse.e[c];
                float[] fe = fine.e[c];
                for (int k = from; k < to; k++) {
                    int i = fine.cells[k];
                    int x = i % fine.width;
                    int y = i / fine.width;
                    int cx = x / 2;
                    int cy = y / 2;
                    int nx = Math.max(0, Math.min(cw - 1, cx + (x % 2 == 0 ? -1 : 1)));
                    int ny = Math.max(0, Math.min(ch - 1, cy + (y % 2 == 0 ? -1 : 1)));
                    fe[i] += (9 * ce[cy * cw + cx] + 3 * ce[cy * cw + nx] + 3 * ce[ny * cw + cx] + ce[ny * cw + nx])
                            / 16;
                }
            }
        });
    }
}
