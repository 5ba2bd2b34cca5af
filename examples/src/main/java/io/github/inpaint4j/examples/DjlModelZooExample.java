package io.github.inpaint4j.examples;

import ai.djl.Application;
import ai.djl.inference.Predictor;
import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import io.github.inpaint4j.gan.translate.MaskedImage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A DJL user's way to the GAN: the default model found in DJL's model zoo by {@code Criteria}
 * (group id {@code io.github.inpaint4j}), offline, from the jar, then DJL images in and out: the
 * picture and a mask picture whose non-black pixels are the holes. Writes the filled picture.
 *
 * <p>Run: {@code java -cp examples/target/examples.jar io.github.inpaint4j.examples.DjlModelZooExample
 * [picture] [mask] [output]} (defaults: docs/samples/bench/coffee-256.png, its spoon
 * docs/samples/coffee-256-spoon.png, target/examples/djl-zoo-coffee.png).
 */
public final class DjlModelZooExample {

    private DjlModelZooExample() {
    }

    /** {@code picture} with the holes of {@code mask} filled by the model zoo's GAN. */
    public static Image run(Image picture, Image mask) throws Exception {
        Criteria<MaskedImage, Image> criteria = Criteria.builder()
                .setTypes(MaskedImage.class, Image.class)
                .optApplication(Application.CV.IMAGE_ENHANCEMENT)
                .optGroupId("io.github.inpaint4j")
                .build();
        try (ZooModel<MaskedImage, Image> model = criteria.loadModel();
                Predictor<MaskedImage, Image> predictor = model.newPredictor()) {
            return predictor.predict(new MaskedImage(picture, mask));
        }
    }

    /** Fills a picture file's holes and writes the result as PNG. */
    public static void main(String[] args) throws Exception {
        Path picture = Path.of(args.length > 0 ? args[0] : "docs/samples/bench/coffee-256.png");
        Path mask = Path.of(args.length > 1 ? args[1] : "docs/samples/coffee-256-spoon.png");
        Path output = Path.of(args.length > 2 ? args[2] : "target/examples/djl-zoo-coffee.png");
        ImageFactory images = ImageFactory.getInstance();
        Image filled = run(images.fromFile(picture), images.fromFile(mask));
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (var out = Files.newOutputStream(output)) {
            filled.save(out, "png");
        }
        System.out.println("filled " + picture + " where " + mask + " is white: " + output);
    }
}
