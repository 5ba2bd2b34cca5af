package io.github.inpaint4j.gan.zoo;

import ai.djl.repository.zoo.ModelZoo;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import java.util.Set;

/**
 * inpaint4j's DJL model zoo: the GAN inpainter, found by DJL's {@code Criteria} from the jar,
 * offline. Registered by {@link GanZooProvider}; DJL users do not make one.
 *
 * <pre>{@code
 * Criteria<InpaintingInput, RgbImage> criteria = Criteria.builder()
 *         .setTypes(InpaintingInput.class, RgbImage.class)
 *         .optApplication(Application.CV.IMAGE_ENHANCEMENT)
 *         .optGroupId(GanModelZoo.GROUP_ID)
 *         .build();
 * try (ZooModel<InpaintingInput, RgbImage> model = criteria.loadModel();
 *         Predictor<InpaintingInput, RgbImage> predictor = model.newPredictor()) {
 *     RgbImage filled = predictor.predict(new InpaintingInput(picture, holes));
 * }
 * }</pre>
 *
 * <p>One model, {@value #ARTIFACT_ID}: the default model shipped in the jar (or, with the argument
 * {@code checkpoint}, a checkpoint of {@code GanTraining}), on the PyTorch engine. Its application is
 * DJL's {@code Application.CV.IMAGE_ENHANCEMENT} (an image in, a better one out; DJL has no
 * inpainting application and makes no others). The types it takes are those of
 * {@link io.github.inpaint4j.gan.translate.GanTranslatorFactory}; a prediction fills the whole
 * picture as {@link io.github.inpaint4j.gan.GanInpainter} does. Arguments ({@code optArgument}):
 * {@code threads} (PyTorch's, process-wide, if the engine is not started yet; default half the
 * cores) and {@code checkpoint} (a checkpoint folder or a training run's folder).
 *
 * @since 0.2.0
 */
public final class GanModelZoo extends ModelZoo {

    /** The zoo's group id: {@code io.github.inpaint4j}. */
    public static final String GROUP_ID = "io.github.inpaint4j";
    /** The model's artifact id: {@code gan}. */
    public static final String ARTIFACT_ID = "gan";

    GanModelZoo() {
        addModel(new GanModelLoader());
    }

    @Override
    public String getGroupId() {
        return GROUP_ID;
    }

    @Override
    public Set<String> getSupportedEngines() {
        return Set.of(TorchRuntime.ENGINE);
    }
}
