package io.github.inpaint4j.gan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Threads;
import io.github.inpaint4j.gan.data.MaskMix;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.loss.DiscriminatorTarget;
import io.github.inpaint4j.gan.loss.GeneratorLossForm;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import io.github.inpaint4j.gan.model.ModelDescription;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

    @Test
    void defaultsAreThePublishedValues() {
        TrainingConfig c = TrainingConfig.defaults();
        assertEquals(2e-4f, c.optimisation().learningRate());
        assertEquals(0.5f, c.optimisation().beta1());
        assertEquals(0.999f, c.optimisation().beta2());
        assertEquals(5f, c.losses().l1Weight());
        assertEquals(GeneratorLossForm.NON_SATURATING, c.losses().generatorLoss());
        assertEquals(64, c.model().cropSize());
        assertEquals(16, c.data().batchSize());
        assertEquals(2000, c.schedule().steps());
        assertEquals(42, c.seed());
    }

    @Test
    void badValuesAreNamedWithTheirRange() {
        TrainingConfig d = TrainingConfig.defaults();
        assertEquals("batchSize must be in [1, 4096], got 0",
                assertThrows(IllegalArgumentException.class, () -> d.data().withBatchSize(0)).getMessage());
        assertEquals("beta1 must be in [0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> d.optimisation().withBetas(1f, 0.9f))
                        .getMessage());
        assertEquals("threads must be in [1, " + Threads.max() + "] (4 × the " + Threads.available()
                        + " available processors, at least 8), got 0",
                assertThrows(IllegalArgumentException.class, () -> d.withThreads(0)).getMessage());
        assertEquals("keep must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> d.schedule().withKeep(0)).getMessage());
        assertEquals("cropSize must be at least 2^discriminator.layers = 32, got 16",
                assertThrows(IllegalArgumentException.class, () -> d.model().withCropSize(16)
                        .withDiscriminator(new DiscriminatorConfig(8, 5))).getMessage());
        assertEquals("greyProbability must be in [0, 1], got 1.5",
                assertThrows(IllegalArgumentException.class, () -> d.data().withGreyProbability(1.5)).getMessage());
        assertEquals("emaDecay must be in [0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> d.optimisation().withEmaDecay(1f)).getMessage());
        assertEquals("r1Every must be in [1, 1000], got 0",
                assertThrows(IllegalArgumentException.class, () -> d.regularisation().withR1(1f, 0)).getMessage());
        assertEquals("featureMatchingWeight must be finite and >= 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> d.losses().withFeatureMatchingWeight(-1f))
                        .getMessage());
    }

    @Test
    void resumingMayChangeOnlyRunControl() {
        TrainingConfig stored = TrainingConfig.defaults();
        stored.withSchedule(new TrainingConfig.Schedule(9000, 7, 100, 9)).withThreads(2).requireResumableFrom(stored);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> stored.withSeed(1).withLosses(stored.losses().withL1Weight(10f)).requireResumableFrom(stored));
        assertEquals("cannot resume: the checkpoint was trained with a different l1Weight (checkpoint 5.0, now 10.0),"
                + " seed (checkpoint 42, now 1)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> stored.withModel(stored.model().withCropSize(32)).requireResumableFrom(stored));
        assertEquals("cannot resume: the checkpoint was trained with a different cropSize (checkpoint 64, now 32)",
                e.getMessage());
    }

    /** Every setting but the model is written as text and read back to an equal configuration. */
    @Test
    void settingsSurviveATextRoundTrip() {
        TrainingConfig d = TrainingConfig.defaults();
        TrainingConfig c = d.withSeed(-7_000_000_000L)
                .withData(new TrainingConfig.Data(8, new MaskMix(0, 1, 2, 0, 0.5), 0.5, 0.2))
                .withOptimisation(new TrainingConfig.Optimisation(3e-4f, 0.2f, 0.99f, 0.999f))
                .withLosses(new TrainingConfig.Losses(GeneratorLossForm.SATURATING, 0.5f, 10f, DiscriminatorTarget.HOLE,
                        10f, 2.5f))
                .withRegularisation(new TrainingConfig.Regularisation(0.1f, 8, Augmentation.parse("translation,cutout")))
                .withSchedule(new TrainingConfig.Schedule(123, 4, 50, 2))
                .withValidation(new TrainingConfig.Validation(0.25, 7))
                .withThreads(TorchRuntime.defaultThreads());
        Map<String, String> text = c.settings();
        assertEquals("saturating", text.get("generatorLoss"));
        assertEquals("hole", text.get("discriminatorTarget"));
        assertEquals("translation,cutout", text.get("augmentation"));
        assertEquals("rectangles=0.0,strokes=1.0,wide=2.0,scratches=0.0,text=0.5", text.get("masks"));
        assertTrue(!text.containsKey("cropSize") && !text.containsKey("generator"), "the model is not a setting");
        assertEquals(c, TrainingConfig.fromSettings(c.model(), text));
    }

    /**
     * A checkpoint written before a setting existed lacks it: it reads as its default. One written by
     * a later version may hold settings this one does not know: they are ignored. The thread count
     * is where the run ran, never taken back (a checkpoint of 32 threads resumes on 2 cores).
     */
    @Test
    void missingSettingsTakeTheirDefaultsUnknownOnesAndThreadsAreIgnored() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("batchSize", "4");
        text.put("threads", "4096");
        text.put("someFutureSetting", "on");
        TrainingConfig read = TrainingConfig.fromSettings(ModelDescription.defaults(), text);
        TrainingConfig d = TrainingConfig.defaults();
        assertEquals(d.withData(d.data().withBatchSize(4)), read);
        assertEquals(TorchRuntime.defaultThreads(), read.threads());
    }

    /** Format 2 wrote the same names, its enums in upper case and the mask mix as an object (read as pairs). */
    @Test
    void formatTwoSpellingsAreRead() {
        Map<String, String> text = Map.of("generatorLoss", "NON_SATURATING", "l1Weight", "100.0",
                "masks", "rectangles=0.2,strokes=0.25,wide=0.3,scratches=0.15,text=0.1", "steps", "28000");
        TrainingConfig read = TrainingConfig.fromSettings(ModelDescription.defaults(), text);
        assertEquals(GeneratorLossForm.NON_SATURATING, read.losses().generatorLoss());
        assertEquals(100f, read.losses().l1Weight());
        assertEquals(MaskMix.defaults(), read.data().masks());
        assertEquals(28000, read.schedule().steps());
    }

    @Test
    void aBadSettingTextIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingConfig.fromSettings(ModelDescription.defaults(), Map.of("generatorLoss", "gentle")));
        assertEquals("setting generatorLoss: 'gentle' is not a valid value (not one of non-saturating, saturating)",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> TrainingConfig.fromSettings(ModelDescription.defaults(), Map.of("batchSize", "0")));
        assertEquals("batchSize must be in [1, 4096], got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> TrainingConfig.fromSettings(ModelDescription.defaults(), Map.of("seed", "4.5")));
        assertTrue(e.getMessage().startsWith("setting seed: '4.5' is not a valid long"), e.getMessage());
    }
}
