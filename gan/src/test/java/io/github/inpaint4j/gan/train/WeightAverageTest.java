package io.github.inpaint4j.gan.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.util.PairList;
import io.github.inpaint4j.gan.internal.model.UNetGenerator;
import org.junit.jupiter.api.Test;

class WeightAverageTest {

    /** It starts as a copy of the trained weights, then each update moves it by (1 − d) towards them. */
    @Test
    void startsAsACopyThenFollowsTheWeightsExponentially() throws Exception {
        try (TinyNetworks n = new TinyNetworks(8, 1e-3f, 0, null, false);
                Model average = Model.newInstance("average", n.generator.getNDManager().getDevice())) {
            average.setBlock(new UNetGenerator(TinyNetworks.GENERATOR));
            average.getBlock().initialize(average.getNDManager(), DataType.FLOAT32, TinyNetworks.G_INPUT);
            WeightAverage ema = new WeightAverage(n.generator, average, 0.75f, false);
            PairList<String, Parameter> live = n.generator.getBlock().getParameters();
            PairList<String, Parameter> mean = average.getBlock().getParameters();
            for (int i = 0; i < live.size(); i++) {
                assertArrayEquals(live.valueAt(i).getArray().toFloatArray(), mean.valueAt(i).getArray().toFloatArray(),
                        live.keyAt(i));
                assertFalse(mean.valueAt(i).getArray().hasGradient(), "the average needs no gradient");
            }
            n.train(TinyNetworks.sampler(8), 1, 1);
            float[][] before = new float[mean.size()][];
            for (int i = 0; i < mean.size(); i++) {
                before[i] = mean.valueAt(i).getArray().toFloatArray();
            }
            ema.update();
            for (int i = 0; i < mean.size(); i++) {
                float[] w = live.valueAt(i).getArray().toFloatArray();
                float[] a = mean.valueAt(i).getArray().toFloatArray();
                for (int j = 0; j < a.length; j++) {
                    assertEquals(before[i][j] + 0.25f * (w[j] - before[i][j]), a[j], 1e-6f, live.keyAt(i) + "[" + j + "]");
                }
            }
        }
    }
}
