package io.github.inpaint4j.gan.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.github.inpaint4j.gan.FreedScalars;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InstanceNorm2dTest {

    @BeforeAll
    static void engine() {
        TorchRuntime.start(1);
    }

    /** Channel 0 = {1, 2, 3, 4}: mean 2.5, variance 1.25, so (x − 2.5) / sqrt(1.25 + 1e-5). */
    @Test
    void normalisesEachChannelOfEachImageOverItsPixels() {
        try (NDManager manager = NDManager.newBaseManager()) {
            InstanceNorm2d norm = new InstanceNorm2d();
            Shape shape = new Shape(1, 2, 2, 2);
            norm.initialize(manager, DataType.FLOAT32, shape);
            NDArray x = manager.create(new float[] {1, 2, 3, 4, 10, 10, 10, 10}, shape);
            float[] y = norm.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow()
                    .toFloatArray();
            double sd = Math.sqrt(1.25 + 1e-5);
            assertArrayEquals(new float[] {(float) (-1.5 / sd), (float) (-0.5 / sd), (float) (0.5 / sd),
                    (float) (1.5 / sd), 0, 0, 0, 0}, y, 1e-5f);
        }
    }

    /**
     * docs/djl.md#scalars-under-autograd for the 1/HW factor: the input gradient must not change
     * when the Java buffer of a {@code mul(Number)} scalar could have been collected and reused before backward.
     */
    @Test
    void gradientIsTheSameWhetherOrNotGarbageIsCollectedBeforeBackward() throws InterruptedException {
        float[] quiet = inputGradient(false);
        float[] provoked = inputGradient(true);
        assertArrayEquals(quiet, provoked);
        for (float g : quiet) {
            assertTrue(Float.isFinite(g) && Math.abs(g) < 10, "gradient " + g);
        }
    }

    private static float[] inputGradient(boolean provoke) throws InterruptedException {
        try (NDManager manager = NDManager.newBaseManager()) {
            InstanceNorm2d norm = new InstanceNorm2d();
            Shape shape = new Shape(1, 1, 2, 3);
            norm.initialize(manager, DataType.FLOAT32, shape);
            NDArray x = manager.create(new float[] {1, 4, 2, 8, 5, 7}, shape);
            NDArray weights = manager.create(new float[] {1, -2, 3, 0.5f, -1, 2}, shape);
            x.setRequiresGradient(true);
            try (GradientCollector gc = manager.getEngine().newGradientCollector()) {
                NDArray y = norm.forward(new ParameterStore(manager, false), new NDList(x), true).singletonOrThrow();
                NDArray loss = y.mul(weights).sum();
                if (provoke) {
                    FreedScalars.provoke(manager);
                }
                gc.backward(loss);
            }
            return x.getGradient().toFloatArray();
        }
    }

    /**
     * Custom-block memory rule (docs/djl.md#custom-blocks-and-memory): results of ops on parameters
     * must not pile up in the model's manager.
     */
    @Test
    void leavesNothingBehindInTheParametersManager() {
        try (NDManager model = NDManager.newBaseManager()) {
            InstanceNorm2d norm = new InstanceNorm2d();
            Shape shape = new Shape(2, 3, 4, 4);
            norm.initialize(model, DataType.FLOAT32, shape);
            int before = model.getManagedArrays().size();
            for (int i = 0; i < 5; i++) {
                try (NDManager call = model.newSubManager()) {
                    norm.forward(new ParameterStore(call, false), new NDList(call.ones(shape)), false);
                }
            }
            assertEquals(before, model.getManagedArrays().size());
        }
    }
}
