package io.github.inpaint4j.gan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The passes of one window, with a stand-in generator (no network): what each pass sees and what is pasted. */
class CoarseToFineTest {

    /** The geometry of the default model (64-pixel crops) with a budget of 128 × 128 pixels per run. */
    private static final CoarseToFine PASSES = new CoarseToFine(64, 16, 128 * 128, 32);

    /** Every input the stand-in generator was given. */
    private final List<InpaintingInput> runs = new ArrayList<>();

    /**
     * Fills each hole pixel with its guide, or in the first pass with the line that fits the row's
     * known samples (exact on a picture linear along its rows); records what it saw.
     */
    private final Function<InpaintingInput, RgbImage> standIn = in -> {
        runs.add(in);
        return in.guide() == null ? continueRows(in) : TilesTest.copyGuideIntoHoles(in);
    };

    private RgbImage fill(RgbImage picture, Mask mask, CoarseToFine passes) {
        Canvas canvas = new Canvas(picture, mask);
        for (HoleWindows.Window w : HoleWindows.plan(mask, passes.minSide(), passes.margin(), passes.margin())) {
            passes.fill(canvas, w, standIn, pixels -> { }, CancellationToken.NONE);
        }
        return canvas.toImage();
    }

    /**
     * The memory bound: the generator never sees more than the budget, and the work of one
     * hole is the same in a picture 4× and 16× as large.
     */
    @Test
    void theWorkOfAHoleDoesNotGrowWithThePicture() {
        int[] widths = {700, 1400, 2800};
        long[] pixels = new long[widths.length];
        for (int i = 0; i < widths.length; i++) {
            int width = widths[i];
            runs.clear();
            // depth 65: scale 8, a 512 × 512 window
            Mask mask = Mask.fromRectangles(width, 700, new Rect(width / 2 - 75, 300, 150, 130));
            fill(RgbImage.filled(width, 700, 0.1f, 0.2f, 0.3f), mask, PASSES);
            for (InpaintingInput in : runs) {
                assertTrue(in.image().pixelCount() <= 128 * 128, in.image().width() + "×" + in.image().height());
                pixels[i] += in.image().pixelCount();
            }
        }
        assertEquals(pixels[0], pixels[1], "1400 × 700 against 700 × 700");
        assertEquals(pixels[0], pixels[2], "2800 × 700 against 700 × 700");
    }

    /**
     * Passes on the whole window while it fits the budget; beyond, on the hole with as much
     * context as it is deep, each part inside the one before and holding every hole pixel.
     */
    @Test
    void finerPassesWorkOnTheHoleAndItsNearbyContext() {
        // a 300×260 hole in a 2400×2400 picture: depth 130, scale 16, window 1024 × 1024
        Mask mask = Mask.fromRectangles(2400, 2400, new Rect(1050, 800, 300, 260));
        HoleWindows.Window window = HoleWindows.plan(mask, 64, 16, 16).get(0);
        assertEquals(16, window.scale());
        assertEquals(130, window.depth());
        assertEquals(new Rect(688, 418, 1024, 1024), window.area());
        List<Rect> areas = new ArrayList<>();
        Rect outer = null;
        for (int f = 16; f >= 1; f /= 2) {
            outer = PASSES.area(2400, 2400, window, f, outer);
            areas.add(outer);
        }
        Rect own = new Rect(1050 - 130, 800 - 130, 300 + 260, 260 + 260);
        assertEquals(List.of(window.area(), window.area(), own, own, own), areas,
                "1024/16 = 64 and 1024/8 = 128 fit 128², 1024/4 = 256 does not");
        for (Rect a : areas) {
            assertTrue(a.x() <= 1050 && a.endX() >= 1350 && a.y() <= 800 && a.endY() >= 1060, a.toString());
        }
    }

    /** What the passes report adds up to their work, known before they start: the progress of a fill. */
    @Test
    void theProgressAddsUpToTheWork() {
        Mask mask = Mask.fromRectangles(1500, 1000, new Rect(500, 300, 300, 260), new Rect(1200, 100, 3, 700),
                new Rect(100, 900, 40, 40));
        Canvas canvas = new Canvas(RgbImage.filled(1500, 1000, 0.1f, 0.2f, 0.3f), mask);
        for (HoleWindows.Window w : HoleWindows.plan(mask, 64, 16, 16)) {
            long[] done = {0};
            PASSES.fill(canvas, w, standIn, pixels -> done[0] += pixels, CancellationToken.NONE);
            assertEquals(PASSES.work(1500, 1000, w), done[0], w.toString());
        }
    }

    /**
     * Each pass is guided by the pass before, taken from where it lies in the picture: on a picture
     * linear in x and y, the first pass continues it exactly and every later pass copies its
     * guide, so the hole comes out linear too — through smaller parts of the window and tiles.
     */
    @Test
    void everyPassIsGuidedByThePassBeforeFromTheSamePlace() {
        int width = 1600;
        int height = 900;
        float[] s = new float[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                s[y * width + x] = ramp(x, width);
                s[width * height + y * width + x] = ramp(y, height);
                s[2 * width * height + y * width + x] = 0.5f;
            }
        }
        RgbImage picture = RgbImage.fromPlanar(width, height, s);
        Mask mask = Mask.fromRectangles(width, height, new Rect(700, 300, 280, 280));
        RgbImage out = fill(picture, mask, PASSES);
        assertTrue(runs.size() > 5, "tiles of the finer passes: " + runs.size());
        assertEquals(null, runs.get(0).guide(), "the first pass has no guide");
        assertTrue(runs.subList(1, runs.size()).stream().allMatch(in -> in.guide() != null));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float tolerance = mask.isHole(x, y) ? 1e-4f : 0f;
                assertEquals(picture.get(x, y, 0), out.get(x, y, 0), tolerance, "(" + x + ", " + y + ")");
                assertEquals(picture.get(x, y, 1), out.get(x, y, 1), tolerance, "(" + x + ", " + y + ")");
            }
        }
    }

    private static float ramp(int v, int length) {
        return 0.1f + 0.8f * (v + 0.5f) / length;
    }

    /** {@code in} with the hole samples of each row on the least-squares line through the row's known samples. */
    private static RgbImage continueRows(InpaintingInput in) {
        int w = in.image().width();
        int h = in.image().height();
        float[] s = in.image().toPlanar();
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            for (int y = 0; y < h; y++) {
                double n = 0;
                double sx = 0;
                double sv = 0;
                double sxx = 0;
                double sxv = 0;
                for (int x = 0; x < w; x++) {
                    if (!in.mask().isHole(x, y)) {
                        double v = s[c * w * h + y * w + x];
                        n++;
                        sx += x;
                        sv += v;
                        sxx += (double) x * x;
                        sxv += x * v;
                    }
                }
                double slope = (n * sxv - sx * sv) / (n * sxx - sx * sx);
                double intercept = (sv - slope * sx) / n;
                for (int x = 0; x < w; x++) {
                    if (in.mask().isHole(x, y)) {
                        s[c * w * h + y * w + x] = (float) (intercept + slope * x);
                    }
                }
            }
        }
        return RgbImage.fromPlanar(w, h, s);
    }
}
