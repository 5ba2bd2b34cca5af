package io.github.inpaint4j.gan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TilesTest {

    /** Each tile within the budget, the cores a partition, each input its core plus the overlap inside the picture. */
    @Test
    void tilesStayWithinTheBudgetAndTheirCoresCoverEveryPixelOnce() {
        int[][] cases = {{1000, 700, 40_000, 16}, {5000, 64, 40_000, 16}, {64, 5000, 40_000, 16}, {201, 200, 40_000, 16},
            {4000, 3000, 262_144, 32}, {90, 90, 81, 4}, {300, 7, 100, 0}};
        for (int[] c : cases) {
            int width = c[0];
            int height = c[1];
            List<Tiles.Tile> tiles = Tiles.of(width, height, c[2], c[3]);
            int[] cover = new int[width * height];
            for (Tiles.Tile t : tiles) {
                Rect in = t.input();
                Rect core = t.core();
                assertTrue(in.area() <= c[2], in + " over the budget " + c[2]);
                assertEquals(Math.max(0, core.x() - c[3]), in.x());
                assertEquals(Math.max(0, core.y() - c[3]), in.y());
                assertEquals(Math.min(width, core.endX() + c[3]), in.endX());
                assertEquals(Math.min(height, core.endY() + c[3]), in.endY());
                for (int y = core.y(); y < core.endY(); y++) {
                    for (int x = core.x(); x < core.endX(); x++) {
                        cover[y * width + x]++;
                    }
                }
            }
            for (int i = 0; i < cover.length; i++) {
                assertEquals(1, cover[i], "pixel " + i + " of " + width + "×" + height);
            }
        }
        assertEquals(1, Tiles.of(512, 512, 512 * 512, 32).size(), "a pass within the budget is one run");
        assertEquals(List.of(new Tiles.Tile(new Rect(0, 0, 4000, 60), new Rect(0, 0, 4000, 60))),
                Tiles.of(4000, 60, 262_144, 32), "a long strip within the budget is one run too");
    }

    @Test
    void aBudgetTooSmallForTheOverlapIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tiles.of(100, 100, 64, 4));
        assertEquals("tiles need overlap >= 0 and budget >= (2 · overlap + 1)², got overlap 4 and budget 64",
                e.getMessage());
    }

    /** Within the budget the generator's own answer comes back, untouched. */
    @Test
    void onePassWithinTheBudgetIsTheGeneratorsAnswer() {
        RgbImage image = SyntheticImages.gradient(40, 30);
        InpaintingInput input = new InpaintingInput(image, Mask.fromRectangles(40, 30, new Rect(10, 10, 5, 5)));
        RgbImage answer = RgbImage.filled(40, 30, 0.5f, 0.5f, 0.5f);
        assertSame(answer, Tiles.fill(input, 40 * 30, 4, in -> answer, pixels -> { }, CancellationToken.NONE));
    }

    /**
     * A generator that fills each hole pixel with a function of its place in the picture gives that
     * function back through the tiles (to rounding): the tiles are put back where they were cut
     * from, and blending equal values changes nothing. Known pixels are the input's; tiles whose
     * core has no hole are not run.
     */
    @Test
    void tilesArePutBackWhereTheyWereCut() {
        int width = 300;
        int height = 200;
        RgbImage image = SyntheticImages.noise(width, height, 5);
        RgbImage guide = SyntheticImages.gradient(width, height);
        Mask mask = Mask.fromRectangles(width, height, new Rect(20, 30, 200, 120));
        List<Rect> runs = new ArrayList<>();
        RgbImage out = Tiles.fill(new InpaintingInput(image, mask, guide), 60 * 60, 8, in -> {
            runs.add(new Rect(0, 0, in.image().width(), in.image().height()));
            return copyGuideIntoHoles(in);
        }, pixels -> { }, CancellationToken.NONE);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                RgbImage expected = mask.isHole(x, y) ? guide : image;
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    if (mask.isHole(x, y)) {
                        assertEquals(expected.get(x, y, c), out.get(x, y, c), 1e-6f, "(" + x + ", " + y + ")");
                    } else {
                        assertEquals(expected.get(x, y, c), out.get(x, y, c), "(" + x + ", " + y + ")");
                    }
                }
            }
        }
        List<Tiles.Tile> all = Tiles.of(width, height, 60 * 60, 8);
        long withHoles = all.stream().filter(t -> t.core().x() < 220 && t.core().endX() > 20 && t.core().y() < 150
                && t.core().endY() > 30).count();
        assertEquals(withHoles, runs.size(), "only the tiles with a hole in their core run");
        assertTrue(runs.size() < all.size());
        assertTrue(runs.stream().allMatch(r -> r.area() <= 60 * 60));
    }

    /**
     * Where two tiles disagree, the overlap blends them: a generator that fills each tile with one
     * grey of its own gives, across the border between two cores, values that move by steps of at
     * most one over the overlap's width, not a jump.
     */
    @Test
    void neighbouringTilesBlendAcrossTheirOverlap() {
        int width = 200;
        int height = 40;
        RgbImage image = RgbImage.filled(width, height, 0f, 0f, 0f);
        Mask mask = Mask.full(width, height);
        int[] run = {0};
        RgbImage out = Tiles.fill(new InpaintingInput(image, mask), 120 * 40, 10, in -> {
            float grey = run[0]++ % 2 == 0 ? 0.2f : 0.8f;
            int w = in.image().width();
            int h = in.image().height();
            return RgbImage.filled(w, h, grey, grey, grey);
        }, pixels -> { }, CancellationToken.NONE);
        assertEquals(2, run[0]);
        float left = out.get(0, 20, 0);
        float right = out.get(width - 1, 20, 0);
        assertEquals(0.2f, left, 1e-6f);
        assertEquals(0.8f, right, 1e-6f);
        float step = 0;
        for (int x = 1; x < width; x++) {
            step = Math.max(step, Math.abs(out.get(x, 20, 0) - out.get(x - 1, 20, 0)));
        }
        assertTrue(step < 0.6f / 10, "largest step between neighbours " + step);
    }

    @Test
    void aCancelledFillStopsBeforeTheNextTile() {
        RgbImage image = RgbImage.filled(200, 40, 0f, 0f, 0f);
        Mask mask = Mask.full(200, 40);
        CancellationToken cancel = CancellationToken.create();
        int[] runs = {0};
        assertThrows(InpaintingCancelledException.class, () -> Tiles.fill(new InpaintingInput(image, mask),
                60 * 40, 4, in -> {
                    runs[0]++;
                    cancel.cancel();
                    return in.image();
                }, pixels -> { }, cancel));
        assertEquals(1, runs[0]);
    }

    /** The input with its hole samples taken from its guide. */
    static RgbImage copyGuideIntoHoles(InpaintingInput in) {
        float[] s = in.image().toPlanar();
        float[] g = in.guide().toPlanar();
        int plane = in.image().pixelCount();
        for (int i = 0; i < plane; i++) {
            if (in.mask().isHole(i)) {
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    s[c * plane + i] = g[c * plane + i];
                }
            }
        }
        return RgbImage.fromPlanar(in.image().width(), in.image().height(), s);
    }
}
