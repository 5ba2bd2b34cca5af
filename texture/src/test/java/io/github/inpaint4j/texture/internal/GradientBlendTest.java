package io.github.inpaint4j.texture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Poisson solver and the gradient-domain blend against hand-made cases. */
class GradientBlendTest {

    /** The residual of the equations at every unknown pixel is within the solver's tolerance. */
    @Test
    void theSolverSatisfiesTheEquationsOnAnIrregularDomain() {
        int w = 53;
        int h = 41;
        SplittableRandom random = new SplittableRandom(3);
        boolean[] unknown = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x - 26) / 20.0;
                double dy = (y - 19) / 15.0;
                // a blob touching the top edge (Neumann there) with a ragged border
                unknown[y * w + x] = dx * dx + dy * dy < 1 + 0.3 * random.nextDouble() || (y < 3 && x > 10 && x < 40);
            }
        }
        float[][] rhs = new float[3][w * h];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < w * h; i++) {
                rhs[c][i] = unknown[i] ? (float) (random.nextDouble() - 0.5) * 0.1f : 0f;
            }
        }
        float[][] e = new MaskedPoisson(w, h, unknown, null, ParallelTasks.SERIAL).solve(rhs);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    if (!unknown[i]) {
                        assertEquals(0f, e[c][i]);
                        continue;
                    }
                    double sum = 0;
                    int degree = 0;
                    for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                        int nx = x + d[0];
                        int ny = y + d[1];
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
                            degree++;
                            sum += e[c][ny * w + nx];
                        }
                    }
                    assertEquals(rhs[c][i], degree * e[c][i] - sum, 2 * MaskedPoisson.TOLERANCE, "(" + x + ", " + y + ")");
                }
            }
        }
    }

    /** Sweeps shared among 2 or 3 threads give the serial solution bit for bit. */
    @Test
    void theSolutionDoesNotDependOnTheThreadCount() {
        int w = 230;
        int h = 170;
        SplittableRandom random = new SplittableRandom(8);
        boolean[] unknown = new boolean[w * h];
        float[][] rhs = new float[3][w * h];
        for (int y = 10; y < 160; y++) {
            for (int x = 12; x < 215; x++) {
                unknown[y * w + x] = (x - 110) * (x - 110) + (y - 85) * (y - 85) < 95 * 95 || random.nextInt(9) == 0;
            }
        }
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < w * h; i++) {
                rhs[c][i] = unknown[i] ? (float) (random.nextDouble() - 0.5) * 0.2f : 0f;
            }
        }
        float[][] serial = new MaskedPoisson(w, h, unknown, null, ParallelTasks.SERIAL).solve(rhs);
        for (int threads = 2; threads <= 3; threads++) {
            try (WorkerPool pool = WorkerPool.create(threads)) {
                float[][] shared = new MaskedPoisson(w, h, unknown, null, (count, task) -> {
                    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
                    pool.share(Math.min(pool.threads(), count), worker -> {
                        for (int t = next.getAndIncrement(); t < count; t = next.getAndIncrement()) {
                            task.accept(t);
                        }
                    });
                }).solve(rhs);
                for (int c = 0; c < 3; c++) {
                    assertArrayEquals(serial[c], shared[c], threads + " threads, channel " + c);
                }
            }
        }
    }

    /**
     * A hole in a horizontal ramp filled with a copy of the ramp from 20 pixels to its left, 0.2
     * too dark (what a copy from the wrong place leaves): blended with the ramp's own differences it
     * becomes the ramp again, with no step at either border.
     */
    @Test
    void aRampAcrossTheHoleContinuesWithNoStep() {
        int w = 60;
        int h = 20;
        float slope = 0.01f;
        boolean[] hole = new boolean[w * h];
        float[][] planes = new float[5][w * h];
        int[] origin = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                hole[i] = x >= 30 && x < 46 && y >= 4 && y < 16;
                float truth = 0.1f + slope * x;
                float value = hole[i] ? truth - 20 * slope : truth;
                for (int c = 0; c < 3; c++) {
                    planes[c][i] = value + 0.1f * c;
                }
                origin[i] = hole[i] ? i - 20 : -1;
            }
        }
        PyramidLevel level = new PyramidLevel(w, h, 1, planes, 0f, null, hole, invert(hole));
        GradientBlend.apply(level, origin, ParallelTasks.SERIAL);
        for (int y = 4; y < 16; y++) {
            for (int x = 29; x <= 46; x++) {
                int i = y * w + x;
                assertEquals(0.1f + slope * x, level.red[i], 1e-3, "(" + x + ", " + y + ")");
                assertEquals(0.3f + slope * x, level.blue[i], 1e-3, "(" + x + ", " + y + ")");
            }
            // no step: the differences across both borders are the slope
            assertEquals(slope, level.red[y * w + 30] - level.red[y * w + 29], 1e-3);
            assertEquals(slope, level.red[y * w + 46] - level.red[y * w + 45], 1e-3);
        }
    }

    /**
     * A periodic texture whose hole holds copies from one period away: every guiding difference is
     * the fill's own, and the fill comes back bit for bit.
     */
    @Test
    void aFillOfExactCopiesIsUnchanged() {
        int w = 30;
        int h = 24;
        int period = 15;
        SplittableRandom random = new SplittableRandom(5);
        float[][] tile = new float[3][period * h];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < tile[c].length; i++) {
                tile[c][i] = (float) random.nextDouble();
            }
        }
        boolean[] hole = new boolean[w * h];
        float[][] planes = new float[5][w * h];
        int[] origin = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                hole[i] = x >= 18 && x < 26 && y >= 8 && y < 16;
                origin[i] = hole[i] ? i - period : -1;
                for (int c = 0; c < 3; c++) {
                    planes[c][i] = tile[c][y * period + x % period];
                }
            }
        }
        float[][] before = {planes[0].clone(), planes[1].clone(), planes[2].clone()};
        PyramidLevel level = new PyramidLevel(w, h, 1, planes, 0f, null, hole, invert(hole));
        GradientBlend.apply(level, origin, ParallelTasks.SERIAL);
        assertArrayEquals(before[0], level.red);
        assertArrayEquals(before[1], level.green);
        assertArrayEquals(before[2], level.blue);
    }

    private static boolean[] invert(boolean[] flags) {
        boolean[] out = new boolean[flags.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = !flags[i];
        }
        return out;
    }
}
