package io.github.inpaint4j.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.internal.WindowedFill;
import io.github.inpaint4j.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

/** The default model on pictures larger than its windows: windows, smaller finer passes and tiles against the whole picture. */
class PhotoSizeTest {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    /** A disc of radius 48 at (180, 200): depth 34, filled coarse to fine from a quarter of the resolution. */
    static final Mask DISC = disc(WIDTH, HEIGHT, 180, 200, 48);

    /** The small holes far away from the disc: a scratch on the right and a dot at the bottom. */
    static final Mask FAR = Mask.fromRectangles(WIDTH, HEIGHT, new Rect(480, 400, 140, 3), new Rect(600, 60, 5, 5));
    /** A budget small enough for the disc's finer passes to be cut to the hole and tiled. */
    static final long SMALL_BUDGET = 96 * 96;

    /**
     * A hole's fill depends on its window only: other holes and other content far away leave it
     * the same, bit for bit, with the default budget and with a small one.
     */
    @Test
    void aHoleFarFromOthersIsFilledAsIfAlone() {
        GanInpainter gan = DefaultModelContractTest.defaultModel();
        RgbImage picture = picture(WIDTH, HEIGHT);
        // the same picture with noise from x = 460 on, 232 pixels right of the disc
        float[] s = picture.toPlanar();
        float[] noise = SyntheticImages.noise(WIDTH, HEIGHT, 3).toPlanar();
        for (int i = 0; i < s.length; i++) {
            if (i % WIDTH >= 460) {
                s[i] = noise[i];
            }
        }
        RgbImage elsewhere = RgbImage.fromPlanar(WIDTH, HEIGHT, s);
        Mask all = DISC.union(FAR);
        for (long budget : new long[] {WindowedFill.TILE_PIXELS, SMALL_BUDGET}) {
            RgbImage alone = fill(gan, picture, DISC, budget);
            RgbImage withOthers = fill(gan, elsewhere, all, budget);
            assertEquals(0, diff(alone, withOthers, DISC)[1], "budget " + budget);
        }
    }

    /**
     * Finer passes cut to the hole and tiled stay close to passes over the whole window (what a
     * budget large enough gives), and as close to the original picture. Measured with the default
     * model: 0.056 apart on average and 0.32 at most (samples in [0, 1]; 0.022 and 0.16 with the
     * model before issue 18's stages 2 and 3, whose refining passes leaned less on what they see),
     * 0.076 and 0.077 from the original.
     */
    @Test
    void smallerPassesAndTilesStayCloseToPassesOverTheWholeWindow() {
        GanInpainter gan = DefaultModelContractTest.defaultModel();
        RgbImage picture = picture(WIDTH, HEIGHT);
        RgbImage window = fill(gan, picture, DISC, Long.MAX_VALUE);
        RgbImage tiled = fill(gan, picture, DISC, SMALL_BUDGET);
        double[] d = diff(tiled, window, DISC);
        assertTrue(d[0] < 0.08 && d[1] < 0.45, "mean and largest difference " + d[0] + ", " + d[1]);
        double windowError = diff(window, picture, DISC)[0];
        double tiledError = diff(tiled, picture, DISC)[0];
        assertTrue(tiledError < 1.1 * windowError, "errors " + tiledError + " against " + windowError);
    }

    /**
     * The comparison: a windowed fill against the fill of the whole picture at once (every
     * pass over the whole picture). They are not equal: the generator normalises its features over
     * what it sees, so its coarse pass lays the hole out a little differently from a 64 × 64 view of
     * the window than from a 160 × 120 view of the whole picture. Measured with the default model:
     * 0.126 apart on average and 0.53 at most, the windowed fill the closer to the original (0.076
     * against 0.138; the model before issue 18's stages 2 and 3: 0.071 apart, 0.087 and 0.088):
     * within 0.16 on average, and no worse than 10 % further from the original.
     */
    @Test
    void aWindowedFillIsCloseToTheWholePictureFill() {
        GanInpainter gan = DefaultModelContractTest.defaultModel();
        RgbImage picture = picture(WIDTH, HEIGHT);
        Mask all = DISC.union(FAR);
        RgbImage whole = gan.wholePictureFill(picture, all);
        RgbImage windowed = fill(gan, picture, all, SMALL_BUDGET);
        double[] d = diff(windowed, whole, DISC);
        assertTrue(d[0] < 0.16, "mean and largest difference " + d[0] + ", " + d[1]);
        double wholeError = diff(whole, picture, DISC)[0];
        double windowedError = diff(windowed, picture, DISC)[0];
        assertTrue(windowedError < 1.1 * wholeError, "errors " + windowedError + " against " + wholeError);
    }

    private static RgbImage fill(GanInpainter gan, RgbImage picture, Mask mask, long budget) {
        return gan.inpaint(picture, mask, ProgressListener.NONE, CancellationToken.NONE, gan.windowedFill(budget));
    }

    /** The mean and the largest absolute difference of two pictures' samples in {@code where}. */
    static double[] diff(RgbImage a, RgbImage b, Mask where) {
        double sum = 0;
        double max = 0;
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                if (where.isHole(x, y)) {
                    for (int c = 0; c < RgbImage.CHANNELS; c++) {
                        double d = Math.abs(a.get(x, y, c) - b.get(x, y, c));
                        sum += d;
                        max = Math.max(max, d);
                    }
                }
            }
        }
        return new double[] {sum / (RgbImage.CHANNELS * where.holeCount()), max};
    }

    /** A smooth gradient under soft waves of two periods: structure the generator has to continue. */
    static RgbImage picture(int width, int height) {
        RgbImage gradient = SyntheticImages.gradient(width, height);
        float[] s = gradient.toPlanar();
        int plane = width * height;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double wave = 0.12 * Math.sin(x / 9.0) * Math.cos(y / 23.0) + 0.06 * Math.sin((x + 2 * y) / 5.0);
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    s[c * plane + y * width + x] = (float) Math.min(1, Math.max(0, s[c * plane + y * width + x] + wave));
                }
            }
        }
        return RgbImage.fromPlanar(width, height, s);
    }

    static Mask disc(int width, int height, int cx, int cy, int r) {
        boolean[] hole = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                hole[y * width + x] = (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
            }
        }
        return Mask.of(width, height, hole);
    }
}
