package io.github.inpaint4j.gan.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2dTranspose;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.model.Bottleneck;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import io.github.inpaint4j.gan.model.GeneratorConfig;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NetworkShapesTest {

    @BeforeAll
    static void engine() {
        TorchRuntime.start(1);
    }

    private static NDArray run(Block block, NDManager manager, Shape in) {
        block.initialize(manager, DataType.FLOAT32, in);
        return block.forward(new ParameterStore(manager, false), new NDList(manager.ones(in)), false)
                .singletonOrThrow();
    }

    @Test
    void generatorMapsFourPlanesToThreeAtTheInputSize() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray out = run(UNetGenerator.builder().optWidth(8).optDepth(2).build(), manager, new Shape(2, 5, 16, 16));
            assertEquals(new Shape(2, 3, 16, 16), out.getShape());
            float[] v = out.toFloatArray();
            for (float f : v) {
                assertTrue(f >= -1 && f <= 1, "tanh output out of [-1, 1]: " + f);
            }
        }
    }

    @Test
    void generatorPadsSidesThatAreNotAMultipleOfItsStrideAndCropsBack() {
        try (NDManager manager = NDManager.newBaseManager()) {
            UNetGenerator g = UNetGenerator.builder().optWidth(8).optDepth(3).build();
            assertEquals(8, g.config().sizeMultiple());
            NDArray out = run(g, manager, new Shape(1, 5, 13, 6));
            assertEquals(new Shape(1, 3, 13, 6), out.getShape());
            NDArray other = g.forward(new ParameterStore(manager, false),
                    new NDList(manager.ones(new Shape(1, 5, 30, 17))), false).singletonOrThrow();
            assertEquals(new Shape(1, 3, 30, 17), other.getShape());
        }
    }

    @Test
    void gatedGeneratorHasTheSameShapes() {
        try (NDManager manager = NDManager.newBaseManager()) {
            UNetGenerator g = UNetGenerator.builder().optWidth(8).optDepth(2).optGated(true).build();
            NDArray out = run(g, manager, new Shape(1, 5, 16, 12));
            assertEquals(new Shape(1, 3, 16, 12), out.getShape());
            assertTrue(g.getChildren().get("01stem") instanceof GatedConv2d, g.getChildren().keys().toString());
        }
    }

    @Test
    void generatorRejectsInputWithoutTheMaskPlane() {
        try (NDManager manager = NDManager.newBaseManager()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> run(UNetGenerator.builder().build(), manager, new Shape(1, 3, 16, 16)));
            assertTrue(e.getMessage().contains("(N, 5, H, W)"), e.getMessage());
        }
    }

    @Test
    void everyBottleneckKeepsTheShapesAndGetsGradients() {
        for (Bottleneck b : Bottleneck.values()) {
            UNetGenerator g = UNetGenerator.builder().optWidth(8).optDepth(2).optBottleneck(b, 2).build();
            try (NDManager manager = NDManager.newBaseManager()) {
                Shape in = new Shape(2, 5, 16, 12);
                g.initialize(manager, DataType.FLOAT32, in);
                for (Pair<String, Parameter> p : g.getParameters()) {
                    p.getValue().getArray().setRequiresGradient(true);
                }
                try (GradientCollector gc = manager.getEngine().newGradientCollector()) {
                    NDArray out = g.forward(new ParameterStore(manager, false),
                            new NDList(manager.randomUniform(-1, 1, in)), true).singletonOrThrow();
                    assertEquals(new Shape(2, 3, 16, 12), out.getShape(), b.toString());
                    gc.backward(out.sum());
                }
                for (Pair<String, Parameter> p : g.getParameters()) {
                    if (p.getKey().contains("body") && p.getValue().getType() == Parameter.Type.WEIGHT) {
                        assertTrue(p.getValue().getArray().getGradient().abs().sum().getFloat() > 0,
                                b + ": no gradient reached " + p.getKey());
                    }
                }
            }
        }
    }

    /**
     * The global branch of a fast Fourier convolution sees the whole input: one changed pixel changes
     * every output pixel, where a 3×3 convolution changes only its neighbours.
     */
    @Test
    void aFourierConvolutionSeesTheWholeInput() {
        try (NDManager manager = NDManager.newBaseManager()) {
            FastFourierConv ffc = new FastFourierConv(4);
            Shape in = new Shape(1, 3, 12, 10);
            ffc.setInitializer(new ai.djl.training.initializer.NormalInitializer(0.5f), Parameter.Type.WEIGHT);
            ffc.initialize(manager, DataType.FLOAT32, in);
            NDArray x = manager.randomUniform(-1, 1, in);
            NDArray poked = x.duplicate();
            poked.set(new ai.djl.ndarray.index.NDIndex("0, :, 0, 0"), 3f);
            ParameterStore ps = new ParameterStore(manager, false);
            NDArray a = ffc.forward(ps, new NDList(x), false).singletonOrThrow();
            NDArray b = ffc.forward(ps, new NDList(poked), false).singletonOrThrow();
            assertEquals(new Shape(1, 4, 12, 10), a.getShape());
            NDArray change = a.sub(b).abs();
            // channels 0–1 local (3×3): the far corner is untouched; channels 2–3 global: it moves
            assertEquals(0f, change.get("0, 0:2, 11, 9").sum().getFloat(), 0f);
            assertTrue(change.get("0, 2:4, 11, 9").sum().getFloat() > 1e-4f, change.get("0, 2:4").toDebugString(true));
        }
        assertThrows(IllegalArgumentException.class, () -> new FastFourierConv(5));
    }

    @Test
    void aResidualBlockAddsItsBodyToItsInput() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ResidualBlock block = new ResidualBlock(new ai.djl.nn.LambdaBlock(l -> new NDList(l.head().mul(l.head()))));
            Shape in = new Shape(1, 1, 1, 3);
            block.initialize(manager, DataType.FLOAT32, in);
            NDArray out = block.forward(new ParameterStore(manager, false),
                    new NDList(manager.create(new float[] {1, 2, 3}, in)), false).singletonOrThrow();
            assertArrayEquals(new float[] {2, 6, 12}, out.toFloatArray());
        }
    }

    /** The logits first, one per patch, then each stride-2 layer's activations, as getOutputShapes says. */
    @Test
    void discriminatorGivesOneLogitPerPatchThenItsFeatures() {
        try (NDManager manager = NDManager.newBaseManager()) {
            PatchDiscriminator d = new PatchDiscriminator(new DiscriminatorConfig(8, 3));
            Shape in = new Shape(3, 3, 64, 48);
            d.initialize(manager, DataType.FLOAT32, in);
            NDList out = d.forward(new ParameterStore(manager, false), new NDList(manager.ones(in)), false);
            assertEquals(List.of(new Shape(3, 1, 8, 6), new Shape(3, 8, 32, 24), new Shape(3, 16, 16, 12),
                    new Shape(3, 32, 8, 6)), out.getShapes().length == 4 ? List.of(out.getShapes()) : List.of());
            assertEquals(List.of(out.getShapes()), List.of(d.getOutputShapes(new Shape[] {in})));
            PatchDiscriminator masked = new PatchDiscriminator(new DiscriminatorConfig(8, 2, true));
            Shape four = new Shape(2, masked.config().inputPlanes(), 16, 16);
            masked.initialize(manager, DataType.FLOAT32, four);
            assertEquals(new Shape(2, 1, 4, 4), masked.forward(new ParameterStore(manager, false),
                    new NDList(manager.ones(four)), false).head().getShape());
        }
    }

    @Test
    void channelsDoubleTwiceThenStay() {
        GeneratorConfig g = new GeneratorConfig(16, 4, false, Bottleneck.DILATED, 2);
        assertEquals(16, g.channels(0));
        assertEquals(32, g.channels(1));
        assertEquals(64, g.channels(2));
        assertEquals(64, g.channels(4));
        assertEquals(256, new DiscriminatorConfig(32, 5).channels(4));
    }

    @Test
    void configsNameTheBadField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GeneratorConfig(2, 3, false, Bottleneck.DILATED, 2));
        assertEquals("width must be in [4, 256], got 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new GeneratorConfig(16, 3, false, Bottleneck.FOURIER, 0));
        assertEquals("blocks must be in [1, 32], got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new DiscriminatorConfig(32, 0));
        assertEquals("d-layers must be in [1, 5], got 0", e.getMessage());
    }

    /**
     * docs/djl.md#no-transposed-convolution: {@code Conv2dTranspose} throws "Not implemented" on PyTorch. The generator
     * must not contain one, and a forward and backward pass on the engine must work.
     */
    @Test
    void generatorUsesNoTransposedConvolutionAndTrainsOnPyTorch() {
        UNetGenerator g = UNetGenerator.builder().optWidth(8).optDepth(2).build();
        assertFalse(containsTransposedConvolution(g), "the generator must up-sample by resize + convolution");
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape in = new Shape(1, 5, 8, 8);
            g.initialize(manager, DataType.FLOAT32, in);
            for (Pair<String, Parameter> p : g.getParameters()) {
                p.getValue().getArray().setRequiresGradient(true);
            }
            try (GradientCollector gc = manager.getEngine().newGradientCollector()) {
                NDArray out = g.forward(new ParameterStore(manager, false), new NDList(manager.ones(in)), true)
                        .singletonOrThrow();
                gc.backward(out.sum());
            }
            NDArray stemWeight = g.getParameters().get("01stem_01AlignedConv2d_weight").getArray();
            assertTrue(stemWeight.getGradient().abs().sum().getFloat() > 0, "no gradient reached the first layer");
        }
    }

    private static boolean containsTransposedConvolution(Block block) {
        if (block instanceof Conv2dTranspose) {
            return true;
        }
        for (Block child : block.getChildren().values()) {
            if (containsTransposedConvolution(child)) {
                return true;
            }
        }
        return false;
    }
}
