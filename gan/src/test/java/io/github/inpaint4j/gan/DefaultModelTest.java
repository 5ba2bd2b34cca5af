package io.github.inpaint4j.gan;

import static io.github.inpaint4j.testing.InpainterContractTest.assertKnownPixelsUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.bench.MaskKind;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.internal.train.TrainingSession;
import io.github.inpaint4j.gan.model.ModelDescription;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.metrics.Psnr;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default model shipped in the jar: loaded offline, multi-scale fills, fine-tuning from it. */
class DefaultModelTest {

    /** Surefire runs with {@code ai.djl.offline=true}: the model and the natives come from the class path. */
    @Test
    void loadsOfflineFromTheClassPath() throws IOException {
        assertEquals("true", System.getProperty("ai.djl.offline"));
        GanInpainter gan = DefaultModelContractTest.defaultModel();
        assertTrue(gan.source().contains("classpath:/io/github/inpaint4j/gan/default-model/"), gan.source());
        CheckpointMetadata m = Checkpoint.readMetadata(CheckpointSource.defaultModel());
        assertEquals(m, gan.metadata());
        assertTrue(m.step() > 0, "a trained model: " + m.step());
    }

    /**
     * The first case: a 128×128 hole in a 256×256 picture is deeper than the training holes
     * and is filled coarse to fine. Every hole pixel is written, known pixels are exact, samples stay
     * in [0, 1]; on a smooth picture the fill follows it (no grey square).
     */
    @Test
    void aQuarterOfThePictureIsFilledCoarseToFine() {
        GanInpainter gan = DefaultModelContractTest.defaultModel();
        RgbImage picture = SyntheticImages.gradient(256, 256);
        Mask mask = Mask.fromRectangles(256, 256, Rect.centred(256, 256, 128, 128));
        RgbImage out = gan.inpaint(sentinelUnderTheHole(picture, mask), mask);
        assertKnownPixelsUnchanged(picture, mask, out);
        assertFilledInRange(out, mask);
        double psnr = Psnr.inHole(picture, out, mask);
        assertTrue(psnr > 20, "a smooth gradient should be continued, hole PSNR " + psnr);
    }

    /**
     * Issue 18's target "no colour on grey": the bench's grey pictures (the brick wall and the coins,
     * {@code docs/samples/bench}) get fills with R = G = B within 2/255 from the default model, in each
     * of the bench's hole kinds.
     */
    @Test
    void theBenchsGreyPicturesGetGreyFills() throws IOException {
        GanInpainter gan = DefaultModelContractTest.defaultModel();
        for (String name : new String[] {"brick-256.png", "coins-256.png"}) {
            RgbImage picture = ImageFiles.read(Path.of("../docs/samples/bench", name));
            assertEquals(0, largestSpread(picture, Mask.empty(picture.width(), picture.height()), false), name + " is grey");
            for (MaskKind kind : MaskKind.values()) {
                Mask mask = kind.draw(picture.width(), picture.height(), new SplittableRandom(42));
                RgbImage out = gan.inpaint(picture, mask);
                double spread = largestSpread(out, mask, true);
                assertTrue(spread <= 2 / 255.0, name + ", " + kind.id() + " hole: a fill pixel's channels differ by "
                        + spread * 255 + "/255");
            }
        }
    }

    /** The largest difference between a pixel's channels, over the hole pixels or over the known ones. */
    private static double largestSpread(RgbImage image, Mask mask, boolean hole) {
        double largest = 0;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                if (mask.isHole(x, y) == hole) {
                    float r = image.get(x, y, 0);
                    float g = image.get(x, y, 1);
                    float b = image.get(x, y, 2);
                    largest = Math.max(largest, Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)));
                }
            }
        }
        return largest;
    }

    /** Fine-tuning starts from the shipped weights: before any step the generator fills exactly as the default model. */
    @Test
    void fineTuningStartsFromTheShippedWeights(@TempDir Path dir) throws IOException {
        ModelDescription shipped = Checkpoint.readMetadata(CheckpointSource.defaultModel()).model();
        TrainingConfig defaults = TrainingConfig.defaults();
        TrainingConfig config = defaults.withModel(shipped).with(TrainingConfig.BATCH_SIZE, 2).withThreads(1);
        Path start = dir.resolve("step-00000000");
        try (TrainingSession session = TrainingSession.fineTune(config, CheckpointSource.defaultModel())) {
            session.save(start, session.metadata(0, null));
        }
        RgbImage picture = SyntheticImages.stripes(80, 64, 6);
        Mask mask = Mask.fromRectangles(80, 64, new Rect(30, 20, 20, 16));
        try (GanInpainter tuned = GanInpainter.load(start, 1)) {
            assertEquals(DefaultModelContractTest.defaultModel().inpaint(picture, mask), tuned.inpaint(picture, mask));
        }
    }

    /** Every hole sample is set to this first, so a sample the fill missed would still hold it. */
    static final float SENTINEL = 0.123456f;

    static RgbImage sentinelUnderTheHole(RgbImage picture, Mask mask) {
        float[] s = picture.toPlanar();
        int plane = picture.pixelCount();
        for (int i = 0; i < plane; i++) {
            if (mask.isHole(i)) {
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    s[c * plane + i] = SENTINEL;
                }
            }
        }
        return RgbImage.fromPlanar(picture.width(), picture.height(), s);
    }

    static void assertFilledInRange(RgbImage out, Mask mask) {
        int plane = out.pixelCount();
        float[] s = out.toPlanar();
        int untouched = 0;
        for (int i = 0; i < plane; i++) {
            if (!mask.isHole(i)) {
                continue;
            }
            boolean sentinel = true;
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                float v = s[c * plane + i];
                assertTrue(v >= 0 && v <= 1, "sample " + v + " at pixel " + i);
                sentinel &= v == SENTINEL;
            }
            untouched += sentinel ? 1 : 0;
        }
        assertEquals(0, untouched, "hole pixels left unfilled");
    }
}
