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
 * One level of a U-Net: a stride-2 unit halves the size, the {@code inner} block works at half
 * size, the result is up-sampled 2× (nearest neighbour), concatenated with this level's input (the
 * skip connection) and merged by a unit back to {@code outChannels}.
 *
 * <p>The outermost level's merging unit is not normalised: instance normalisation removes each
 * channel's mean over the picture, and with it the absolute colour of the known pixels, which the
 * output must keep (pix2pix leaves its outermost layers unnormalised for the same reason).
 *
 * <p>Up-sampling is nearest-neighbour + convolution rather than a transposed convolution: DJL 0.36
 * does not implement {@code Conv2dTranspose} on PyTorch (docs/djl.md#no-transposed-convolution), and resize-convolution
 * avoids checkerboard artefacts anyway. Input sides must be even.
 */
public final class UNetLevel extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block down;
    private final Block inner;
    private final Block up;
    private final int outChannels;

    /**
     * @param downChannels channels after the stride-2 unit
     * @param inner the block run at half size
     * @param outChannels channels of this level's output
     * @param gated whether the units are gated convolutions
     * @param outermost whether this is the full-resolution level, whose merging unit is not normalised
     */
    public UNetLevel(int downChannels, Block inner, int outChannels, boolean gated, boolean outermost) {
        super(VERSION);
        this.down = addChildBlock("down", ConvUnits.unit(downChannels, 3, 2, 1, gated, true));
        this.inner = addChildBlock("inner", inner);
        this.up = addChildBlock("up", ConvUnits.unit(outChannels, 3, 1, 1, gated, !outermost));
        this.outChannels = outChannels;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        down.initialize(manager, dataType, inputShapes);
        Shape[] half = down.getOutputShapes(inputShapes);
        inner.initialize(manager, dataType, half);
        up.initialize(manager, dataType, upInputShape(inputShapes[0], inner.getOutputShapes(half)[0]));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), outChannels, in.get(2), in.get(3))};
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDList half = down.forward(parameterStore, inputs, training);
        NDArray deep = inner.forward(parameterStore, half, training).singletonOrThrow();
        NDArray upsampled = deep.repeat(2, 2).repeat(3, 2);
        return up.forward(parameterStore, new NDList(upsampled.concat(x, 1)), training);
    }

    private static Shape upInputShape(Shape in, Shape deep) {
        return new Shape(in.get(0), deep.get(1) + in.get(1), in.get(2), in.get(3));
    }
}
