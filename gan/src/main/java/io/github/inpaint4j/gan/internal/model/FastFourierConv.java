package io.github.inpaint4j.gan.internal.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A fast Fourier convolution in the manner of LaMa (Suvorov et al., WACV 2022, after Chi, Jiang
 * and Mu, "Fast Fourier Convolution", NeurIPS 2020): half of the {@code channels} outputs come
 * from an ordinary 3×3 convolution (the local branch), half from a spectral transform that sees the
 * whole input at once (the global branch):
 * {@code g = LeakyReLU(conv1×1(x))}, {@code G = FFT2(g)}, the real and imaginary parts of
 * {@code G} as {@code 2·c} channels through a 1×1 convolution and a LeakyReLU, back to complex,
 * the inverse FFT's real part {@code f}, and {@code conv1×1(g + f)}.
 *
 * <p>A 1×1 convolution in the frequency domain changes every output pixel from every input pixel,
 * so one unit has a receptive field as large as the window, at the cost of two FFTs. The complex
 * arrays are made by adding and multiplying real ones with complex constants, the forms DJL's
 * PyTorch engine differentiates ({@code NDArray.complex()} and {@code toType} lose the gradient,
 * and {@code irfft}'s backward fails in PyTorch's MKL FFT), which is why the full 2-D spectrum
 * ({@code fft2}/{@code ifft2}) is used rather than the half spectrum of a real FFT.
 */
public final class FastFourierConv extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final int[] SPATIAL = {2, 3};

    private final int channels;
    private final Block local;
    private final Block reduce;
    private final Block spectral;
    private final Block expand;

    /** @param channels output channels, even: half local, half global */
    public FastFourierConv(int channels) {
        super(VERSION);
        if (channels < 2 || channels % 2 != 0) {
            throw new IllegalArgumentException("fast Fourier convolution channels must be even and >= 2, got "
                    + channels);
        }
        this.channels = channels;
        int half = channels / 2;
        this.local = addChildBlock("local", ConvUnits.conv(half, 3, 1, 1));
        this.reduce = addChildBlock("reduce", oneByOne(half));
        this.spectral = addChildBlock("spectral", oneByOne(2 * half));
        this.expand = addChildBlock("expand", oneByOne(half));
    }

    private static Conv2d oneByOne(int filters) {
        return ConvUnits.conv(filters, 1, 1, 1);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        int half = channels / 2;
        local.initialize(manager, dataType, in);
        reduce.initialize(manager, dataType, in);
        Shape reduced = new Shape(in.get(0), half, in.get(2), in.get(3));
        spectral.initialize(manager, dataType, new Shape(in.get(0), 2L * half, in.get(2), in.get(3)));
        expand.initialize(manager, dataType, reduced);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), channels, in.get(2), in.get(3))};
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray near = local.forward(parameterStore, inputs, training).singletonOrThrow();
        NDArray g = Activation.leakyRelu(reduce.forward(parameterStore, inputs, training).singletonOrThrow(),
                ConvUnits.LEAKY_SLOPE);
        long[] sides = {x.getShape().get(2), x.getShape().get(3)};
        long[] axes = {SPATIAL[0], SPATIAL[1]};
        NDArray parts = g.fft2(sides, axes).real(); // (N, c, H, W, 2): real and imaginary parts
        NDArray stacked = parts.get("..., 0").concat(parts.get("..., 1"), 1);
        NDArray mixed = Activation.leakyRelu(spectral.forward(parameterStore, new NDList(stacked), training)
                .singletonOrThrow(), ConvUnits.LEAKY_SLOPE);
        NDList halves = mixed.split(2, 1);
        NDManager manager = x.getManager();
        // Torch-owned constants (arange, not create(float[]): docs/djl.md#scalars-under-autograd); 0 + 0i and 0 + 1i.
        NDArray zero = manager.zeros(new Shape(2), x.getDataType(), x.getDevice()).complex();
        NDArray unit = manager.arange(0f, 2f, 1f, x.getDataType(), x.getDevice()).complex();
        NDArray spectrum = halves.get(0).add(zero).add(halves.get(1).mul(unit));
        NDArray far = spectrum.ifft2(sides, axes).real().get("..., 0");
        NDArray global = expand.forward(parameterStore, new NDList(g.add(far)), training).singletonOrThrow();
        return new NDList(near.concat(global, 1));
    }
}
