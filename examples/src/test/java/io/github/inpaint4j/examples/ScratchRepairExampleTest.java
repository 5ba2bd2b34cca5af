package io.github.inpaint4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import org.junit.jupiter.api.Test;

class ScratchRepairExampleTest {

    @Test
    void repairIsMuchCloserToTheOriginalThanTheDamage() {
        RgbImage original = SyntheticImages.gradient(96, 64);
        ScratchRepairExample.Result result = ScratchRepairExample.run(original, 3);
        assertTrue(result.scratches().holeCount() > 0);
        InpainterContractTest.assertKnownPixelsUnchanged(result.damaged(), result.scratches(), result.repaired());
        assertTrue(result.repairedPsnr() > result.damagedPsnr() + 20,
                "damaged " + result.damagedPsnr() + " dB, repaired " + result.repairedPsnr() + " dB");
        assertTrue(result.repairedSsim() > 0.99, "SSIM " + result.repairedSsim());
    }

    @Test
    void sideBySideLaysPicturesOut() {
        RgbImage a = RgbImage.filled(3, 2, 0, 0, 0);
        RgbImage b = RgbImage.filled(2, 4, 0.5f, 0.5f, 0.5f);
        RgbImage both = ExampleImages.sideBySide(1, a, b);
        assertTrue(both.width() == 6 && both.height() == 4);
        assertTrue(both.get(2, 1, 0) == 0f && both.get(3, 0, 0) == 1f && both.get(4, 3, 2) == 0.5f
                && both.get(0, 3, 1) == 1f);
    }
}
