package io.github.inpaint4j.gan.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import io.github.inpaint4j.gan.internal.data.Batch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step whose gradients are not finite is refused before Adam touches the weights, and the error says where it went wrong. */
class DivergenceTest {

    private static List<float[]> weights(Model model) {
        List<float[]> out = new ArrayList<>();
        for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
            out.add(p.getValue().getArray().toFloatArray());
        }
        return out;
    }

    @Test
    void aNonFiniteGradientIsRefusedAndTheWeightsStayAsTheyWere() throws Exception {
        try (TinyNetworks n = new TinyNetworks(8, 2e-4f, 0, null, false)) {
            Batch good = TinyNetworks.sampler(8).batch(1);
            float[] input = good.input().clone();
            Arrays.fill(input, 0, TinyNetworks.SIDE, Float.NaN); // one row of the first crop's red plane
            Batch poisoned = new Batch(good.real(), input, good.mask(), good.size(), good.side());
            n.train(TinyNetworks.sampler(8), 1, 1);
            assertTrue(FiniteParameters.allFinite(n.generator) && FiniteParameters.allFinite(n.discriminator));
            List<float[]> generatorBefore = weights(n.generator);
            List<float[]> discriminatorBefore = weights(n.discriminator);

            NonFiniteGradientException e;
            try (NDManager m = n.generator.getNDManager().newSubManager()) {
                e = assertThrows(NonFiniteGradientException.class, () -> n.step.run(m, poisoned, 2));
            }
            assertTrue(e.getMessage().startsWith("the gradient of discriminator parameter "), e.getMessage());
            for (int i = 0; i < generatorBefore.size(); i++) {
                assertArrayEquals(generatorBefore.get(i), weights(n.generator).get(i));
            }
            for (int i = 0; i < discriminatorBefore.size(); i++) {
                assertArrayEquals(discriminatorBefore.get(i), weights(n.discriminator).get(i));
            }
            assertNull(FiniteParameters.firstNonFiniteGradient(n.generator), "G's step never ran");
        }
    }

    @Test
    void theDivergedMessageNamesTheLastGoodCheckpointOrSaysThereIsNone() {
        String none = TrainingLoop.divergedMessage(2, "the losses are NaN", null);
        assertEquals("training diverged at step 2: the losses are NaN; no checkpoint was written before it, so there is"
                + " none to resume from", none);
        assertFalse(none.contains("null"));
        Path last = Path.of("runs", "step-00000500");
        assertTrue(TrainingLoop.divergedMessage(612, "x", last).endsWith("the last good checkpoint is " + last));
    }
}
