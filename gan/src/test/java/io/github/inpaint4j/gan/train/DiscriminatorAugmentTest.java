package io.github.inpaint4j.gan.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.github.inpaint4j.gan.FreedScalars;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiscriminatorAugmentTest {

    private static final int N = 3;
    private static final int S = 16;
    private static final int PLANE = S * S;

    @BeforeAll
    static void engine() {
        TorchRuntime.start(1);
    }

    /** Distinct values everywhere (RGB in [−1, 1]) and a mask plane of 0s and 1s. */
    private static float[] samples() {
        float[] x = new float[N * 4 * PLANE];
        for (int i = 0; i < x.length; i++) {
            int plane = i / PLANE % 4;
            x[i] = plane == 3 ? (i % 7 < 3 ? 1f : 0f) : (i % 997) / 498.5f - 1f;
        }
        return x;
    }

    @Test
    void noAugmentationIsTheIdentity() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(samples(), new Shape(N, 4, S, S));
            assertSame(x, new DiscriminatorAugment(Augmentation.NONE).apply(x, new SplittableRandom(1)));
        }
    }

    /**
     * Each crop comes out as its input moved by one offset of at most 2 pixels (an eighth of 16) on
     * each axis, zeros coming in, its mask plane moved alike; the same draw for two arrays moves
     * their crop n alike.
     */
    @Test
    void translationMovesEachCropAndItsMaskByOneOffset() {
        try (NDManager m = NDManager.newBaseManager()) {
            float[] in = samples();
            NDArray x = m.create(in, new Shape(N, 4, S, S));
            DiscriminatorAugment t = new DiscriminatorAugment(new Augmentation(false, true, false));
            NDList both = t.apply(new NDList(x, x), new SplittableRandom(3));
            float[] out = both.get(0).toFloatArray();
            assertArrayEquals(out, both.get(1).toFloatArray(), "the same draw for both arrays");
            int moved = 0;
            for (int n = 0; n < N; n++) {
                int[] offset = findOffset(in, out, n);
                assertTrue(offset != null, "crop " + n + " is not a shifted copy");
                moved += offset[0] != 0 || offset[1] != 0 ? 1 : 0;
            }
            assertTrue(moved > 0, "some crop should move");
            float[] other = t.apply(x, new SplittableRandom(4)).toFloatArray();
            assertNotEquals(Arrays.toString(out), Arrays.toString(other), "another draw, other offsets");
        }
    }

    private static int[] findOffset(float[] in, float[] out, int n) {
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                boolean all = true;
                for (int c = 0; c < 4 && all; c++) {
                    for (int y = 0; y < S && all; y++) {
                        for (int xx = 0; xx < S && all; xx++) {
                            int sy = y - dy;
                            int sx = xx - dx;
                            float expected = sy < 0 || sy >= S || sx < 0 || sx >= S ? 0f
                                    : in[((n * 4 + c) * S + sy) * S + sx];
                            all = out[((n * 4 + c) * S + y) * S + xx] == expected;
                        }
                    }
                }
                if (all) {
                    return new int[] {dx, dy};
                }
            }
        }
        return null;
    }

    /** Colour leaves the mask plane alone and changes the picture; cutout zeroes a square in every plane. */
    @Test
    void colourChangesRgbOnlyAndCutoutBlanksASquare() {
        try (NDManager m = NDManager.newBaseManager()) {
            float[] in = samples();
            NDArray x = m.create(in, new Shape(N, 4, S, S));
            float[] coloured = new DiscriminatorAugment(new Augmentation(true, false, false))
                    .apply(x, new SplittableRandom(5)).toFloatArray();
            for (int n = 0; n < N; n++) {
                int mask = (n * 4 + 3) * PLANE;
                assertArrayEquals(Arrays.copyOfRange(in, mask, mask + PLANE),
                        Arrays.copyOfRange(coloured, mask, mask + PLANE), "mask plane of crop " + n);
                assertNotEquals(in[n * 4 * PLANE], coloured[n * 4 * PLANE]);
            }
            float[] cut = new DiscriminatorAugment(new Augmentation(false, false, true))
                    .apply(x, new SplittableRandom(6)).toFloatArray();
            for (int n = 0; n < N; n++) {
                int zeroed = 0;
                for (int p = 0; p < PLANE; p++) {
                    boolean zero = cut[(n * 4) * PLANE + p] == 0f && in[(n * 4) * PLANE + p] != 0f;
                    for (int c = 0; c < 4; c++) {
                        float v = cut[(n * 4 + c) * PLANE + p];
                        assertTrue(v == 0f || v == in[(n * 4 + c) * PLANE + p]);
                    }
                    zeroed += zero ? 1 : 0;
                }
                assertTrue(zeroed > 0 && zeroed <= 64, "an 8×8 square at most, got " + zeroed);
            }
        }
    }

    /** The gradient passes through every transform (it is 0 only where cutout or a shift dropped a sample). */
    @Test
    void theGradientPassesThrough() throws InterruptedException {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(samples(), new Shape(N, 4, S, S));
            x.setRequiresGradient(true);
            try (GradientCollector gc = m.getEngine().newGradientCollector()) {
                NDArray y = new DiscriminatorAugment(Augmentation.ALL).apply(x, new SplittableRandom(7));
                NDArray loss = y.square().sum();
                FreedScalars.provoke(m);
                gc.backward(loss);
            }
            float[] g = x.getGradient().toFloatArray();
            long nonZero = 0;
            for (float v : g) {
                assertTrue(Float.isFinite(v));
                nonZero += v != 0 ? 1 : 0;
            }
            assertTrue(nonZero > g.length / 2, nonZero + " of " + g.length);
            assertEquals(g.length, x.getShape().size());
        }
    }
}
