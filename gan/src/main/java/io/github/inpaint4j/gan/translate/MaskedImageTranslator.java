package io.github.inpaint4j.gan.translate;

import ai.djl.modality.cv.Image;
import ai.djl.ndarray.NDList;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.gan.DjlImages;

/**
 * The model zoo's translator for {@link MaskedImage} → {@link Image}: the DJL pictures converted
 * as {@link DjlImages} does (8-bit; a mask pixel that is not black is a hole), then filled as
 * {@link InpaintingTranslator} fills. Stateless.
 */
final class MaskedImageTranslator implements NoBatchifyTranslator<MaskedImage, Image> {

    private final InpaintingTranslator pictures = new InpaintingTranslator();

    @Override
    public NDList processInput(TranslatorContext ctx, MaskedImage input) {
        Mask holes = Mask.fromImage(DjlImages.toRgbImage(input.mask()), 0f);
        return pictures.processInput(ctx, new InpaintingInput(DjlImages.toRgbImage(input.image()), holes));
    }

    @Override
    public Image processOutput(TranslatorContext ctx, NDList list) {
        return DjlImages.toImage(pictures.processOutput(ctx, list));
    }
}
