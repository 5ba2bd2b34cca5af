package io.github.inpaint4j.gan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.util.Pair;
import io.github.inpaint4j.gan.internal.data.Batch;
import io.github.inpaint4j.gan.internal.data.BatchSampler;
import io.github.inpaint4j.gan.internal.loss.AdversarialLoss;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("kernels") // also run under forced-down CPU kernel families (gan/pom.xml)
class AdversarialStepTest {

    private static double gradientNorm(Model model) {
        double sum = 0;
        for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
            NDArray array = p.getValue().getArray();
            if (array.hasGradient()) {
                try (NDArray g = array.getGradient()) {
                    sum += g.abs().sum().getFloat();
                }
            }
        }
        return sum;
    }

    @Test
    void lossesAreFiniteAndPlausible() throws Exception {
        try (TinyNetworks n = new TinyNetworks(1, 2e-4f, 0, null, false)) {
            for (StepLosses l : n.train(TinyNetworks.sampler(1), 1, 3)) {
                assertTrue(l.isFinite(), l.toString());
                // Near the start D is undecided: each BCE is close to ln 2.
                assertEquals(Math.log(2), l.discriminator(), 0.3, l.toString());
                assertTrue(l.generatorL1() > 0, l.toString());
            }
        }
    }

    /** Bright flat pictures against what an untrained generator puts in large holes: D learns to tell them apart. */
    @Test
    void discriminatorLossFallsOnAnEasyCase() throws Exception {
        try (TinyNetworks n = new TinyNetworks(2, 1e-3f, 0, null, false)) {
            int plane = TinyNetworks.SIDE * TinyNetworks.SIDE;
            float[] real = new float[TinyNetworks.BATCH * 3 * plane];
            Arrays.fill(real, 0.9f);
            float[] mask = new float[TinyNetworks.BATCH * plane];
            for (int i = 0; i < mask.length; i++) {
                int x = i % TinyNetworks.SIDE;
                mask[i] = x >= 4 && x < 12 ? 1f : 0f;
            }
            float[] input = new float[TinyNetworks.BATCH * 5 * plane];
            for (int i = 0; i < TinyNetworks.BATCH; i++) {
                for (int j = 0; j < plane; j++) {
                    float hole = mask[i * plane + j];
                    for (int c = 0; c < 3; c++) {
                        input[i * 5 * plane + c * plane + j] = hole > 0 ? 0f : real[i * 3 * plane + c * plane + j];
                    }
                    input[i * 5 * plane + 3 * plane + j] = hole;
                }
            }
            Batch batch = new Batch(real, input, mask, TinyNetworks.BATCH, TinyNetworks.SIDE);
            float first = 0;
            float last = 0;
            for (int s = 0; s < 25; s++) {
                try (NDManager m = n.generator.getNDManager().newSubManager();
                        GradientCollector gc = n.generatorTrainer.newGradientCollector()) {
                    NDList arrays = AdversarialStep.arrays(m, batch);
                    NDArray crops = arrays.get(0);
                    float loss = n.step.trainDiscriminator(gc, crops, arrays.get(2),
                            n.step.generate(crops, arrays.get(1), arrays.get(2)), new SplittableRandom(s), null);
                    assertTrue(Float.isFinite(loss));
                    if (s == 0) {
                        first = loss;
                    }
                    last = loss;
                }
            }
            assertTrue(first > 0.6f && last < 0.75f * first, "D loss went from " + first + " to " + last);
        }
    }

    /**
     * docs/djl.md#gradients: the fake is detached for D's step, so D's backward leaves no gradient in G.
     * The probe is shown to be sensitive: without the detach, G does get gradients.
     */
    @Test
    void theDiscriminatorStepLeavesNoGradientInTheGenerator() throws Exception {
        try (TinyNetworks n = new TinyNetworks(3, 2e-4f, 0, null, false)) {
            BatchSampler sampler = TinyNetworks.sampler(3);
            n.train(sampler, 1, 1); // gradients exist (and were cleared by Adam) from here on
            try (NDManager m = n.generator.getNDManager().newSubManager();
                    GradientCollector gc = n.generatorTrainer.newGradientCollector()) {
                NDList batch = AdversarialStep.arrays(m, sampler.batch(2));
                NDArray real = batch.get(0);
                AdversarialStep.Generated g = n.step.generate(real, batch.get(1), batch.get(2));
                n.step.trainDiscriminator(gc, real, batch.get(2), g, new SplittableRandom(2), null);
                assertEquals(0.0, gradientNorm(n.generator), "G received gradients from D's step");

                NDArray undetached = n.discriminatorTrainer.forward(new NDList(g.composite())).head();
                gc.backward(AdversarialLoss.bce(undetached, false));
                assertTrue(gradientNorm(n.generator) > 0, "the probe must see a leak when there is one");
            }
        }
    }

    /**
     * docs/djl.md#gradients: PyTorch's collector never clears gradients, so a G backward through an unfrozen
     * D would leave gradients in D that its next step adds in. With D frozen there are none.
     */
    @Test
    void theGeneratorStepLeavesNoGradientInTheDiscriminator() throws Exception {
        try (TinyNetworks n = new TinyNetworks(4, 2e-4f, 0, null, false)) {
            BatchSampler sampler = TinyNetworks.sampler(4);
            n.train(sampler, 1, 2);
            assertEquals(0.0, gradientNorm(n.discriminator), "D holds gradients after a full step");
            assertEquals(0.0, gradientNorm(n.generator), "G holds gradients after a full step");

            try (NDManager m = n.generator.getNDManager().newSubManager();
                    GradientCollector gc = n.generatorTrainer.newGradientCollector()) {
                NDList batch = AdversarialStep.arrays(m, sampler.batch(3));
                AdversarialStep.Generated g = n.step.generate(batch.get(0), batch.get(1), batch.get(2));
                NDArray logits = n.discriminatorTrainer.forward(new NDList(g.composite())).head();
                gc.backward(AdversarialLoss.bce(logits, true));
                assertTrue(gradientNorm(n.discriminator) > 0, "the probe must see a leak when D is not frozen");
            }
        }
    }

    /**
     * docs/djl.md#saving-and-resuming: Model.save keeps the weights but not Adam's moments. With the moments saved by
     * {@link ResumableAdam}, 2 steps + checkpoint + 2 steps give exactly the losses of 4 steps in
     * a row; with the weights alone they differ.
     */
    @Test
    void resumingWithTheSavedAdamStateRepeatsTheUninterruptedRun(@TempDir Path dir) throws Exception {
        BatchSampler sampler = TinyNetworks.sampler(5);
        List<StepLosses> straight;
        try (TinyNetworks n = new TinyNetworks(5, 2e-4f, 0, null, false)) {
            straight = n.train(sampler, 1, 4);
        }
        Path checkpoint = dir.resolve("step-00000002");
        try (TinyNetworks n = new TinyNetworks(5, 2e-4f, 0, null, false)) {
            assertEquals(straight.subList(0, 2), n.train(sampler, 1, 2));
            n.save(checkpoint, 2);
        }
        try (TinyNetworks resumed = new TinyNetworks(99, 2e-4f, 2, checkpoint, true)) {
            assertEquals(straight.subList(2, 4), resumed.train(sampler, 3, 4));
        }
        try (TinyNetworks weightsOnly = new TinyNetworks(99, 2e-4f, 2, checkpoint, false)) {
            List<StepLosses> without = weightsOnly.train(sampler, 3, 4);
            assertEquals(straight.get(2).discriminator(), without.get(0).discriminator(),
                    "step 3's D loss comes before any update");
            assertNotEquals(straight.get(2).generatorAdversarial(), without.get(0).generatorAdversarial(),
                    "without Adam's moments D's first update, and so G's loss, should differ");
        }
    }
}
