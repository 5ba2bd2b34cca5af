package io.github.inpaint4j.gan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.util.Pair;
import io.github.inpaint4j.gan.loss.DiscriminatorTarget;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The training step with every term of the recipe on: finite, leak-free, repeatable, and R1 estimated right. */
class RecipeStepTest {

    /** Every setting this round added, on: hole-aware and mask-conditioned D, all loss terms, R1 every 2 steps. */
    static TrainingConfig everything(int seed) {
        TrainingConfig c = TinyNetworks.CONFIG.withSeed(seed);
        return c.withModel(c.model().withDiscriminator(c.model().discriminator().withMaskChannel(true)))
                .withData(c.data().withGreyProbability(0.3))
                .withOptimisation(c.optimisation().withEmaDecay(0.99f))
                .withLosses(new TrainingConfig.Losses(c.losses().generatorLoss(), 1f, 2f, DiscriminatorTarget.HOLE,
                        5f, 1f))
                .withRegularisation(new TrainingConfig.Regularisation(0.01f, 2, Augmentation.ALL));
    }

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
    void stepsAreFiniteLeaveNoGradientsAndRepeatForASeed() throws Exception {
        List<StepLosses> first;
        try (TinyNetworks n = new TinyNetworks(everything(11), 2e-4f, 0, null, false)) {
            first = n.train(TinyNetworks.sampler(11), 1, 4);
            for (StepLosses l : first) {
                assertTrue(l.isFinite(), l.toString());
                assertTrue(l.generatorFeatures() > 0, "feature matching and perceptual terms: " + l);
            }
            assertEquals(0.0, gradientNorm(n.discriminator), "D holds gradients after full steps");
            assertEquals(0.0, gradientNorm(n.generator), "G holds gradients after full steps");
        }
        try (TinyNetworks again = new TinyNetworks(everything(11), 2e-4f, 0, null, false)) {
            assertEquals(first, again.train(TinyNetworks.sampler(11), 1, 4), "augmentations and R1 are seeded");
        }
    }

    /**
     * The finite-difference R1 of one step is, in expectation over its random direction, the
     * squared norm of the gradient of D's summed logits with respect to its input, which autograd
     * gives directly: the mean of 300 estimates (γ = 2, every step, so the term is the estimate
     * itself) is within 20 % of it.
     */
    @Test
    void theR1EstimateMatchesTheGradientNorm() throws Exception {
        TrainingConfig c = everything(12).withRegularisation(new TrainingConfig.Regularisation(2f, 1, Augmentation.NONE));
        try (TinyNetworks n = new TinyNetworks(c, 2e-4f, 0, null, false);
                NDManager m = n.generator.getNDManager().newSubManager()) {
            NDList arrays = AdversarialStep.arrays(m, TinyNetworks.sampler(12).batch(1));
            NDArray seen = arrays.get(0).concat(arrays.get(2), 1);
            double exact;
            try (GradientCollector gc = n.generatorTrainer.newGradientCollector()) {
                NDArray x = seen.duplicate();
                x.setRequiresGradient(true);
                NDArray logits = n.discriminatorTrainer.forward(new NDList(x)).head();
                gc.backward(logits.sum());
                NDArray g = x.getGradient().get(":, 0:3");
                exact = g.square().sum().getFloat() / TinyNetworks.BATCH;
            }
            NDArray logits = n.discriminatorTrainer.forward(new NDList(seen)).head();
            double sum = 0;
            int draws = 300;
            SplittableRandom random = new SplittableRandom(5);
            for (int k = 0; k < draws; k++) {
                sum += n.step.r1(seen, logits, random).getFloat();
            }
            double estimate = sum / draws;
            assertTrue(exact > 0);
            assertEquals(exact, estimate, 0.2 * exact, "R1 estimate " + estimate + " against " + exact);
        }
    }
}
