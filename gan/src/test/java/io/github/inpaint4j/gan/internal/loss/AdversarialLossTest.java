package io.github.inpaint4j.gan.internal.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import io.github.inpaint4j.gan.FreedScalars;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.loss.GeneratorLossForm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdversarialLossTest {

    /** A logit whose sigmoid is 0.9: ln 9. */
    private static final float LOGIT_09 = (float) Math.log(9);
    /** −ln 0.9 = 0.1053605. */
    private static final float BCE_09 = (float) -Math.log(0.9);

    @BeforeAll
    static void engine() {
        TorchRuntime.start(1);
    }

    /**
     * docs/djl.md#losses: DJL's sigmoid-input BCE returns −0.1054 for p = [.9, .1], y = [1, 0]. The loss
     * on logits must give +0.1054: D(real) = 0.9 and D(fake) = 0.1 cost −ln 0.9 each.
     */
    @Test
    void discriminatorLossIsThePositiveLogLoss() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray real = m.create(new float[] {LOGIT_09, LOGIT_09});
            NDArray fake = m.create(new float[] {-LOGIT_09, -LOGIT_09});
            assertEquals(BCE_09, AdversarialLoss.discriminator(real, fake).getFloat(), 1e-6f);
            assertEquals(BCE_09, AdversarialLoss.bce(real, true).getFloat(), 1e-6f);
            assertEquals((float) -Math.log(0.1), AdversarialLoss.bce(real, false).getFloat(), 1e-5f);
        }
    }

    /** At logit 0 (D undecided) both forms cost ln 2 in magnitude; the saturating one is log(1 − D) = −ln 2. */
    @Test
    void generatorLossFormsAtAnUndecidedDiscriminator() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray logits = m.zeros(new ai.djl.ndarray.types.Shape(2, 1, 2, 2));
            float ln2 = (float) Math.log(2);
            assertEquals(ln2, AdversarialLoss.generator(logits, GeneratorLossForm.NON_SATURATING).getFloat(), 1e-6f);
            assertEquals(-ln2, AdversarialLoss.generator(logits, GeneratorLossForm.SATURATING).getFloat(), 1e-6f);
        }
    }

    /**
     * Goodfellow et al.'s reason for the non-saturating form: when D confidently rejects a fake
     * (logit −5) the saturating loss's gradient is σ(−5) ≈ 0.0067 per logit while the
     * non-saturating one's is σ(−5) − 1 ≈ −0.9933 (each divided by the count, here 1).
     */
    @Test
    void saturatingFormVanishesWhenTheDiscriminatorWins() {
        try (NDManager m = NDManager.newBaseManager()) {
            float sigma = (float) (1 / (1 + Math.exp(5)));
            assertArrayEquals(new float[] {sigma - 1}, gradient(m, GeneratorLossForm.NON_SATURATING), 1e-6f);
            assertArrayEquals(new float[] {-sigma}, gradient(m, GeneratorLossForm.SATURATING), 1e-6f);
        }
    }

    private static float[] gradient(NDManager m, GeneratorLossForm form) {
        NDArray logit = m.create(new float[] {-5f});
        logit.setRequiresGradient(true);
        try (GradientCollector gc = m.getEngine().newGradientCollector()) {
            gc.backward(AdversarialLoss.generator(logit, form));
        }
        return logit.getGradient().toFloatArray();
    }

    /**
     * docs/djl.md#scalars-under-autograd for the ½ of D's loss: its gradient must stay
     * ½ · (σ(l) − y) / n after the scalar's Java buffer could have been collected and reused.
     */
    @Test
    void discriminatorGradientSurvivesGarbageCollectionBeforeBackward() throws InterruptedException {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray real = m.create(new float[] {1f, -2f});
            NDArray fake = m.create(new float[] {0.5f, 3f});
            real.setRequiresGradient(true);
            fake.setRequiresGradient(true);
            try (GradientCollector gc = m.getEngine().newGradientCollector()) {
                NDArray loss = AdversarialLoss.discriminator(real, fake);
                FreedScalars.provoke(m);
                gc.backward(loss);
            }
            // d/dl of ½ · mean BCE over 2 logits: (σ(l) − 1) / 4 for real ones, σ(l) / 4 for fake ones.
            assertArrayEquals(new float[] {(sigmoid(1) - 1) / 4, (sigmoid(-2) - 1) / 4},
                    real.getGradient().toFloatArray(), 1e-6f);
            assertArrayEquals(new float[] {sigmoid(0.5) / 4, sigmoid(3) / 4}, fake.getGradient().toFloatArray(), 1e-6f);
        }
    }

    private static float sigmoid(double x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }

    /**
     * Shows that {@link FreedScalars#provoke} does reproduce DJL's bug on {@code mul(Number)} on this
     * engine (in at least one of five tries), so that the gradient tests above would catch a
     * {@code mul(0.5f)} slipping back in. If DJL fixes the bug this test fails; the workaround can
     * then go.
     */
    @Test
    void theProvocationReproducesDjlsScalarBug() throws InterruptedException {
        boolean reproduced = false;
        for (int trial = 0; trial < 5 && !reproduced; trial++) {
            try (NDManager m = NDManager.newBaseManager()) {
                NDArray x = m.create(new float[] {1, 2, 3});
                x.setRequiresGradient(true);
                try (GradientCollector gc = m.getEngine().newGradientCollector()) {
                    NDArray y = x.mul(100f).sum();
                    FreedScalars.provoke(m);
                    gc.backward(y);
                }
                reproduced = x.getGradient().toFloatArray()[0] != 100f;
            }
        }
        assertTrue(reproduced, "mul(Number) kept its gradient of 100 in 5 tries: the bug of "
                + "docs/djl.md#scalars-under-autograd may be fixed");
    }
}
