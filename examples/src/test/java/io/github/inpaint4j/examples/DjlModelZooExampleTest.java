package io.github.inpaint4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.djl.modality.cv.Image;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.DjlImages;
import io.github.inpaint4j.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

/**
 * The consumer's view of the model zoo, from outside the gan module: this module's class path holds
 * the published artifacts (the gan jar with its services file and default model), and the example
 * finds the model through {@code Criteria} alone.
 */
class DjlModelZooExampleTest {

    @Test
    void criteriaFindsTheGanAndFillsOnlyTheHoles() throws Exception {
        RgbImage picture = SyntheticImages.gradient(120, 90);
        Mask holes = Mask.fromRectangles(120, 90, new Rect(40, 30, 30, 24));
        Image mask = DjlImages.toImage(holes.paint(RgbImage.filled(120, 90, 0, 0, 0), 1, 1, 1));
        RgbImage filled = DjlImages.toRgbImage(DjlModelZooExample.run(DjlImages.toImage(picture), mask));
        RgbImage eightBit = DjlImages.toRgbImage(DjlImages.toImage(picture));
        for (int y = 0; y < 90; y++) {
            for (int x = 0; x < 120; x++) {
                if (!holes.isHole(x, y)) {
                    for (int c = 0; c < RgbImage.CHANNELS; c++) {
                        assertEquals(eightBit.get(x, y, c), filled.get(x, y, c), "(" + x + ", " + y + ")");
                    }
                }
            }
        }
        assertNotEquals(eightBit, filled, "the hole is filled");
    }
}
