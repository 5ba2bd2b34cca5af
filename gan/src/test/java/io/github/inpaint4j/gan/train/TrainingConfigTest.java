package io.github.inpaint4j.gan.train;

import io.github.inpaint4j.Threads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.inpaint4j.gan.loss.GeneratorLossForm;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

    @Test
    void defaultsAreThePublishedValues() {
        TrainingConfig c = TrainingConfig.defaults();
        assertEquals(2e-4f, c.learningRate());
        assertEquals(0.5f, c.beta1());
        assertEquals(0.999f, c.beta2());
        assertEquals(5f, c.l1Weight());
        assertEquals(GeneratorLossForm.NON_SATURATING, c.generatorLoss());
        assertEquals(64, c.imageSize());
        assertEquals(16, c.batchSize());
    }

    @Test
    void badValuesAreNamedWithTheirRange() {
        assertEquals("batchSize must be in [1, 4096], got 0",
                assertThrows(IllegalArgumentException.class, () -> TrainingConfig.defaults().withBatchSize(0))
                        .getMessage());
        assertEquals("beta1 must be in [0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> TrainingConfig.defaults().withBetas(1f, 0.9f))
                        .getMessage());
        assertEquals("threads must be in [1, " + Threads.max() + "] (4 × the " + Threads.available() + " available processors, at least 8), got 0",
                assertThrows(IllegalArgumentException.class, () -> TrainingConfig.defaults().withThreads(0))
                        .getMessage());
        assertEquals("keep must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> TrainingConfig.defaults().withKeep(0))
                        .getMessage());
        assertEquals("imageSize must be at least 2^discriminator.layers = 32, got 16",
                assertThrows(IllegalArgumentException.class, () -> TrainingConfig.defaults().withImageSize(16)
                        .withDiscriminator(new DiscriminatorConfig(8, 5))).getMessage());
    }

    @Test
    void resumingMayChangeOnlyRunControl() {
        TrainingConfig stored = TrainingConfig.defaults();
        stored.withSteps(9000).withThreads(2).withKeep(9).withLogEvery(7).withCheckpointEvery(100)
                .requireResumableFrom(stored);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> stored.withSeed(1).withL1Weight(10f).requireResumableFrom(stored));
        assertEquals("cannot resume: the checkpoint was trained with a different seed (checkpoint 42, now 1), "
                + "l1Weight (checkpoint 5.0, now 10.0)", e.getMessage());
    }
}
