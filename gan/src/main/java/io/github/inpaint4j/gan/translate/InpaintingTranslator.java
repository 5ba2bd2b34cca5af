package io.github.inpaint4j.gan.translate;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;

/**
 * The model zoo's translator for {@link InpaintingInput} → {@link RgbImage}: the picture and its
 * holes in as arrays, the filled picture out. The model's block does the whole fill (windows,
 * coarse-to-fine passes, tiles), so that a prediction gives what {@code GanInpainter} gives. One
 * picture per prediction (pictures of different sizes do not stack); stateless.
 */
final class InpaintingTranslator implements NoBatchifyTranslator<InpaintingInput, RgbImage> {

    /**
     * @throws IllegalArgumentException if the input has a guide (a guide seeds one pass of the
     *     generator, {@link GeneratorTranslator}), or no known pixel
     */
    @Override
    public NDList processInput(TranslatorContext ctx, InpaintingInput input) {
        if (input.guide() != null) {
            throw new IllegalArgumentException("the model zoo's model fills a picture coarse to fine and takes no guide;"
                    + " GeneratorTranslator runs one guided pass of the generator");
        }
        RgbImage image = input.image();
        Mask mask = input.mask();
        InpaintCall.begin(image, mask, ProgressListener.NONE, CancellationToken.NONE);
        float[] holes = new float[mask.pixelCount()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = mask.isHole(i) ? 1f : 0f;
        }
        NDManager manager = ctx.getNDManager();
        return new NDList(manager.create(image.toPlanar(), new Shape(RgbImage.CHANNELS, image.height(), image.width())),
                manager.create(holes, new Shape(1, image.height(), image.width())));
    }

    @Override
    public RgbImage processOutput(TranslatorContext ctx, NDList list) {
        NDArray filled = list.singletonOrThrow();
        Shape shape = filled.getShape();
        return RgbImage.fromPlanar(Math.toIntExact(shape.get(2)), Math.toIntExact(shape.get(1)), filled.toFloatArray());
    }
}
