package io.github.inpaint4j.gan.train;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * An exponential moving average of a network's weights, {@code ā ← d·ā + (1 − d)·w} after every
 * update (Yazıcı et al., "The Unusual Effectiveness of Averaging in GAN Training", ICLR 2019; the
 * generator StyleGAN and LaMa ship): the average of a generator that oscillates around a good
 * solution fills better than the weights of any one step. The average is a second model of the
 * same block whose parameters never need a gradient; it starts as a copy of the trained weights.
 *
 * <p>Updated outside the gradient collector (no graph is recorded) with in-place operations whose
 * temporaries are closed at once. Not thread-safe.
 */
final class WeightAverage {

    private final Model average;
    private final float decay;
    private final List<Pair<NDArray, NDArray>> pairs = new ArrayList<>();

    /**
     * @param trained the model being trained, initialised
     * @param average a model of the same block, initialised; its weights are overwritten with the
     *     trained ones unless {@code keep}
     * @param decay {@code d}, in [0, 1)
     * @param keep whether {@code average} already holds an average to continue (a resumed run)
     */
    WeightAverage(Model trained, Model average, float decay, boolean keep) {
        this.average = average;
        this.decay = decay;
        PairList<String, Parameter> live = trained.getBlock().getParameters();
        PairList<String, Parameter> mean = average.getBlock().getParameters();
        for (int i = 0; i < live.size(); i++) {
            if (!live.keyAt(i).equals(mean.keyAt(i))) {
                throw new IllegalArgumentException("the average's parameter " + mean.keyAt(i) + " is not "
                        + live.keyAt(i));
            }
            NDArray w = live.valueAt(i).getArray();
            NDArray a = mean.valueAt(i).getArray();
            a.setRequiresGradient(false);
            if (!keep) {
                // in place rather than copyTo, which goes through a Java buffer and makes PyTorch
                // print a deprecation warning on stderr (a is freshly initialised, so finite)
                a.muli(0f).addi(w);
            }
            pairs.add(new Pair<>(w, a));
        }
    }

    /** One update after an optimiser step: {@code ā += (1 − d)·(w − ā)}. */
    void update() {
        for (Pair<NDArray, NDArray> p : pairs) {
            try (NDArray step = p.getKey().sub(p.getValue())) {
                p.getValue().addi(step.muli(1 - decay));
            }
        }
    }

    /** The averaged model. */
    Model model() {
        return average;
    }
}
