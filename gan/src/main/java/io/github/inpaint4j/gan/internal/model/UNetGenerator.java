package io.github.inpaint4j.gan.internal.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.github.inpaint4j.gan.model.Bottleneck;
import io.github.inpaint4j.gan.model.GeneratorConfig;
import io.github.inpaint4j.gan.translate.GeneratorTensors;

/**
 * The inpainting generator: a U-Net (Ronneberger, Fischer and Brox, MICCAI 2015) as used by
 * pix2pix (Isola et al., CVPR 2017) for image-to-image translation, fed as in Context Encoders
 * (Pathak et al., CVPR 2016).
 *
 * <p>Input {@code (N, 5, H, W)} ({@link GeneratorTensors}, which owns the layout): the
 * picture's RGB scaled to [−1, 1] with the hole holding a seed — a smooth fill of its border or a
 * coarse guess of its content — the mask (1 = hole) and the guide plane (1 = a hole sample that carries a coarse guess, which
 * multi-scale inference takes from a fill at half the resolution). Output {@code (N, 3, H, W)}:
 * RGB in [−1, 1] for every pixel, the input's RGB plus a learned correction (clipped to
 * [−1, 1]): the network starts out returning the seed, a smooth fill as good as a diffusion
 * method's on thin holes, and learns what to change. Callers keep it in the hole only,
 * {@code out = mask · G(x) + (1 − mask) · x}.
 *
 * <p>Layout: a 5×5 unit at full resolution, then {@link GeneratorConfig#depth()} nested
 * {@link UNetLevel}s (stride-2 down, skip connection, nearest up-sampling + 3×3 unit), the
 * {@link Bottleneck} at the bottom, which decides how far the generator sees, and a 3×3
 * convolution giving the correction. Units are convolution + instance normalisation + LeakyReLU (0.2), except at
 * full resolution (the 5×5 unit and the last merging unit), which is left unnormalised so that the
 * known pixels' colours reach the output, as in pix2pix's outermost layers.
 *
 * <p>Fully convolutional: any {@code H × W} works; sides that are not a multiple of
 * {@code 2^depth} are padded by repeating the last row and column, and the output is cropped back.
 */
public final class UNetGenerator extends AbstractBlock {

    private static final byte VERSION = 3;

    private final GeneratorConfig config;
    private final Block stem;
    private final Block body;
    private final Block head;

    /** A generator of the given shape; parameters are created by {@code initialize}. */
    public UNetGenerator(GeneratorConfig config) {
        super(VERSION);
        this.config = config;
        this.stem = addChildBlock("stem", ConvUnits.unit(config.channels(0), 5, 1, 1, config.gated(), false));
        this.body = addChildBlock("body", level(config, 1));
        this.head = addChildBlock("head", ConvUnits.conv(GeneratorTensors.OUTPUT_PLANES, 3, 1, 1));
    }

    /** A builder starting from {@link GeneratorConfig#defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The shape of this generator. */
    public GeneratorConfig config() {
        return config;
    }

    private static Block level(GeneratorConfig config, int level) {
        int channels = config.channels(level);
        Block inner = level == config.depth() ? bottleneck(config.bottleneck(), channels, config.blocks(), config.gated())
                : level(config, level + 1);
        return new UNetLevel(channels, inner, config.channels(level - 1), config.gated(), level == 1);
    }

    /** The bottleneck {@code kind} of {@code channels} channels. */
    private static Block bottleneck(Bottleneck kind, int channels, int blocks, boolean gated) {
        SequentialBlock body = new SequentialBlock();
        switch (kind) {
            case DILATED -> body.add(ConvUnits.unit(channels, 3, 1, 2, gated, true))
                    .add(ConvUnits.unit(channels, 3, 1, 4, gated, true));
            case RESIDUAL -> {
                for (int b = 0; b < blocks; b++) {
                    int dilation = 1 << (b % 4);
                    body.add(new ResidualBlock(new SequentialBlock()
                            .add(ConvUnits.unit(channels, 3, 1, dilation, gated, true))
                            .add(ConvUnits.conv(channels, 3, 1, 1))
                            .add(new InstanceNorm2d())));
                }
            }
            case FOURIER -> {
                for (int b = 0; b < blocks; b++) {
                    body.add(new ResidualBlock(new SequentialBlock()
                            .add(new FastFourierConv(channels))
                            .add(new InstanceNorm2d())
                            .add(Activation.leakyReluBlock(ConvUnits.LEAKY_SLOPE))
                            .add(ConvUnits.conv(channels, 3, 1, 1))
                            .add(new InstanceNorm2d())));
                }
            }
            default -> throw new AssertionError(kind);
        }
        return body;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        if (in.dimension() != 4 || in.get(1) != GeneratorTensors.INPUT_PLANES) {
            throw new IllegalArgumentException("generator input must be (N, " + GeneratorTensors.INPUT_PLANES + ", H, W), got " + in);
        }
        Shape[] padded = {new Shape(in.get(0), GeneratorTensors.INPUT_PLANES, padded(in.get(2)), padded(in.get(3)))};
        stem.initialize(manager, dataType, padded);
        Shape[] features = stem.getOutputShapes(padded);
        body.initialize(manager, dataType, features);
        head.initialize(manager, dataType, body.getOutputShapes(features));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), GeneratorTensors.OUTPUT_PLANES, in.get(2), in.get(3))};
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        long height = x.getShape().get(2);
        long width = x.getShape().get(3);
        NDList padded = new NDList(padToMultiple(x, height, width));
        NDList features = body.forward(parameterStore, stem.forward(parameterStore, padded, training), training);
        NDArray correction = head.forward(parameterStore, features, training).singletonOrThrow();
        if (correction.getShape().get(2) != height || correction.getShape().get(3) != width) {
            correction = correction.get(new NDIndex(":, :, :{}, :{}", height, width));
        }
        // The seed (smooth fill or coarse guess) plus the learned correction, kept in [−1, 1].
        NDArray seed = x.get(new NDIndex(":, 0:3"));
        return new NDList(seed.add(correction).clip(-1f, 1f));
    }

    private long padded(long side) {
        long m = config.sizeMultiple();
        return (side + m - 1) / m * m;
    }

    /** Repeats the last row and column until both sides are multiples of {@code 2^depth}. */
    private NDArray padToMultiple(NDArray x, long height, long width) {
        NDArray out = x;
        long extraRows = padded(height) - height;
        if (extraRows > 0) {
            out = out.concat(out.get(new NDIndex(":, :, {}:", height - 1)).repeat(2, extraRows), 2);
        }
        long extraColumns = padded(width) - width;
        if (extraColumns > 0) {
            out = out.concat(out.get(new NDIndex(":, :, :, {}:", width - 1)).repeat(3, extraColumns), 3);
        }
        return out;
    }

    /** Builds a {@link UNetGenerator}; unset options keep {@link GeneratorConfig#defaults()}. */
    public static final class Builder {
        private GeneratorConfig config = GeneratorConfig.defaults();

        private Builder() {
        }

        /** Channels at full resolution (default 16). */
        public Builder optWidth(int width) {
            config = config.withWidth(width);
            return this;
        }

        /** Number of down-samplings (default 3). */
        public Builder optDepth(int depth) {
            config = config.withDepth(depth);
            return this;
        }

        /** Gated convolutions instead of convolution + instance norm (default false). */
        public Builder optGated(boolean gated) {
            config = config.withGated(gated);
            return this;
        }

        /** The bottleneck and its number of blocks (default 4 {@link Bottleneck#RESIDUAL} blocks). */
        public Builder optBottleneck(Bottleneck bottleneck, int blocks) {
            config = config.withBottleneck(bottleneck, blocks);
            return this;
        }

        /** The generator. */
        public UNetGenerator build() {
            return new UNetGenerator(config);
        }
    }
}
