package io.github.inpaint4j.gan.internal.train;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a network's gradients and weights are finite numbers. A step whose backward pass
 * produced a NaN or an infinity must not reach Adam: one update writes it into every weight it
 * touches, the next forward pass spreads it everywhere, and a checkpoint written in between would
 * hold it. Checking the gradients before the update keeps the weights as they were and names the
 * parameter where the trouble started.
 *
 * <p>Every array it makes lives in a scope of its own that is closed before it returns (a gradient
 * handle and the sums would otherwise join the model's manager, one set per step).
 */
final class FiniteParameters {

    private FiniteParameters() {
    }

    /**
     * The path of the first parameter of {@code model} whose gradient holds a NaN or an infinity,
     * or {@code null} when every gradient is finite (or there is none).
     */
    static String firstNonFiniteGradient(Model model) {
        return firstNonFinite(model, true);
    }

    /** Whether every weight of {@code model} is a finite number. */
    static boolean allFinite(Model model) {
        return firstNonFinite(model, false) == null;
    }

    private static String firstNonFinite(Model model, boolean gradients) {
        List<Pair<String, Parameter>> parameters = new ArrayList<>();
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDList sums = new NDList();
            for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
                NDArray array = p.getValue().getArray();
                if (gradients && !array.hasGradient()) {
                    continue;
                }
                NDArray values = gradients ? array.getGradient() : array;
                if (gradients) {
                    values.attach(scope);
                }
                // A NaN or an infinity anywhere makes the sum non-finite (so does a sum beyond the float range,
                // which is a divergence too).
                NDArray sum = values.sum();
                sum.attach(scope);
                sums.add(sum);
                parameters.add(p);
            }
            if (sums.isEmpty() || Float.isFinite(NDArrays.stack(sums).sum().getFloat())) {
                return null;
            }
            for (int i = 0; i < sums.size(); i++) {
                if (!Float.isFinite(sums.get(i).getFloat())) {
                    return parameters.get(i).getKey();
                }
            }
            return "(the sum over all parameters)";
        }
    }
}
