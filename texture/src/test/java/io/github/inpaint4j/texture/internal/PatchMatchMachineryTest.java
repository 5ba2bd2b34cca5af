package io.github.inpaint4j.texture.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces of the PatchMatch completion against hand-computed answers. */
class PatchMatchMachineryTest {

    @Test
    void componentsAreEightConnected() {
        Mask mask = Mask.fromRectangles(20, 10, new Rect(1, 1, 3, 2), new Rect(4, 3, 2, 2), new Rect(12, 5, 1, 1));
        assertEquals(List.of(new HoleRegions.Component(new Rect(1, 1, 5, 4), 10),
                new HoleRegions.Component(new Rect(12, 5, 1, 1), 1)), HoleRegions.components(20, 10, mask.toArray()));
    }

    @Test
    void boxesSharingABlockMergeUntilNoneDo() {
        // The first two share block (0, 0); their union then meets the third in block (2, 0).
        List<Rect> merged = HoleRegions.merge(100, 50, List.of(new Rect(0, 0, 5, 5), new Rect(10, 10, 25, 3),
                new Rect(36, 0, 4, 4), new Rect(80, 40, 5, 5)));
        assertEquals(List.of(new Rect(0, 0, 40, 13), new Rect(80, 40, 5, 5)), merged);
    }

    /** A margin of max(minimum, the component's longer side), clipped; far components stay apart. */
    @Test
    void regionsHoldEachHoleWithItsContext() {
        int w = 400;
        int h = 300;
        Mask mask = Mask.fromRectangles(w, h, new Rect(50, 40, 20, 10), new Rect(300, 250, 4, 4));
        boolean[] sources = new boolean[w * h];
        Arrays.fill(sources, true);
        List<Rect> regions = HoleRegions.of(w, h, mask.toArray(), sources, 3, 21);
        assertEquals(List.of(new Rect(29, 19, 62, 52), new Rect(279, 229, 46, 46)), regions);
    }

    /** A region without a source patch doubles the margins until it holds one. */
    @Test
    void aRegionWithoutSourcesGrows() {
        int w = 200;
        int h = 100;
        Mask mask = Mask.fromRectangles(w, h, new Rect(20, 40, 10, 10));
        boolean[] sources = new boolean[w * h];
        sources[50 * w + 150] = true;
        List<Rect> regions = HoleRegions.of(w, h, mask.toArray(), sources, 3, 10);
        assertEquals(1, regions.size());
        Rect r = regions.get(0);
        assertTrue(r.contains(150, 50) && r.x() + 3 <= 150 && r.endX() - 3 > 150, r.toString());
    }

    @Test
    void coarserLevelAveragesKnownPixelsOnlyAndKeepsHolesConservative() {
        // 4×2 picture: columns 0..3 have red 0.2, 0.4, 0.6, 0.8; pixel (2, 0) is a hole holding 1.0.
        int w = 4;
        int h = 2;
        float[] planar = new float[3 * w * h];
        boolean[] hole = new boolean[w * h];
        boolean[] copyable = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                planar[y * w + x] = 0.2f * (x + 1);
                copyable[y * w + x] = true;
            }
        }
        planar[2] = 1f;
        hole[2] = true;
        copyable[2] = false;
        PyramidLevel fine = PyramidLevel.finest(w, h, 1, planar, null, hole, copyable, 2);
        PyramidLevel coarse = fine.coarser(5f);
        assertEquals(2, coarse.width);
        assertEquals(1, coarse.height);
        // Coarse (0, 0): taps 3, 3, 1 on columns 0..2 (column -1 is outside); the hole (2, 0) is left
        // out of row 0: row 0: (3·0.2 + 3·0.4) / 6, row 1: (3·0.2 + 3·0.4 + 1·0.6) / 7, weighted 6 and 7.
        assertEquals((1.8f + 2.4f) / 13, coarse.red[0], 1e-6f);
        // Coarse (1, 0): taps 1, 3, 3 on columns 1..3; the hole (2, 0) is left out of row 0 only:
        // row 0: (1·0.4 + 3·0.8) / 4, row 1: (1·0.4 + 3·0.6 + 3·0.8) / 7, rows weighted 4 and 7.
        assertEquals((0.4f + 2.4f + 0.4f + 1.8f + 2.4f) / 11, coarse.red[1], 1e-6f);
        assertArrayEquals(new boolean[] {false, true}, coarse.hole);
        assertArrayEquals(new boolean[] {true, false}, coarse.copyable);
        assertEquals(0f, fine.textureWeight, "the finest level's distance leaves the features out");
        assertEquals(5f, coarse.textureWeight);
    }

    @Test
    void depthIsTheChessboardDistanceToTheKnownPixels() {
        Mask mask = Mask.fromRectangles(9, 7, new Rect(2, 1, 5, 5));
        float[] planar = new float[3 * 63];
        PyramidLevel level = PyramidLevel.finest(9, 7, 1, planar, null, mask.toArray(), mask.invert().toArray(), 2);
        assertEquals(0, level.depth[0]);
        assertEquals(1, level.depth[1 * 9 + 2]);
        assertEquals(2, level.depth[2 * 9 + 3]);
        assertEquals(3, level.depth[3 * 9 + 4]);
        assertEquals(3, level.maxDepth);
        assertEquals(25, level.holeCount);
    }

    @Test
    void texturesAreMeanAbsoluteGreyDifferencesOverKnownPairs() {
        // Vertical stripes of period 2 (grey 0.25 and 0.75): every pair across differs by 0.5, none down.
        int w = 6;
        int h = 4;
        float[] planar = new float[3 * w * h];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < w * h; i++) {
                planar[c * w * h + i] = i % 2 == 0 ? 0.25f : 0.75f;
            }
        }
        boolean[] known = new boolean[w * h];
        Arrays.fill(known, true);
        PyramidLevel level = PyramidLevel.finest(w, h, 1, planar, null, new boolean[w * h], known, 3);
        for (int i = 0; i < w * h; i++) {
            assertEquals(0.5f, level.textureX[i], 1e-6f, "pixel " + i);
            assertEquals(0f, level.textureY[i], "pixel " + i);
        }
    }

    @Test
    void ssdSumsTheColoursAndTheWeightedTextures() {
        RgbImage noise = SyntheticImages.noise(12, 10, 5);
        boolean[] hole = new boolean[120];
        hole[5 * 12 + 5] = true;
        boolean[] copyable = new boolean[120];
        for (int i = 0; i < 120; i++) {
            copyable[i] = !hole[i];
        }
        PyramidLevel finest = PyramidLevel.finest(12, 10, 2, noise.toPlanar(), null, hole, copyable, 4);
        PyramidLevel level = new PyramidLevel(12, 10, 2, finest.channels, 5f, null, hole, copyable);
        NearestNeighbourField field = new NearestNeighbourField(level, 0f);
        int p = 5 * 12 + 5;
        int q = 3 * 12 + 8;
        double expected = 0;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                int a = p + dy * 12 + dx;
                int b = q + dy * 12 + dx;
                for (float[] c : new float[][] {level.red, level.green, level.blue}) {
                    expected += Math.pow(c[a] - c[b], 2);
                }
                expected += 5 * (Math.pow(level.textureX[a] - level.textureX[b], 2)
                        + Math.pow(level.textureY[a] - level.textureY[b], 2));
            }
        }
        assertEquals(expected, field.ssd(p, q, Float.POSITIVE_INFINITY), 1e-4);
        double colours = 0;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                for (float[] c : new float[][] {level.red, level.green, level.blue}) {
                    colours += Math.pow(c[p + dy * 12 + dx] - c[q + dy * 12 + dx], 2);
                }
            }
        }
        assertEquals(colours, new NearestNeighbourField(finest, 0f).ssd(p, q, Float.POSITIVE_INFINITY), 1e-4,
                "colours only at weight 0");
        assertTrue(field.ssd(p, q, 0.001f) >= 0.001f, "stops once past the limit");
        assertEquals(25, field.targets.length, "the 5×5 patches holding the hole pixel");
    }

    @Test
    void pixelDrawsDependOnlyOnTheirKey() {
        PixelRandom a = new PixelRandom();
        PixelRandom b = new PixelRandom();
        a.reset(7, 2, 3, 1000);
        int[] first = {a.nextInt(10), a.nextInt(1000), a.nextOffset(5)};
        b.reset(7, 2, 4, 1000);
        b.nextInt(10);
        b.reset(7, 2, 3, 1000);
        assertArrayEquals(first, new int[] {b.nextInt(10), b.nextInt(1000), b.nextOffset(5)});
        int[] counts = new int[4];
        for (int pixel = 0; pixel < 4000; pixel++) {
            a.reset(1, 0, 0, pixel);
            int v = a.nextInt(4);
            counts[v]++;
            a.reset(1, 0, 0, pixel);
            int o = a.nextOffset(3);
            assertTrue(o >= -3 && o <= 3, "offset " + o);
        }
        for (int c : counts) {
            assertTrue(c > 900 && c < 1100, "uniform draws: " + Arrays.toString(counts));
        }
        a.reset(1, 0, 0, 0);
        int x = a.nextInt(1 << 30);
        a.reset(1, 0, 0, 1);
        assertFalse(x == a.nextInt(1 << 30), "neighbouring pixels draw differently");
    }
}
