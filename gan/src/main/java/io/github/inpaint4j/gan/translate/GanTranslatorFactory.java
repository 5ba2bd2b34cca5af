package io.github.inpaint4j.gan.translate;

import ai.djl.Model;
import ai.djl.modality.cv.Image;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorFactory;
import ai.djl.util.Pair;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.internal.WindowedGenerator;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;

/**
 * The translators of the model zoo's GAN ({@code io.github.inpaint4j.gan.zoo.GanModelZoo}), for
 * the types a DJL user names in {@code Criteria.builder().setTypes(…)}:
 *
 * <ul>
 *   <li>{@link InpaintingInput} → {@link RgbImage}: this library's picture and mask, the filled
 *       picture back (samples as floats, known ones bit for bit);
 *   <li>{@link MaskedImage} → {@link Image}: DJL's picture and a mask picture, the filled DJL
 *       picture back (8-bit).
 * </ul>
 *
 * Either way a prediction fills the whole picture as {@code GanInpainter} does (windows, coarse to
 * fine, tiles), one picture per prediction. The translators hold no state and may be shared; a
 * DJL {@code Predictor} may not (one per thread).
 *
 * @since 0.2.0
 */
public final class GanTranslatorFactory implements TranslatorFactory {

    private static final Set<Pair<Type, Type>> SUPPORTED = Set.of(new Pair<>(InpaintingInput.class, RgbImage.class),
            new Pair<>(MaskedImage.class, Image.class));

    @Override
    public Set<Pair<Type, Type>> getSupportedTypes() {
        return SUPPORTED;
    }

    /**
     * @throws TranslateException if {@code model} is not the model zoo's GAN
     * @throws IllegalArgumentException naming the supported types if these are not
     */
    @Override
    @SuppressWarnings("unchecked")
    public <I, O> Translator<I, O> newInstance(Class<I> input, Class<O> output, Model model,
            Map<String, ?> arguments) throws TranslateException {
        if (!(model.getBlock() instanceof WindowedGenerator)) {
            throw new TranslateException("these translators work with the model of GanModelZoo (group "
                    + "io.github.inpaint4j), whose block fills a whole picture; " + model.getName() + " has "
                    + (model.getBlock() == null ? "no block" : model.getBlock().getClass().getName()));
        }
        if (input == InpaintingInput.class && output == RgbImage.class) {
            return (Translator<I, O>) new InpaintingTranslator();
        }
        if (input == MaskedImage.class && output == Image.class) {
            return (Translator<I, O>) new MaskedImageTranslator();
        }
        throw new IllegalArgumentException("the GAN's translators take InpaintingInput to RgbImage or MaskedImage to"
                + " Image, not " + input.getName() + " to " + output.getName());
    }
}
