package io.github.inpaint4j.gan.internal;

import static io.github.inpaint4j.testing.InpainterContractTest.assertKnownPixelsUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.translate.TranslateException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.internal.SmoothFill;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.internal.model.UNetGenerator;
import io.github.inpaint4j.gan.model.GeneratorConfig;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("kernels") // also run under forced-down CPU kernel families (gan/pom.xml)
class GeneratorTranslatorTest {

    private static Model model;

    @BeforeAll
    static void randomGenerator() {
        TorchRuntime.start(1).setRandomSeed(11);
        model = Model.newInstance("generator");
        UNetGenerator g = UNetGenerator.builder().optWidth(8).optDepth(2).build();
        g.setInitializer(new NormalInitializer(0.5f), Parameter.Type.WEIGHT);
        g.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 5, 16, 16));
        model.setBlock(g);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void fillsOnlyTheHole() throws TranslateException {
        RgbImage in = SyntheticImages.stripes(20, 12, 4);
        Mask mask = Mask.fromRectangles(20, 12, new Rect(5, 3, 7, 5));
        try (Predictor<InpaintingInput, RgbImage> p = model.newPredictor(new GeneratorTranslator())) {
            RgbImage out = p.predict(new InpaintingInput(in, mask));
            assertKnownPixelsUnchanged(in, mask, out);
            assertTrue(!out.equals(in), "the hole should be written");
        }
    }

    /**
     * docs/djl.md#inference-and-threads: batchPredict hands all items one context. A translator that keeps each item's
     * input in the context would composite every item with the last one's known pixels; this one
     * keeps the whole batch, so a batch gives what single predictions give. The default model's generator is used:
     * trained weights, whose outputs differ between PyTorch's batch-of-one and batched kernels by rounding only
     * (a network of large random weights amplifies rounding without bound, docs/djl.md#cpu-kernels).
     */
    @Test
    void aBatchGivesWhatSinglePredictionsGive() throws Exception {
        InpaintingInput a = new InpaintingInput(SyntheticImages.gradient(48, 48),
                Mask.fromRectangles(48, 48, new Rect(6, 8, 20, 18)));
        InpaintingInput b = new InpaintingInput(SyntheticImages.checkerboard(48, 48, 5),
                Mask.fromRectangles(48, 48, new Rect(24, 6, 9, 30)));
        try (Model trained = Model.newInstance(Checkpoint.GENERATOR)) {
            trained.setBlock(new UNetGenerator(GeneratorConfig.defaults()));
            CheckpointSource shipped = CheckpointSource.defaultModel();
            Checkpoint.loadParameters(shipped, shipped.metadata().generatorWeights(), trained,
                    new Shape(1, GeneratorTensors.INPUT_PLANES, 64, 64));
            try (Predictor<InpaintingInput, RgbImage> p = trained.newPredictor(new GeneratorTranslator())) {
                List<RgbImage> batch = p.batchPredict(List.of(a, b));
                RgbImage singleA = p.predict(a);
                RgbImage singleB = p.predict(b);
                assertKnownPixelsUnchanged(a.image(), a.mask(), batch.get(0));
                assertKnownPixelsUnchanged(b.image(), b.mask(), batch.get(1));
                assertClose(singleA, batch.get(0));
                assertClose(singleB, batch.get(1));
                assertTrue(!singleA.equals(singleB), "two different pictures give two different fills");
            }
        }
    }

    @Test
    void aBatchOfMixedSizesIsRefused() {
        InpaintingInput a = new InpaintingInput(SyntheticImages.gradient(16, 16), Mask.empty(16, 16));
        InpaintingInput b = new InpaintingInput(SyntheticImages.gradient(8, 16), Mask.empty(8, 16));
        try (Predictor<InpaintingInput, RgbImage> p = model.newPredictor(new GeneratorTranslator())) {
            TranslateException e = assertThrows(TranslateException.class, () -> p.batchPredict(List.of(a, b)));
            assertTrue(e.getCause().getMessage().contains("16×16 and 8×16"), e.getCause().getMessage());
        }
    }

    @Test
    void tensorLayoutRoundTrips() {
        RgbImage in = SyntheticImages.noise(3, 2, 5);
        Mask mask = Mask.fromRectangles(3, 2, new Rect(1, 0, 1, 1));
        float[] input = new float[5 * 6];
        GeneratorTensors.writeInput(in, mask, null, input, 0);
        float smooth = SmoothFill.of(in, mask).get(1, 0, 0);
        assertEquals(2 * smooth - 1, input[1], 1e-7f, "the hole sample holds the smooth fill");
        assertEquals(1f, input[3 * 6 + 1], "mask plane");
        assertEquals(0f, input[4 * 6 + 1], "no guide");
        assertEquals(2 * in.get(0, 0, 0) - 1, input[0], 1e-7f);
        RgbImage guide = RgbImage.filled(3, 2, 0.25f, 0.5f, 1f);
        float[] guided = new float[5 * 6];
        GeneratorTensors.writeInput(in, mask, guide, guided, 0);
        assertEquals(-0.5f, guided[1], "the hole sample is the guide's, signed");
        assertEquals(1f, guided[2 * 6 + 1]);
        assertEquals(input[0], guided[0], "a known sample is the picture's, not the guide's");
        assertEquals(1f, guided[4 * 6 + 1], "the guide plane marks the seeded hole sample");
        assertEquals(0f, guided[4 * 6], "and only hole samples");
        float[] generated = new float[3 * 6];
        java.util.Arrays.fill(generated, 0.5f);
        RgbImage out = GeneratorTensors.composite(in, mask, generated, 0);
        assertEquals(0.75f, out.get(1, 0, 2));
        assertKnownPixelsUnchanged(in, mask, out);
        assertEquals(1f, GeneratorTensors.toUnit(1.3f));
        assertEquals(0f, GeneratorTensors.toUnit(-1.3f));
    }

    private static void assertClose(RgbImage expected, RgbImage actual) {
        float[] e = expected.toPlanar();
        float[] a = actual.toPlanar();
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], 1e-4f, "sample " + i);
        }
    }
}
