package io.github.inpaint4j.gan.internal.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A 2-D convolution whose results do not depend on faults of PyTorch's CPU convolutions. PyTorch
 * runs convolutions of a batch through oneDNN, which stores channels in blocks (16 floats with
 * AVX-512, 8 with AVX2), and in PyTorch 2.7.1 on x86-64 (docs/djl.md#cpu-kernels):
 * <ul>
 *   <li>the forward pass reads the padding of the input's last block without its being cleared
 *       when there are more input channels than a first-layer kernel takes (more than 8) and they
 *       are not whole blocks (20, 24 or 40, say);</li>
 *   <li>the input gradient reads the padding of the output channels when they are not whole blocks
 *       (the generator's 3 colour planes, the discriminator's single logit, a width of 24);</li>
 *   <li>the input gradient of a strided convolution is wrong, deterministically, for some input
 *       channel counts beyond one block (40 to 48, 72 to 80, … with AVX-512; 80 with AVX2), and
 *       right for every multiple of 32.</li>
 * </ul>
 * The first two take whatever an earlier array left in memory: a wrong gradient, or a NaN that
 * stops training at random, more often in a fresh process, on every CPU family.
 *
 * <p>Here padding is made of real channels whose values are zero: more than 8 input channels get
 * zero planes (and the weights zero columns) up to a multiple of {@value #BLOCK}, or of
 * 2 × {@value #BLOCK} beyond one block for a strided convolution in training; in training the
 * weights also get zero rows (and the bias zeros) up to a multiple of {@value #BLOCK} output
 * channels, and the result is cut back to the real ones, whose gradient then comes from explicit
 * zeros. The real channels' values are those of the plain convolution. The default networks'
 * channel counts (5 input planes, then 16 to 128 channels) need no input padding, so inference
 * with them runs the plain convolution.
 */
public final class AlignedConv2d extends Conv2d {

    /** The widest channel block of oneDNN's float convolutions (AVX-512, SVE-512). */
    static final int BLOCK = 16;
    /** Input channel counts up to this run through first-layer kernels that read no padding. */
    static final int FIRST_LAYER_INPUTS = 8;

    AlignedConv2d(Conv2d.Builder builder) {
        super(builder);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray input = inputs.singletonOrThrow();
        NDArray w = store.getValue(weight, input.getDevice(), training);
        NDArray b = includeBias ? store.getValue(bias, input.getDevice(), training) : null;
        if (getGroups() != 1) {
            return conv2d(input, w, b, getStride(), getPadding(), getDilation(), getGroups());
        }
        return new NDList(convolve(input, w, b, getStride(), getPadding(), getDilation(), training));
    }

    /**
     * {@code Conv2d.conv2d} of {@code input} {@code (N, in, H, W)} with {@code weight}
     * {@code (out, in, k, k)} and {@code bias} (or {@code null}), with the channels padded as the
     * class describes; {@code training} when gradients will be taken.
     */
    public static NDArray convolve(NDArray input, NDArray weight, NDArray bias, Shape stride, Shape padding,
            Shape dilation, boolean training) {
        Shape w = weight.getShape();
        long out = w.get(0);
        long in = w.get(1);
        long extraIn = in <= FIRST_LAYER_INPUTS ? 0
                : Math.floorMod(-in, training && strided(stride) && in > BLOCK ? 2 * BLOCK : BLOCK);
        long extraOut = training ? Math.floorMod(-out, BLOCK) : 0;
        if (extraIn == 0 && extraOut == 0) {
            return conv2d(input, weight, bias, stride, padding, dilation).singletonOrThrow();
        }
        NDManager manager = input.getManager();
        NDArray x = input;
        NDArray kernel = weight;
        NDArray shift = bias;
        if (extraIn > 0) {
            Shape s = input.getShape();
            x = withZeros(x, 1, new Shape(s.get(0), extraIn, s.get(2), s.get(3)), manager);
            kernel = withZeros(kernel, 1, new Shape(out, extraIn, w.get(2), w.get(3)), manager);
        }
        if (extraOut > 0) {
            kernel = withZeros(kernel, 0, new Shape(extraOut, in + extraIn, w.get(2), w.get(3)), manager);
            shift = bias == null ? null : withZeros(bias, 0, new Shape(extraOut), manager);
        }
        NDArray y = conv2d(x, kernel, shift, stride, padding, dilation).singletonOrThrow();
        return extraOut > 0 ? y.get(":, 0:{}", out) : y;
    }

    private static boolean strided(Shape stride) {
        for (long s : stride.getShape()) {
            if (s > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code a} followed along {@code axis} by zeros of {@code shape}, attached to {@code manager}:
     * an op's result joins its first operand's manager, the model's for a weight, and would pile up
     * there, one array per call.
     */
    private static NDArray withZeros(NDArray a, int axis, Shape shape, NDManager manager) {
        NDArray joined = a.concat(manager.zeros(shape, a.getDataType(), a.getDevice()), axis);
        joined.attach(manager);
        return joined;
    }
}
