package io.github.inpaint4j.gan.internal.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.github.inpaint4j.gan.FreedScalars;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.loss.DiscriminatorTarget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Feature matching, the perceptual loss of a fixed random network and the hole-aware target of D. */
class FeatureLossesTest {

    @BeforeAll
    static void engine() {
        TorchRuntime.start(1);
    }

    /**
     * Two layers: |(1, 2) − (1, 4)| averages 1, |(0, 0, 0, 3) − 0| averages 0.75; their mean, 0.875,
     * times the weight 4 is 3.5. The gradient reaches the fake features only: weight · sign / (2 · n).
     */
    @Test
    void featureMatchingAveragesTheLayersMeanAbsoluteDifferences() throws InterruptedException {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray fake1 = m.create(new float[] {1, 4});
            NDArray fake2 = m.create(new float[] {0, 0, 0, 3});
            NDArray real1 = m.create(new float[] {1, 2});
            real1.setRequiresGradient(true);
            fake1.setRequiresGradient(true);
            fake2.setRequiresGradient(true);
            try (GradientCollector gc = m.getEngine().newGradientCollector()) {
                NDArray loss = FeatureMatchingLoss.of(new NDList(real1, m.zeros(new Shape(4))),
                        new NDList(fake1, fake2), 4f);
                assertEquals(3.5f, loss.getFloat(), 1e-6f);
                FreedScalars.provoke(m);
                gc.backward(loss);
            }
            assertArrayEquals(new float[] {0, 1}, fake1.getGradient().toFloatArray(), 1e-6f);
            assertArrayEquals(new float[] {0, 0, 0, 0.5f}, fake2.getGradient().toFloatArray(), 1e-6f);
            assertArrayEquals(new float[] {0, 0}, real1.getGradient().toFloatArray(), "the real side is detached");
            assertThrows(IllegalArgumentException.class,
                    () -> FeatureMatchingLoss.of(new NDList(real1), new NDList(fake1, fake2), 1f));
        }
    }

    /** Identical pictures cost nothing; different ones something; the same seed gives the same network. */
    @Test
    void thePerceptualLossComparesFixedRandomFeatures() throws InterruptedException {
        try (NDManager m = NDManager.newBaseManager(); PerceptualLoss a = new PerceptualLoss(m);
                PerceptualLoss b = new PerceptualLoss(m)) {
            NDArray x = m.randomUniform(-1, 1, new Shape(2, 3, 16, 16));
            NDArray y = m.randomUniform(-1, 1, new Shape(2, 3, 16, 16));
            assertEquals(0f, a.evaluate(x, x, 1f).getFloat());
            float d = a.evaluate(x, y, 1f).getFloat();
            assertTrue(d > 0, "distance " + d);
            assertEquals(d, b.evaluate(x, y, 1f).getFloat(), "a fixed seed: the same network");
            assertEquals(3 * d, a.evaluate(x, y, 3f).getFloat(), 1e-5f * d);
            NDList features = a.features(x);
            assertEquals(new Shape(2, 32, 16, 16), features.get(0).getShape());
            assertEquals(new Shape(2, 128, 4, 4), features.get(2).getShape());

            y.setRequiresGradient(true);
            try (GradientCollector gc = m.getEngine().newGradientCollector()) {
                NDArray loss = a.evaluate(x, y, 1f);
                FreedScalars.provoke(m);
                gc.backward(loss);
            }
            float[] g = y.getGradient().toFloatArray();
            double norm = 0;
            for (float v : g) {
                assertTrue(Float.isFinite(v));
                norm += Math.abs(v);
            }
            assertTrue(norm > 0, "the gradient reaches the fake");
        }
    }

    /**
     * A 4×4 mask with its left half a hole and logits at stride 2 (2×2): the left cells are all
     * hole (label 0), the right all known (label 1); a cell half hole gets 0.5. ALL labels every
     * logit 0.
     */
    @Test
    void theHoleTargetLabelsEachLogitByItsCellsHoleShare() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray mask = m.create(new float[] {
                1, 1, 0, 0,
                1, 1, 0, 0,
                1, 0, 0, 0,
                1, 0, 0, 0}, new Shape(1, 1, 4, 4));
            NDArray logits = m.zeros(new Shape(1, 1, 2, 2));
            assertArrayEquals(new float[] {0, 1, 0.5f, 1}, DiscriminatorTarget.HOLE.fakeLabels(logits, mask)
                    .toFloatArray());
            assertArrayEquals(new float[] {0, 0, 0, 0}, DiscriminatorTarget.ALL.fakeLabels(logits, mask)
                    .toFloatArray());
            // with soft labels the loss is BCE(l, y): at l = 0 it is ln 2 whatever y
            NDArray loss = AdversarialLoss.bce(logits, DiscriminatorTarget.HOLE.fakeLabels(logits, mask));
            assertEquals(Math.log(2), loss.getFloat(), 1e-6);
        }
    }
}
