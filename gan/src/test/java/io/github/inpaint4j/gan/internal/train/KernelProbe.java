package io.github.inpaint4j.gan.internal.train;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.Shape;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.internal.GeneratorTensors;
import io.github.inpaint4j.gan.internal.GeneratorTranslator;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.internal.model.UNetGenerator;
import io.github.inpaint4j.gan.model.Bottleneck;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import io.github.inpaint4j.gan.model.GeneratorConfig;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the GAN's training steps and a batch prediction in a JVM of its own and prints what they
 * computed, bit for bit, so that {@link KernelFamiliesTest} can compare runs made under different
 * CPU kernel families and allocator fill patterns. Lines:
 * <ul>
 *   <li>{@code train NAME STEP D G L1}: the losses of a training step, as the hexadecimal bits of
 *       the floats;</li>
 *   <li>{@code finite NAME true|false}: whether every loss and every weight after the steps is a
 *       finite number;</li>
 *   <li>{@code batch DIFF SUM}: the largest difference between a batch prediction and the single
 *       predictions of the same pictures, and the hexadecimal bits of the batch output's sum.</li>
 * </ul>
 */
public final class KernelProbe {

    /** Training steps per network shape. */
    static final int STEPS = 6;

    /**
     * The shapes trained: the step tests' tiny Fourier networks, and the smallest default-architecture
     * networks (dilated residual bottleneck) on batches of 2 and of 16 crops — PyTorch picks its
     * convolution kernels by batch size, so both sides of its thresholds are covered.
     */
    static final List<NamedShapes> SHAPES = List.of(
            new NamedShapes("fourier-b4", TinyNetworks.TINY),
            new NamedShapes("residual-b2", new TinyNetworks.Shapes(new GeneratorConfig(4, 2, false, Bottleneck.RESIDUAL,
                    2), new DiscriminatorConfig(4, 2), 2, 32)),
            new NamedShapes("residual-b16", new TinyNetworks.Shapes(new GeneratorConfig(4, 2, false,
                    Bottleneck.RESIDUAL, 2), new DiscriminatorConfig(4, 2), 16, 16)));

    record NamedShapes(String name, TinyNetworks.Shapes shapes) {
    }

    private KernelProbe() {
    }

    public static void main(String[] args) throws Exception {
        TorchRuntime.start(1);
        for (NamedShapes s : SHAPES) {
            train(s);
        }
        batch();
        System.out.println("done");
    }

    private static void train(NamedShapes s) throws Exception {
        boolean finite = true;
        try (TinyNetworks n = new TinyNetworks(s.shapes(), 7, 1e-3f, 0, null, false)) {
            List<StepLosses> losses = n.train(TinyNetworks.sampler(s.shapes(), 7), 1, STEPS);
            for (int i = 0; i < losses.size(); i++) {
                StepLosses l = losses.get(i);
                finite &= l.isFinite();
                System.out.println("train " + s.name() + " " + (i + 1) + " " + bits(l.discriminator()) + " "
                        + bits(l.generatorAdversarial()) + " " + bits(l.generatorL1()));
            }
            finite &= FiniteParameters.allFinite(n.generator) && FiniteParameters.allFinite(n.discriminator);
        }
        System.out.println("finite " + s.name() + " " + finite);
    }

    /** The default model's generator on three pictures at once and one at a time. */
    private static void batch() throws Exception {
        List<InpaintingInput> inputs = new ArrayList<>();
        inputs.add(new InpaintingInput(SyntheticImages.gradient(48, 48), Mask.fromRectangles(48, 48,
                new Rect(10, 12, 20, 16))));
        inputs.add(new InpaintingInput(SyntheticImages.checkerboard(48, 48, 5), Mask.fromRectangles(48, 48,
                new Rect(20, 4, 9, 30))));
        inputs.add(new InpaintingInput(SyntheticImages.stripes(48, 48, 6), Mask.fromRectangles(48, 48,
                new Rect(2, 30, 40, 6))));
        try (Model model = Model.newInstance(Checkpoint.GENERATOR)) {
            model.setBlock(new UNetGenerator(GeneratorConfig.defaults()));
            CheckpointSource shipped = CheckpointSource.defaultModel();
            Checkpoint.loadParameters(shipped, shipped.metadata().generatorWeights(), model,
                    new Shape(1, GeneratorTensors.INPUT_PLANES, 64, 64));
            try (Predictor<InpaintingInput, RgbImage> p = model.newPredictor(new GeneratorTranslator())) {
                List<RgbImage> together = p.batchPredict(inputs);
                double largest = 0;
                double sum = 0;
                for (int i = 0; i < inputs.size(); i++) {
                    float[] batched = together.get(i).toPlanar();
                    float[] single = p.predict(inputs.get(i)).toPlanar();
                    for (int j = 0; j < batched.length; j++) {
                        largest = Math.max(largest, Math.abs(batched[j] - single[j]));
                        sum += batched[j];
                    }
                }
                System.out.println("batch " + largest + " " + Long.toHexString(Double.doubleToRawLongBits(sum)));
            }
        }
    }

    private static String bits(float value) {
        return Integer.toHexString(Float.floatToRawIntBits(value));
    }
}
