package io.github.inpaint4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.synthetic.SyntheticImages;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaskTest {

    /** Parses rows of '#' (hole) and '.' (known). */
    static Mask parse(String... rows) {
        int h = rows.length;
        int w = rows[0].length();
        boolean[] hole = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                hole[y * w + x] = rows[y].charAt(x) == '#';
            }
        }
        return Mask.of(w, h, hole);
    }

    @Test
    void rectanglesAreClippedAndCounted() {
        Mask mask = Mask.fromRectangles(10, 8, new Rect(2, 3, 4, 2), new Rect(8, 6, 5, 5));
        assertEquals(8 + 4, mask.holeCount());
        assertEquals(80 - 12, mask.knownCount());
        assertTrue(mask.isHole(2, 3));
        assertTrue(mask.isHole(5, 4));
        assertFalse(mask.isHole(6, 4));
        assertTrue(mask.isHole(9, 7));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mask.fromRectangles(10, 8, new Rect(10, 0, 2, 2)));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
    }

    @Test
    void boundingBox() {
        assertEquals(Optional.empty(), Mask.empty(5, 5).boundingBox());
        Mask mask = parse(
                ".....",
                "..#..",
                ".....",
                "#....");
        assertEquals(Optional.of(new Rect(0, 1, 3, 3)), mask.boundingBox());
    }

    @Test
    void dilateByZeroIsTheIdentity() {
        Mask mask = parse(
                "......",
                "..#...",
                "#....#");
        assertEquals(mask, mask.dilate(0));
        assertEquals(mask, mask.erode(0));
        assertThrows(IllegalArgumentException.class, () -> mask.dilate(-1));
        assertThrows(IllegalArgumentException.class, () -> mask.erode(-1));
    }

    @Test
    void aSinglePixelGrowsIntoADisc() {
        Mask pixel = parse(
                ".......",
                ".......",
                ".......",
                "...#...",
                ".......",
                ".......",
                ".......");
        assertEquals(parse(
                ".......",
                ".......",
                "...#...",
                "..###..",
                "...#...",
                ".......",
                "......."), pixel.dilate(1));
        assertEquals(parse(
                ".......",
                "...#...",
                "..###..",
                ".#####.",
                "..###..",
                "...#...",
                "......."), pixel.dilate(2));
        // radius 3: every offset with dx² + dy² <= 9, 29 pixels
        assertEquals(parse(
                "...#...",
                ".#####.",
                ".#####.",
                "#######",
                ".#####.",
                ".#####.",
                "...#..."), pixel.dilate(3));
        assertEquals(29, pixel.dilate(3).holeCount());
    }

    @Test
    void dilateIsClippedAtThePicturesEdge() {
        Mask corner = parse(
                "#....",
                ".....",
                ".....",
                ".....");
        assertEquals(parse(
                "###..",
                "##...",
                "#....",
                "....."), corner.dilate(2));
        Mask edge = parse(
                ".....",
                ".....",
                "....#");
        assertEquals(parse(
                ".....",
                "....#",
                "...##"), edge.dilate(1));
        assertEquals(Mask.full(5, 3), edge.dilate(100));
    }

    @Test
    void dilateAndErodeMatchTheirDefinitionOnRandomMasks() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            int w = 1 + random.nextInt(23);
            int h = 1 + random.nextInt(17);
            boolean[] hole = new boolean[w * h];
            double density = random.nextDouble() * 0.2;
            for (int i = 0; i < hole.length; i++) {
                hole[i] = random.nextDouble() < density;
            }
            Mask mask = Mask.of(w, h, hole);
            int radius = random.nextInt(6);
            assertEquals(naive(mask, radius, true), mask.dilate(radius), "dilate " + radius + ", trial " + trial);
            assertEquals(naive(mask, radius, false), mask.erode(radius), "erode " + radius + ", trial " + trial);
        }
    }

    /**
     * Morphology by its definition: for each pixel, every offset that lands inside the picture — of
     * the disc for dilation, of the square for erosion.
     */
    private static Mask naive(Mask mask, int r, boolean dilate) {
        int w = mask.width();
        int h = mask.height();
        boolean[] out = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean any = false;
                boolean all = true;
                for (int dy = -r; dy <= r; dy++) {
                    for (int dx = -r; dx <= r; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if ((!dilate || dx * dx + dy * dy <= r * r) && nx >= 0 && ny >= 0 && nx < w && ny < h) {
                            any |= mask.isHole(nx, ny);
                            all &= mask.isHole(nx, ny);
                        }
                    }
                }
                out[y * w + x] = dilate ? any : all;
            }
        }
        return Mask.of(w, h, out);
    }

    @Test
    void erodeShrinksAndKeepsBorderHoles() {
        Mask mask = parse(
                "####..",
                "####..",
                "####..",
                "......");
        assertEquals(parse(
                "###...",
                "###...",
                "......",
                "......"), mask.erode(1));
        assertEquals(mask, mask.erode(0));
        assertEquals(mask, mask.erode(1).dilate(1).union(mask));
    }

    @Test
    void sizeMismatchNamesBothSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mask.empty(30, 20).requireSameSize(RgbImage.filled(20, 30, 0, 0, 0)));
        assertEquals("the mask is 30×20 but the image is 20×30", e.getMessage());
    }

    @Test
    void allHoleHasNoKnownPixels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mask.full(4, 3).requireKnownPixels());
        assertTrue(e.getMessage().contains("no known pixels") && e.getMessage().contains("12"), e.getMessage());
        Mask.fromRectangles(4, 3, new Rect(0, 0, 3, 3)).requireKnownPixels();
    }

    @Test
    void fromImageUsesTheLargestChannel() {
        RgbImage image = RgbImage.fromInterleaved(3, 1, new float[] {0, 0, 0, 0, 0.3f, 0, 0.9f, 0, 0});
        assertEquals(parse(".##"), Mask.fromImage(image, 0f));
        assertEquals(parse("..#"), Mask.fromImage(image, 0.5f));
        assertThrows(IllegalArgumentException.class, () -> Mask.fromImage(image, 1f));
    }

    @Test
    void invertUnionCrop() {
        Mask a = parse("#..", "...");
        Mask b = parse("..#", "...");
        assertEquals(parse("#.#", "..."), a.union(b));
        assertEquals(parse(".##", "###"), a.invert());
        assertEquals(parse(".#", ".."), a.union(b).crop(new Rect(1, 0, 2, 2)));
        assertThrows(IllegalArgumentException.class, () -> a.union(Mask.empty(2, 3)));
    }

    @Test
    void copiesAreIndependent() {
        boolean[] hole = {true, false};
        Mask mask = Mask.of(2, 1, hole);
        hole[1] = true;
        assertEquals(1, mask.holeCount());
        mask.toArray()[1] = true;
        assertFalse(mask.isHole(1, 0));
    }

    @Test
    void paintColoursTheHolesAndLeavesKnownPixelsBitForBit() {
        RgbImage image = SyntheticImages.noise(5, 3, 4);
        Mask mask = parse(
                "#...#",
                ".##..",
                ".....");
        RgbImage painted = mask.paint(image, 1f, 0f, 0.25f);
        float[] before = image.toPlanar();
        float[] after = painted.toPlanar();
        float[] colour = {1f, 0f, 0.25f};
        for (int i = 0; i < 15; i++) {
            for (int c = 0; c < 3; c++) {
                float expected = mask.isHole(i) ? colour[c] : before[c * 15 + i];
                assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(after[c * 15 + i]),
                        "pixel " + i + ", channel " + c);
            }
        }
        assertEquals(image, Mask.empty(5, 3).paint(image, 1f, 0f, 0.25f));
        assertEquals(RgbImage.filled(5, 3, 0f, 0.5f, 1f), Mask.full(5, 3).paint(image, 0f, 0.5f, 1f));
    }

    @Test
    void paintNeedsTheSameSizeAndColoursInRange() {
        RgbImage image = RgbImage.filled(2, 3, 0, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mask.full(3, 2).paint(image, 1f, 1f, 1f));
        assertEquals("the mask is 3×2 but the image is 2×3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Mask.full(2, 3).paint(image, 1.5f, 0f, 0f));
        assertThrows(IllegalArgumentException.class, () -> Mask.full(2, 3).paint(image, 0f, Float.NaN, 0f));
    }

    @Test
    void componentsAreTheEightConnectedRegionsInRasterOrder() {
        // a diagonal pair touches (8-connected); the lone pixel and the bar are regions of their own
        Mask mask = Mask.fromRectangles(8, 6, new Rect(1, 1, 1, 1), new Rect(2, 2, 1, 1), new Rect(6, 0, 1, 1),
                new Rect(0, 5, 8, 1));
        List<HoleComponent> components = mask.components();
        assertEquals(3, components.size());
        assertEquals(new Rect(6, 0, 1, 1), components.get(0).box(), "raster order of the first pixel");
        assertArrayEquals(new int[] {6}, components.get(0).pixels());
        assertEquals(new Rect(1, 1, 2, 2), components.get(1).box());
        assertArrayEquals(new int[] {1 * 8 + 1, 2 * 8 + 2}, components.get(1).pixels());
        assertEquals(new Rect(0, 5, 8, 1), components.get(2).box());
        assertEquals(8, components.get(2).size());
        assertEquals(mask.holeCount(), components.stream().mapToInt(HoleComponent::size).sum());
        assertEquals(List.of(), Mask.empty(4, 4).components());
        assertEquals(1, Mask.full(4, 4).components().size());
    }
}
