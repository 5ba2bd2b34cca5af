package io.github.inpaint4j.gan.internal.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * {@code x + body(x)} (He et al., "Deep Residual Learning for Image Recognition", CVPR 2016):
 * the body learns a correction, so a stack of blocks starts close to the identity and trains as
 * easily as a shallow one. The body must keep the shape of its input.
 */
public final class ResidualBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block body;

    /** @param body a block whose output has the shape of its input */
    public ResidualBlock(Block body) {
        super(VERSION);
        this.body = addChildBlock("body", body);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        body.initialize(manager, dataType, inputShapes);
        Shape out = body.getOutputShapes(inputShapes)[0];
        if (!out.equals(inputShapes[0])) {
            throw new IllegalArgumentException("a residual body must keep its input shape " + inputShapes[0]
                    + ", got " + out);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        return new NDList(x.add(body.forward(parameterStore, inputs, training).singletonOrThrow()));
    }
}
