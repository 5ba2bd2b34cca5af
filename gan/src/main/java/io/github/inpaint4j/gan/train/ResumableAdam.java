package io.github.inpaint4j.gan.train;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.checkpoint.CheckpointException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adam (Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015) whose moments can
 * be saved and restored, so that a resumed training continues exactly where it stopped.
 *
 * <p>DJL's own {@code Adam} keeps its moments in private maps keyed by {@link Parameter#getId()},
 * a random id that changes from run to run, and {@code Model.save} does not write them
 * (docs/djl.md#saving-and-resuming). This optimiser performs the same update (DJL's native {@code adamUpdate}, which
 * also clears the gradient) with a fixed learning rate, exposes the moments keyed by the
 * parameter's path in its block ({@link #state}) and takes them back ({@link #restore}); the
 * number of updates already done is passed to {@link Builder#optStepsDone} so that Adam's bias
 * correction carries on.
 *
 * <p>Moments are created in the manager of the weight they belong to (the model's), so they live
 * and die with the model. Not thread-safe; DJL calls it from the training thread.
 */
final class ResumableAdam extends Optimizer {

    private final float learningRate;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final Map<String, NDArray> means = new ConcurrentHashMap<>();
    private final Map<String, NDArray> variances = new ConcurrentHashMap<>();

    private ResumableAdam(Builder builder) {
        super(builder);
        this.learningRate = builder.learningRate;
        this.beta1 = builder.beta1;
        this.beta2 = builder.beta2;
        this.epsilon = builder.epsilon;
    }

    /** A builder with Adam's defaults (lr 1e-3, β1 0.9, β2 0.999, ε 1e-8). */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int t = updateCount(parameterId);
        float correctedRate = (float) (learningRate * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t)));
        NDArray mean = means.computeIfAbsent(parameterId, k -> weight.zerosLike());
        NDArray variance = variances.computeIfAbsent(parameterId, k -> weight.zerosLike());
        weight.getNDArrayInternal().adamUpdate(new NDList(weight, grad, mean, variance), new NDList(weight),
                learningRate, correctedRate, getWeightDecay(), rescaleGrad, clipGrad, beta1, beta2, epsilon, true,
                false);
    }

    /**
     * The moments of {@code parameters} (a block's {@code getParameters()}), as arrays named
     * {@code <path>.m} and {@code <path>.v}, in the parameters' order; parameters never updated are
     * left out. The arrays are the live ones: encode them, don't close them.
     */
    public NDList state(Iterable<Pair<String, Parameter>> parameters) {
        NDList out = new NDList();
        for (Pair<String, Parameter> p : parameters) {
            NDArray m = means.get(p.getValue().getId());
            NDArray v = variances.get(p.getValue().getId());
            if (m != null && v != null) {
                m.setName(p.getKey() + ".m");
                v.setName(p.getKey() + ".v");
                out.add(m);
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Takes back moments saved by {@link #state} for the same block. The arrays are kept (not
     * copied); they should belong to the model's manager.
     *
     * @throws IllegalArgumentException naming the first array that is missing, unknown or of the
     *     wrong shape
     */
    public void restore(NDList state, Iterable<Pair<String, Parameter>> parameters) {
        Map<String, NDArray> byName = new ConcurrentHashMap<>();
        for (NDArray a : state) {
            if (a.getName() == null) {
                throw new IllegalArgumentException("optimiser state holds an array without a name");
            }
            byName.put(a.getName(), a);
        }
        int used = 0;
        for (Pair<String, Parameter> p : parameters) {
            NDArray m = byName.get(p.getKey() + ".m");
            NDArray v = byName.get(p.getKey() + ".v");
            if (m == null && v == null) {
                continue;
            }
            Parameter parameter = p.getValue();
            for (NDArray moment : new NDArray[] {m, v}) {
                if (moment == null || !moment.getShape().equals(parameter.getArray().getShape())) {
                    throw new IllegalArgumentException("optimiser state for parameter " + p.getKey() + " is "
                            + (moment == null ? "incomplete" : "of shape " + moment.getShape() + ", expected "
                            + parameter.getArray().getShape()));
                }
            }
            means.put(parameter.getId(), m);
            variances.put(parameter.getId(), v);
            used += 2;
        }
        if (used != byName.size()) {
            throw new IllegalArgumentException("optimiser state holds " + byName.size() + " arrays but only " + used
                    + " match a parameter of the block");
        }
    }

    /**
     * Writes the moments of {@code model}'s parameters into the checkpoint folder being written, as
     * {@link Checkpoint#optimizerFile} of {@code name} (DJL's {@code NDList} encoding).
     */
    void save(Path folder, String name, Model model) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(
                folder.resolve(Checkpoint.optimizerFile(name))))) {
            state(model.getBlock().getParameters()).encode(out);
        }
    }

    /**
     * Takes back the moments of model {@code name} from a checkpoint folder; the arrays join the
     * model's manager.
     *
     * @throws CheckpointException if the file is missing, unreadable or does not match the model
     */
    void load(Path folder, String name, Model model) throws IOException {
        try (InputStream in = Checkpoint.openOptimizerState(folder, name)) {
            restore(NDList.decode(model.getNDManager(), in), model.getBlock().getParameters());
        } catch (CheckpointException e) {
            throw e;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CheckpointException(folder.resolve(Checkpoint.optimizerFile(name)),
                    "unreadable or mismatched optimiser state (" + CheckpointException.reason(e) + ")", e);
        }
    }

    /** Builds a {@link ResumableAdam}. */
    public static final class Builder extends OptimizerBuilder<Builder> {
        private float learningRate = 1e-3f;
        private float beta1 = 0.9f;
        private float beta2 = 0.999f;
        private float epsilon = 1e-8f;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** The (fixed) learning rate. */
        public Builder optLearningRate(float learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /** Decay of the first moment. */
        public Builder optBeta1(float beta1) {
            this.beta1 = beta1;
            return this;
        }

        /** Decay of the second moment. */
        public Builder optBeta2(float beta2) {
            this.beta2 = beta2;
            return this;
        }

        /** The term added to the denominator for stability. */
        public Builder optEpsilon(float epsilon) {
            this.epsilon = epsilon;
            return this;
        }

        /** Updates already done before this optimiser starts (a resumed training's step). */
        public Builder optStepsDone(int stepsDone) {
            return optBeginNumUpdate(stepsDone);
        }

        /** The optimiser. */
        public ResumableAdam build() {
            return new ResumableAdam(this);
        }
    }
}
