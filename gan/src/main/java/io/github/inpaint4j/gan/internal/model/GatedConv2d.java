package io.github.inpaint4j.gan.internal.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A gated convolution (Yu et al., "Free-Form Image Inpainting with Gated Convolution", ICCV 2019):
 * one convolution produces {@code 2f} channels, split into features and gates, and the output is
 * {@code LeakyReLU(features) · sigmoid(gates)}, a learned soft mask per pixel and channel that lets
 * the network ignore hole pixels.
 */
public final class GatedConv2d extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int filters;
    private final Conv2d conv;

    /**
     * @param filters output channels
     * @param kernel odd kernel side
     * @param stride stride (1 or 2)
     * @param dilation dilation (1 for a plain convolution)
     */
    public GatedConv2d(int filters, int kernel, int stride, int dilation) {
        super(VERSION);
        this.filters = filters;
        this.conv = addChildBlock("conv", ConvUnits.conv(2 * filters, kernel, stride, dilation));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        conv.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape s = conv.getOutputShapes(inputShapes)[0];
        return new Shape[] {new Shape(s.get(0), filters, s.get(2), s.get(3))};
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList halves = conv.forward(parameterStore, inputs, training).singletonOrThrow().split(2, 1);
        NDArray features = Activation.leakyRelu(halves.get(0), ConvUnits.LEAKY_SLOPE);
        return new NDList(features.mul(Activation.sigmoid(halves.get(1))));
    }
}
