package io.github.inpaint4j.gan.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.translate.GeneratorTensors;
import io.github.inpaint4j.gan.translate.InpaintingInput;

/**
 * The whole fill of a picture as one DJL block, the model of the DJL model zoo's entry: input the
 * picture's samples {@code (3, H, W)} in [0, 1] and its holes {@code (1, H, W)} (1 = hole), output
 * the filled picture {@code (3, H, W)}, known samples bit for bit the input's. The generator (the
 * child block {@code generator}) runs on the windows, passes and tiles of a {@link WindowedFill},
 * each run in a sub-manager closed as soon as its output is read, so that a fill holds the arrays
 * of one run at a time, as {@code GanInpainter} does; the result is what {@code GanInpainter} gives.
 * Inference only.
 */
public final class WindowedGenerator extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block generator;
    private final WindowedFill fill;

    /** @param generator an initialised generator, run by {@code fill} */
    public WindowedGenerator(Block generator, WindowedFill fill) {
        super(VERSION);
        this.generator = addChildBlock("generator", generator);
        this.fill = fill;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        generator.initialize(manager, dataType, new Shape(1, GeneratorTensors.INPUT_PLANES, in.get(1), in.get(2)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray samples = inputs.get(0);
        Shape shape = samples.getShape();
        if (inputs.size() != 2 || shape.dimension() != 3 || shape.get(0) != RgbImage.CHANNELS
                || !inputs.get(1).getShape().equals(new Shape(1, shape.get(1), shape.get(2)))) {
            throw new IllegalArgumentException("the windowed generator takes a picture (3, H, W) and its holes (1, H, W),"
                    + " got " + inputs.getShapes().length + " arrays " + java.util.Arrays.toString(inputs.getShapes()));
        }
        int height = Math.toIntExact(shape.get(1));
        int width = Math.toIntExact(shape.get(2));
        RgbImage image = RgbImage.fromPlanar(width, height, samples.toFloatArray());
        float[] holes = inputs.get(1).toFloatArray();
        boolean[] hole = new boolean[holes.length];
        for (int i = 0; i < hole.length; i++) {
            hole[i] = holes[i] > 0.5f;
        }
        NDManager manager = samples.getManager();
        RgbImage filled = fill.fill(image, Mask.of(width, height, hole), input -> run(parameterStore, manager, input),
                ProgressListener.NONE, CancellationToken.NONE);
        return new NDList(manager.create(filled.toPlanar(), shape));
    }

    /** One run of the generator, its arrays released before it returns. */
    private RgbImage run(ParameterStore parameterStore, NDManager manager, InpaintingInput input) {
        RgbImage image = input.image();
        int width = image.width();
        int height = image.height();
        float[] data = new float[GeneratorTensors.INPUT_PLANES * width * height];
        GeneratorTensors.writeInput(image, input.mask(), input.guide(), data, 0);
        try (NDManager run = manager.newSubManager()) {
            NDArray x = run.create(data, new Shape(1, GeneratorTensors.INPUT_PLANES, height, width));
            float[] generated = generator.forward(parameterStore, new NDList(x), false).singletonOrThrow().toFloatArray();
            return GeneratorTensors.composite(image, input.mask(), generated, 0);
        }
    }
}
