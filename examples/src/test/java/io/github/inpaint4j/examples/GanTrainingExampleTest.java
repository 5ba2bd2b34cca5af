package io.github.inpaint4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.model.Bottleneck;
import io.github.inpaint4j.gan.model.DiscriminatorConfig;
import io.github.inpaint4j.gan.model.GeneratorConfig;
import io.github.inpaint4j.gan.model.ModelDescription;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GanTrainingExampleTest {

    @Test
    void trainsThenComparesWithTeleaOnHeldOutCrops(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path heldOut = Files.createDirectories(dir.resolve("held-out"));
        for (int i = 0; i < 4; i++) {
            ImageFiles.write(SyntheticImages.stripes(32, 24, 4 + i), data.resolve("s" + i + ".png"), false);
        }
        ImageFiles.write(SyntheticImages.gradient(40, 30), heldOut.resolve("g.png"), false);
        TrainingConfig d = TrainingConfig.defaults();
        TrainingConfig config = d.withModel(new ModelDescription(16, new GeneratorConfig(8, 2, false, Bottleneck.FOURIER,
                        1), new DiscriminatorConfig(8, 2)))
                .withData(d.data().withBatchSize(4)).withSteps(3)
                .withValidation(new TrainingConfig.Validation(0.1, 5)).withThreads(1);
        RgbImage picture = SyntheticImages.gradient(48, 40);
        Mask mask = Mask.fromRectangles(48, 40, new Rect(20, 15, 8, 8));

        GanTrainingExample.Result r = GanTrainingExample.run(data, heldOut, dir.resolve("run"), config, picture, mask);

        assertEquals(3, r.training().step());
        assertTrue(Double.isFinite(r.ganHolePsnr()) && Double.isFinite(r.teleaHolePsnr()), r.toString());
        assertTrue(r.teleaHolePsnr() > 20, "Telea on smooth gradients: " + r.teleaHolePsnr());
        assertEquals(4 * 16 + 3 * 2, r.heldOutGrid().width());
        assertEquals(4 * 16 + 3 * 2, r.heldOutGrid().height());
        InpainterContractTest.assertKnownPixelsUnchanged(picture, mask, r.ganFill());
        InpainterContractTest.assertKnownPixelsUnchanged(picture, mask, r.teleaFill());
        assertTrue(r.imagesPerSecond() > 0);
    }
}
