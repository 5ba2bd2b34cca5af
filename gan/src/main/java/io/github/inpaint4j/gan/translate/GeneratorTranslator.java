package io.github.inpaint4j.gan.translate;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import io.github.inpaint4j.RgbImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link io.github.inpaint4j.gan.internal.model.UNetGenerator} through a DJL
 * {@link ai.djl.inference.Predictor}: an {@link InpaintingInput} in, the filled picture out (known
 * pixels bit for bit the input's, holes from the generator).
 *
 * <pre>{@code
 * try (Predictor<InpaintingInput, RgbImage> p = model.newPredictor(new GeneratorTranslator())) {
 *     RgbImage filled = p.predict(new InpaintingInput(image, mask));
 * }
 * }</pre>
 *
 * <p>{@code batchPredict} works on inputs of one size. DJL hands every item of a batch the same
 * {@link TranslatorContext} (docs/djl.md#inference-and-threads), so the inputs of a whole batch
 * are kept together in one context attachment rather than one per item. The translator holds no
 * state and can be shared; a {@code Predictor} cannot (use one per thread).
 */
public final class GeneratorTranslator implements Translator<InpaintingInput, RgbImage> {

    private static final String INPUTS = GeneratorTranslator.class.getName() + ".inputs";

    @Override
    public NDList processInput(TranslatorContext ctx, InpaintingInput input) {
        ctx.setAttachment(INPUTS, List.of(input));
        return toArray(ctx, List.of(input), false);
    }

    @Override
    public RgbImage processOutput(TranslatorContext ctx, NDList list) {
        return composite(ctx, list).get(0);
    }

    @Override
    public NDList batchProcessInput(TranslatorContext ctx, List<InpaintingInput> inputs) {
        ctx.setAttachment(INPUTS, List.copyOf(inputs));
        return toArray(ctx, inputs, true);
    }

    @Override
    public List<RgbImage> batchProcessOutput(TranslatorContext ctx, NDList list) {
        return composite(ctx, list);
    }

    private static NDList toArray(TranslatorContext ctx, List<InpaintingInput> inputs, boolean batched) {
        RgbImage first = inputs.get(0).image();
        int width = first.width();
        int height = first.height();
        for (InpaintingInput in : inputs) {
            if (in.image().width() != width || in.image().height() != height) {
                throw new IllegalArgumentException("a batch needs pictures of one size, got " + width + "×" + height
                        + " and " + in.image().width() + "×" + in.image().height());
            }
        }
        int size = GeneratorTensors.INPUT_PLANES * width * height;
        float[] data = new float[inputs.size() * size];
        for (int i = 0; i < inputs.size(); i++) {
            InpaintingInput in = inputs.get(i);
            GeneratorTensors.writeInput(in.image(), in.mask(), in.guide(), data, i * size);
        }
        Shape shape = batched ? new Shape(inputs.size(), GeneratorTensors.INPUT_PLANES, height, width)
                : new Shape(GeneratorTensors.INPUT_PLANES, height, width);
        return new NDList(ctx.getNDManager().create(data, shape));
    }

    private static List<RgbImage> composite(TranslatorContext ctx, NDList list) {
        @SuppressWarnings("unchecked")
        List<InpaintingInput> inputs = (List<InpaintingInput>) ctx.getAttachment(INPUTS);
        NDArray out = list.singletonOrThrow();
        float[] generated = out.toFloatArray();
        int stride = generated.length / inputs.size();
        List<RgbImage> filled = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            InpaintingInput in = inputs.get(i);
            filled.add(GeneratorTensors.composite(in.image(), in.mask(), generated, i * stride));
        }
        return filled;
    }
}
