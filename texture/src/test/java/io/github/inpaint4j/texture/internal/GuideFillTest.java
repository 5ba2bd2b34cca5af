package io.github.inpaint4j.texture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.texture.TeleaInpainter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuideFillTest {

    @Test
    void largePicturesAreGuidedFromACopyShrunkByAPowerOfTwo() {
        assertEquals(2, GuideFill.factorFor(6, 6));
        assertEquals(2, GuideFill.factorFor(2048, 2048));
        assertEquals(4, GuideFill.factorFor(2049, 2048));
        assertEquals(4, GuideFill.factorFor(4000, 3000));
        assertEquals(8, GuideFill.factorFor(8000, 6000));
    }

    /**
     * A 1200×1000 gradient is guided at 600×500: the guide's fill (Telea's, of a smooth gradient)
     * comes back at full size close to the gradient, and known pixels are the picture's own.
     */
    @Test
    void aShrunkGuideIsBroughtBackToThePicturesSize() {
        RgbImage gradient = SyntheticImages.gradient(1200, 1000);
        Mask hole = Mask.fromRectangles(1200, 1000, new Rect(500, 400, 120, 90));
        List<Double> progress = new ArrayList<>();
        GuideFill fill = GuideFill.compute(new TeleaInpainter(), gradient, hole, progress::add, CancellationToken.NONE);
        assertEquals(1.0, progress.get(progress.size() - 1));
        Rect box = new Rect(480, 380, 160, 130);
        float[] crop = fill.crop(box, gradient.toPlanar(), hole.toArray(), 1200, 1000);
        int n = box.width() * box.height();
        double worst = 0;
        for (int y = 0; y < box.height(); y++) {
            for (int x = 0; x < box.width(); x++) {
                int px = box.x() + x;
                int py = box.y() + y;
                for (int c = 0; c < 3; c++) {
                    float got = crop[c * n + y * box.width() + x];
                    if (!hole.isHole(px, py)) {
                        assertEquals(gradient.get(px, py, c), got, "known pixel (" + px + ", " + py + ")");
                    } else {
                        worst = Math.max(worst, Math.abs(gradient.get(px, py, c) - got));
                    }
                }
            }
        }
        // Telea's fill of a linear gradient strays by a few hundredths itself; a guide taken from the
        // wrong place or at the wrong scale would be off by tenths
        assertTrue(worst < 0.05, "worst " + worst);
    }
}
