package io.github.inpaint4j.gan.internal.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;

/** The convolution units both networks are made of. */
public final class ConvUnits {

    /** Slope of the LeakyReLU for negative inputs, as in DCGAN and pix2pix. */
    public static final float LEAKY_SLOPE = 0.2f;

    private ConvUnits() {
    }

    /**
     * A square convolution padded by {@code dilation · ⌊(k − 1) / 2⌋} on each side: with an odd
     * kernel a stride-1 unit keeps the size; with kernel 3 or 4 a stride-2 unit halves an even size.
     */
    public static Conv2d conv(int filters, int kernel, int stride, int dilation) {
        int padding = dilation * (kernel - 1) / 2;
        return new AlignedConv2d(Conv2d.builder()
                .setKernelShape(new Shape(kernel, kernel))
                .setFilters(filters)
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(padding, padding))
                .optDilation(new Shape(dilation, dilation)));
    }

    /**
     * Convolution, instance normalisation (if {@code normalised}) and LeakyReLU; or, when
     * {@code gated}, a {@link GatedConv2d} (which has its own activation and, as in DeepFill v2, no
     * normalisation).
     */
    public static Block unit(int filters, int kernel, int stride, int dilation, boolean gated, boolean normalised) {
        if (gated) {
            return new GatedConv2d(filters, kernel, stride, dilation);
        }
        SequentialBlock unit = new SequentialBlock().add(conv(filters, kernel, stride, dilation));
        if (normalised) {
            unit.add(new InstanceNorm2d());
        }
        return unit.add(Activation.leakyReluBlock(LEAKY_SLOPE));
    }
}
