package io.github.inpaint4j.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Application;
import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.modality.cv.Image;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ModelZoo;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import io.github.inpaint4j.gan.translate.MaskedImage;
import io.github.inpaint4j.gan.zoo.GanModelZoo;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GAN in DJL's model zoo: loaded the DJL way, from the jar, and filling as {@link GanInpainter} does. */
class ModelZooTest {

    /**
     * Loads the model through {@code Criteria} as a user's program would (no DJL settings) and
     * fills a picture, watching the network; prints {@code result <connections>}.
     */
    public static final class LoadThroughCriteria {
        public static void main(String[] args) throws Exception {
            List<String> connections = NetworkWatch.install();
            Criteria<InpaintingInput, RgbImage> criteria = Criteria.builder()
                    .setTypes(InpaintingInput.class, RgbImage.class).optGroupId("io.github.inpaint4j").build();
            try (ZooModel<InpaintingInput, RgbImage> model = criteria.loadModel();
                    Predictor<InpaintingInput, RgbImage> predictor = model.newPredictor()) {
                predictor.predict(new InpaintingInput(PICTURE, HOLES));
            }
            System.out.println("result " + connections);
        }
    }

    /** Offline, from the jar: no connection is even attempted, with none of DJL's settings given. */
    @Test
    void loadingAndFillingOpenNoConnection(@TempDir Path dir) throws IOException {
        try (ChildJvm child = ChildJvm.startBare(LoadThroughCriteria.class, dir.resolve("child.log"), entry -> true,
                List.of("-Xmx512m"))) {
            assertEquals("result []", child.awaitLine("result "));
        }
    }

    /** A picture with a hole deep enough for two passes and a thin one elsewhere. */
    static final RgbImage PICTURE = PhotoSizeTest.picture(160, 120);
    static final Mask HOLES = Mask.fromRectangles(160, 120, new Rect(40, 30, 48, 40), new Rect(120, 10, 3, 90));

    /** docs/djl.md's snippet: found by group id and application, it fills as GanInpainter fills, bit for bit. */
    @Test
    void theDefaultModelLoadsThroughCriteriaAndFillsAsGanInpainter()
            throws IOException, ModelNotFoundException, MalformedModelException, TranslateException {
        Criteria<InpaintingInput, RgbImage> criteria = Criteria.builder()
                .setTypes(InpaintingInput.class, RgbImage.class)
                .optApplication(Application.CV.IMAGE_ENHANCEMENT)
                .optGroupId("io.github.inpaint4j")
                .build();
        try (ZooModel<InpaintingInput, RgbImage> model = criteria.loadModel();
                Predictor<InpaintingInput, RgbImage> predictor = model.newPredictor()) {
            RgbImage filled = predictor.predict(new InpaintingInput(PICTURE, HOLES));
            assertEquals(DefaultModelContractTest.defaultModel().inpaint(PICTURE, HOLES), filled);
            assertNotEquals(PICTURE, filled);
            RgbImage none = predictor.predict(new InpaintingInput(PICTURE, Mask.empty(160, 120)));
            assertEquals(PICTURE, none, "no hole: the picture back");
        }
    }

    /** DJL's own pictures: a mask picture whose non-black pixels are the holes; 8-bit in, 8-bit out. */
    @Test
    void djlImagesWithAMaskPicture() throws Exception {
        Criteria<MaskedImage, Image> criteria = Criteria.builder()
                .setTypes(MaskedImage.class, Image.class)
                .optApplication(Application.CV.ANY)
                .optGroupId(GanModelZoo.GROUP_ID)
                .optArtifactId(GanModelZoo.ARTIFACT_ID)
                .build();
        RgbImage picture = DjlImages.toRgbImage(DjlImages.toImage(PICTURE)); // 8-bit, as DJL holds it
        Image mask = DjlImages.toImage(HOLES.paint(RgbImage.filled(160, 120, 0f, 0f, 0f), 1f, 1f, 1f));
        try (ZooModel<MaskedImage, Image> model = criteria.loadModel();
                Predictor<MaskedImage, Image> predictor = model.newPredictor()) {
            Image filled = predictor.predict(new MaskedImage(DjlImages.toImage(picture), mask));
            RgbImage expected = DjlImages.toRgbImage(DjlImages.toImage(DefaultModelContractTest.defaultModel()
                    .inpaint(picture, HOLES)));
            assertEquals(expected, DjlImages.toRgbImage(filled));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MaskedImage(DjlImages.toImage(picture), DjlImages.toImage(RgbImage.filled(10, 10, 0, 0, 0))));
        assertEquals("mask is 10×10 but the image is 160×120", e.getMessage());
    }

    /** DJL lists the zoo and its model; other types are not this model's, and DJL says it found none. */
    @Test
    void theZooIsRegisteredAndNamesWhatItTakes() {
        ModelZoo zoo = ModelZoo.getModelZoo("io.github.inpaint4j");
        assertInstanceOf(GanModelZoo.class, zoo);
        assertEquals(List.of("gan"), zoo.getModelLoaders().stream().map(l -> l.getArtifactId()).toList());
        assertEquals(List.of(Application.CV.IMAGE_ENHANCEMENT), zoo.getModelLoaders().stream()
                .map(l -> l.getApplication()).toList());
        Criteria<InpaintingInput, RgbImage> detection = Criteria.builder().setTypes(InpaintingInput.class, RgbImage.class)
                .optApplication(Application.CV.OBJECT_DETECTION).optGroupId(GanModelZoo.GROUP_ID).build();
        assertThrows(ModelNotFoundException.class, detection::loadModel, "not an object detector");
        Criteria<String, String> strings = Criteria.builder().setTypes(String.class, String.class)
                .optGroupId(GanModelZoo.GROUP_ID).build();
        ModelNotFoundException e = assertThrows(ModelNotFoundException.class, strings::loadModel);
        assertEquals("the GAN of io.github.inpaint4j takes InpaintingInput to RgbImage or MaskedImage to Image, not "
                + "java.lang.String to java.lang.String", e.getCause().getMessage());
    }

    /** A guide seeds one pass of the generator; the zoo's model fills whole pictures and says so. */
    @Test
    void aGuideIsRefusedWithTheTranslatorToUse() throws Exception {
        Criteria<InpaintingInput, RgbImage> criteria = Criteria.builder()
                .setTypes(InpaintingInput.class, RgbImage.class).optGroupId(GanModelZoo.GROUP_ID).build();
        try (ZooModel<InpaintingInput, RgbImage> model = criteria.loadModel();
                Predictor<InpaintingInput, RgbImage> predictor = model.newPredictor()) {
            TranslateException e = assertThrows(TranslateException.class,
                    () -> predictor.predict(new InpaintingInput(PICTURE, HOLES, PICTURE)));
            assertTrue(e.getMessage().contains("takes no guide; GeneratorTranslator runs one guided pass"),
                    e.getMessage());
        }
    }

    /** A checkpoint of one's own, through the same criteria, fills as GanInpainter loading it fills. */
    @Test
    void aCheckpointOfOnesOwnByArgument() throws Exception {
        Criteria<InpaintingInput, RgbImage> criteria = Criteria.builder()
                .setTypes(InpaintingInput.class, RgbImage.class).optGroupId(GanModelZoo.GROUP_ID)
                .optArgument("checkpoint", TinyGan.run().toString()).optArgument("threads", 1).build();
        try (ZooModel<InpaintingInput, RgbImage> model = criteria.loadModel();
                Predictor<InpaintingInput, RgbImage> predictor = model.newPredictor();
                GanInpainter tiny = GanInpainter.load(TinyGan.run(), 1)) {
            assertEquals(tiny.inpaint(PICTURE, HOLES), predictor.predict(new InpaintingInput(PICTURE, HOLES)));
        }
        Criteria<InpaintingInput, RgbImage> bad = criteria.toBuilder().optArgument("threads", "many").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::loadModel);
        assertEquals("threads must be a whole number, got many", e.getMessage());
    }
}
