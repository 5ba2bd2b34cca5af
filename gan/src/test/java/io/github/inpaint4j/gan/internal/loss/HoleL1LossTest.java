package io.github.inpaint4j.gan.internal.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.github.inpaint4j.gan.FreedScalars;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HoleL1LossTest {

    @BeforeAll
    static void engine() {
        TorchRuntime.start(1);
    }

    /** Two pixels, the first a hole: real (1, 2, 3) vs fake (1.5, 2.5, 2) there, the second far off but known. */
    private static NDList labels(NDManager m) {
        NDArray real = m.create(new float[] {1, 0, 2, 0, 3, 0}, new Shape(1, 3, 1, 2));
        NDArray mask = m.create(new float[] {1, 0}, new Shape(1, 1, 1, 2));
        return new NDList(real, mask);
    }

    private static NDArray fake(NDManager m) {
        return m.create(new float[] {1.5f, 9, 2.5f, 9, 2, 9}, new Shape(1, 3, 1, 2));
    }

    /**
     * docs/djl.md#losses: DJL's weighted L1Loss returns λ·label, ignoring the prediction. Here
     * λ = 10: mean |diff| over the 3 hole samples = (0.5 + 0.5 + 1) / 3, times 10 = 6.6667; the
     * known pixel's error of 9 does not count.
     */
    @Test
    void weighsTheMeanAbsoluteErrorOverHoleSamples() {
        try (NDManager m = NDManager.newBaseManager()) {
            float loss = new HoleL1Loss(10f).evaluate(labels(m), new NDList(fake(m))).getFloat();
            assertEquals(20f / 3, loss, 1e-5f);
        }
    }

    /**
     * The gradient is λ · sign(fake − real) / 3 on hole samples and 0 on known ones, also when
     * the Java buffer of a {@code mul(Number)} scalar would have been freed (docs/djl.md#scalars-under-autograd).
     */
    @Test
    void gradientIsExactAfterGarbageCollection() throws InterruptedException {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray fake = fake(m);
            fake.setRequiresGradient(true);
            try (GradientCollector gc = m.getEngine().newGradientCollector()) {
                NDArray loss = new HoleL1Loss(100f).evaluate(labels(m), new NDList(fake));
                FreedScalars.provoke(m);
                gc.backward(loss);
            }
            float g = 100f / 3;
            assertArrayEquals(new float[] {g, 0, g, 0, -g, 0}, fake.getGradient().toFloatArray(), 1e-4f);
        }
    }

    /**
     * The known-pixel term: the second pixel is known with errors (9, 9, 9), so with weight 2 it adds
     * 2 · 9 = 18 to the hole term; its gradient is 2 · sign / 3 on the known samples only.
     */
    @Test
    void theKnownPixelTermWeighsTheKnownSamples() throws InterruptedException {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray fake = fake(m);
            fake.setRequiresGradient(true);
            try (GradientCollector gc = m.getEngine().newGradientCollector()) {
                NDArray loss = new HoleL1Loss(0f, 2f).evaluate(labels(m), new NDList(fake));
                assertEquals(18f, loss.getFloat(), 1e-5f);
                FreedScalars.provoke(m);
                gc.backward(loss);
            }
            float g = 2f / 3;
            assertArrayEquals(new float[] {0, g, 0, g, 0, g}, fake.getGradient().toFloatArray(), 1e-5f);
            assertEquals(10f * 2 / 3 + 18f, new HoleL1Loss(10f, 2f).evaluate(labels(m), new NDList(fake(m)))
                    .getFloat(), 1e-4f);
        }
    }

    @Test
    void aBatchWithoutHolesCostsNothing() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDList labels = new NDList(m.zeros(new Shape(1, 3, 2, 2)), m.zeros(new Shape(1, 1, 2, 2)));
            assertEquals(0f, new HoleL1Loss(100f).evaluate(labels, new NDList(m.ones(new Shape(1, 3, 2, 2))))
                    .getFloat());
        }
    }

    @Test
    void rejectsANegativeWeight() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HoleL1Loss(-1f));
        assertEquals("L1 weight lambda must be finite and >= 0, got -1.0", e.getMessage());
    }
}
