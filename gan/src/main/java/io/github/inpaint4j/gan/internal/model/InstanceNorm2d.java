package io.github.inpaint4j.gan.internal.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Instance normalisation (Ulyanov, Vedaldi and Lempitsky, "Instance Normalization: The Missing
 * Ingredient for Fast Stylization", 2016) of an {@code (N, C, H, W)} array: each channel of each
 * image is shifted to mean 0 and scaled to variance 1 over its {@code H × W} samples, then scaled
 * by a learned {@code γ} and shifted by a learned {@code β} per channel. DJL 0.36 has no such
 * block.
 *
 * <p>Works at any spatial size (unlike {@code LayerNorm} over the last two axes, whose parameters
 * would be fixed to the training size) and, having no running statistics, behaves the same in
 * training and inference.
 */
public final class InstanceNorm2d extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final float EPSILON = 1e-5f;

    private final Parameter gamma;
    private final Parameter beta;

    /** A block whose channel count is taken from its input at initialisation. */
    public InstanceNorm2d() {
        super(VERSION);
        gamma = addParameter(Parameter.builder().setName("gamma").setType(Parameter.Type.GAMMA).build());
        beta = addParameter(Parameter.builder().setName("beta").setType(Parameter.Type.BETA).build());
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        Shape channels = new Shape(inputShapes[0].get(1));
        gamma.setShape(channels);
        beta.setShape(channels);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        // no children
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Shape shape = x.getShape();
        long channels = shape.get(1);
        NDManager manager = x.getManager();
        // A torch-owned scalar: mul(Number) under autograd reads a freed buffer in backward
        // (docs/djl.md#scalars-under-autograd).
        // Multi-axis mean is not implemented on PyTorch, hence sum × (1 / HW).
        NDArray inverseCount = manager.full(new Shape(), 1f / (shape.get(2) * shape.get(3)), x.getDataType(),
                x.getDevice());
        int[] spatial = {2, 3};
        NDArray centred = x.sub(x.sum(spatial, true).mul(inverseCount));
        NDArray variance = centred.square().sum(spatial, true).mul(inverseCount);
        NDArray normalised = centred.div(variance.add(EPSILON).sqrt());
        Shape perChannel = new Shape(1, channels, 1, 1);
        return new NDList(normalised.mul(onInputsManager(parameterStore, gamma, x, training, perChannel))
                .add(onInputsManager(parameterStore, beta, x, training, perChannel)));
    }

    /**
     * The parameter reshaped for broadcasting. An op's result joins the manager of its first
     * operand, so the reshaped view is moved to the input's manager, which is closed with the
     * step; left in the model's manager it would pile up, one array per call.
     */
    private static NDArray onInputsManager(ParameterStore store, Parameter parameter, NDArray x, boolean training,
            Shape shape) {
        NDArray view = store.getValue(parameter, x.getDevice(), training).reshape(shape);
        view.attach(x.getManager());
        return view;
    }
}
