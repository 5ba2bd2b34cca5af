package io.github.inpaint4j.gan.data;

import io.github.inpaint4j.masks.FreeFormMaskGenerator;
import io.github.inpaint4j.masks.MaskGenerator;
import io.github.inpaint4j.masks.RectangleMaskGenerator;
import java.util.List;

/** The holes the GAN is trained on. */
public final class TrainingMasks {

    private TrainingMasks() {
    }

    /**
     * Half rectangles, their sides a quarter to a half of the crop's at a random place (Context
     * Encoders' random-region holes), half free-form brush strokes covering 10 % to 40 % of the
     * crop (DeepFill v2's recipe).
     */
    public static MaskGenerator defaults() {
        return MaskGenerator.oneOf(List.of(RectangleMaskGenerator.random(0.25, 0.5),
                FreeFormMaskGenerator.deepFillV2()));
    }
}
