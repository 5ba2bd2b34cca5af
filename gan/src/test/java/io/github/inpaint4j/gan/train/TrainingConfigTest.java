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
import io.github.inpaint4j.gan.model.GeneratorConfig;
import io.github.inpaint4j.gan.model.ModelDescription;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

    @Test
    void defaultsAreThePublishedValues() {
        TrainingConfig c = TrainingConfig.defaults();
        assertEquals((float) 2e-4, (float) c.optimisation().learningRate());
        assertEquals(0.5, c.optimisation().beta1());
        assertEquals(0.999, c.optimisation().beta2());
        assertEquals(5.0, c.losses().l1Weight());
        assertEquals(GeneratorLossForm.NON_SATURATING, c.losses().generatorLoss());
        assertEquals(64, c.model().cropSize());
        assertEquals(16, c.data().batchSize());
        assertEquals(2000, c.schedule().steps());
        assertEquals(42, c.seed());
        assertEquals(TorchRuntime.defaultThreads(), c.threads());
        assertEquals(ModelDescription.defaults(), c.model());
    }

    /** Every setting has one name, unique over the model's and the training's. */
    @Test
    void everySettingIsDeclaredOnceWithItsName() {
        assertEquals(ModelDescription.SETTINGS.list().size() + TrainingConfig.TRAINING_SETTINGS.list().size(),
                TrainingConfig.SETTINGS.list().size());
        assertTrue(TrainingConfig.SETTINGS.names().containsAll(java.util.List.of("crop-size", "batch-size",
                "learning-rate", "l1-weight", "generator-loss", "d-mask-channel", "grey-probability", "ema-decay")));
        for (Setting<?> s : TrainingConfig.SETTINGS) {
            assertTrue(!s.help().isEmpty(), s.name() + " has help");
        }
    }

    @Test
    void badValuesAreNamedWithTheirRange() {
        TrainingConfig d = TrainingConfig.defaults();
        assertEquals("batch-size must be in [1, 4096], got 0",
                assertThrows(SettingException.class, () -> d.with(TrainingConfig.BATCH_SIZE, 0)).getMessage());
        assertEquals("beta1 must be >= 0 and < 1, got 1.0",
                assertThrows(SettingException.class, () -> d.with(TrainingConfig.BETA1, 1.0)).getMessage());
        assertEquals("threads must be in [1, " + Threads.max() + "] (4 × the " + Threads.available()
                        + " available processors, at least 8), got 0",
                assertThrows(SettingException.class, () -> d.withThreads(0)).getMessage());
        assertEquals("keep must be >= 1, got 0",
                assertThrows(SettingException.class, () -> d.with(TrainingConfig.KEEP, 0)).getMessage());
        assertEquals("crop-size must be at least 2^d-layers = 32, got 16",
                assertThrows(IllegalArgumentException.class, () -> d.with(ModelDescription.CROP_SIZE, 16)
                        .with(DiscriminatorConfig.LAYERS, 5)).getMessage());
        assertEquals("grey-probability must be in [0, 1], got 1.5",
                assertThrows(SettingException.class, () -> d.with(TrainingConfig.GREY_PROBABILITY, 1.5)).getMessage());
        assertEquals("ema-decay must be >= 0 and < 1, got 1.0",
                assertThrows(SettingException.class, () -> d.with(TrainingConfig.EMA_DECAY, 1.0)).getMessage());
        assertEquals("r1-every must be in [1, 1000], got 0",
                assertThrows(SettingException.class, () -> d.with(TrainingConfig.R1_EVERY, 0)).getMessage());
        assertEquals("feature-matching-weight must be >= 0, got -1.0",
                assertThrows(SettingException.class, () -> d.with(TrainingConfig.FEATURE_MATCHING_WEIGHT, -1.0))
                        .getMessage());
        assertEquals("width must be in [4, 256], got 2",
                assertThrows(SettingException.class, () -> new GeneratorConfig(2, 3, false,
                        GeneratorConfig.BOTTLENECK.defaultValue().orElseThrow(), 4)).getMessage());
    }

    @Test
    void resumingMayChangeOnlyRunControl() {
        TrainingConfig stored = TrainingConfig.defaults();
        stored.withSteps(9000).withThreads(2).with(TrainingConfig.KEEP, 9).with(TrainingConfig.LOG_EVERY, 7)
                .with(TrainingConfig.CHECKPOINT_EVERY, 100).requireResumableFrom(stored);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> stored.with(TrainingConfig.SEED, 1L).with(TrainingConfig.L1_WEIGHT, 10.0)
                        .requireResumableFrom(stored));
        assertEquals("cannot resume: the checkpoint was trained with a different l1-weight (checkpoint 5.0, now 10.0),"
                + " seed (checkpoint 42, now 1)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> stored.with(ModelDescription.CROP_SIZE, 32).requireResumableFrom(stored));
        assertEquals("cannot resume: the checkpoint was trained with a different crop-size (checkpoint 64, now 32)",
                e.getMessage());
    }

    /** Every setting but the model's is written as text and read back to an equal configuration. */
    @Test
    void settingsSurviveATextRoundTrip() {
        TrainingConfig c = TrainingConfig.defaults().with(TrainingConfig.SEED, -7_000_000_000L)
                .with(TrainingConfig.BATCH_SIZE, 8).with(TrainingConfig.MASKS, new MaskMix(0, 1, 2, 0, 0.5))
                .with(TrainingConfig.GUIDE_PROBABILITY, 0.5).with(TrainingConfig.GREY_PROBABILITY, 0.2)
                .with(TrainingConfig.LEARNING_RATE, 3e-4).with(TrainingConfig.BETA1, 0.2)
                .with(TrainingConfig.EMA_DECAY, 0.999).with(TrainingConfig.GENERATOR_LOSS, GeneratorLossForm.SATURATING)
                .with(TrainingConfig.L1_WEIGHT, 0.5).with(TrainingConfig.KNOWN_L1_WEIGHT, 10.0)
                .with(TrainingConfig.DISCRIMINATOR_TARGET, DiscriminatorTarget.HOLE)
                .with(TrainingConfig.FEATURE_MATCHING_WEIGHT, 10.0).with(TrainingConfig.PERCEPTUAL_WEIGHT, 2.5)
                .with(TrainingConfig.R1_WEIGHT, 0.1).with(TrainingConfig.R1_EVERY, 8)
                .with(TrainingConfig.AUGMENTATION, Augmentation.parse("translation,cutout"))
                .with(TrainingConfig.STEPS, 123).with(TrainingConfig.VALIDATION_CROPS, 7);
        Map<String, String> text = c.settings();
        assertEquals("saturating", text.get("generator-loss"));
        assertEquals("hole", text.get("discriminator-target"));
        assertEquals("translation,cutout", text.get("augmentation"));
        assertEquals("rectangles=0.0,strokes=1.0,wide=2.0,scratches=0.0,text=0.5", text.get("masks"));
        assertTrue(!text.containsKey("crop-size") && !text.containsKey("width"), "the model is not provenance");
        assertEquals(c, TrainingConfig.fromSettings(c.model(), text));
    }

    /**
     * A checkpoint written before a setting existed lacks it: it reads as its default. One written by
     * a later version may hold settings this one does not know: they are ignored. The thread count
     * is where the run ran, never taken back (a checkpoint of 4096 threads resumes on 2 cores).
     */
    @Test
    void missingSettingsTakeTheirDefaultsUnknownOnesAndThreadsAreIgnored() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("batch-size", "4");
        text.put("threads", "4096");
        text.put("some-future-setting", "on");
        TrainingConfig read = TrainingConfig.fromSettings(ModelDescription.defaults(), text);
        assertEquals(TrainingConfig.defaults().with(TrainingConfig.BATCH_SIZE, 4), read);
        assertEquals(TorchRuntime.defaultThreads(), read.threads());
    }

    /** Format 2 wrote camel-case names (its enums are turned to words when the file is read). */
    @Test
    void camelCaseNamesAreRead() {
        Map<String, String> text = Map.of("generatorLoss", "non-saturating", "l1Weight", "100.0", "learningRate",
                "2.0E-4", "masks", "rectangles=0.2,strokes=0.25,wide=0.3,scratches=0.15,text=0.1", "steps", "28000",
                "batchSize", "8");
        TrainingConfig read = TrainingConfig.fromSettings(ModelDescription.defaults(), text);
        assertEquals(GeneratorLossForm.NON_SATURATING, read.losses().generatorLoss());
        assertEquals(100.0, read.losses().l1Weight());
        assertEquals(MaskMix.defaults(), read.data().masks());
        assertEquals(28000, read.schedule().steps());
        assertEquals(8, read.data().batchSize());
    }

    @Test
    void aBadSettingTextIsNamed() {
        SettingException e = assertThrows(SettingException.class,
                () -> TrainingConfig.fromSettings(ModelDescription.defaults(), Map.of("generator-loss", "gentle")));
        assertEquals("generator-loss must be one of non-saturating, saturating, got 'gentle'", e.getMessage());
        e = assertThrows(SettingException.class,
                () -> TrainingConfig.fromSettings(ModelDescription.defaults(), Map.of("batchSize", "0")));
        assertEquals("batch-size must be in [1, 4096], got 0", e.getMessage());
        e = assertThrows(SettingException.class,
                () -> TrainingConfig.fromSettings(ModelDescription.defaults(), Map.of("seed", "4.5")));
        assertEquals("seed must be a whole number, got '4.5'", e.getMessage());
    }
}
