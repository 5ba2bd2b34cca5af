package io.github.inpaint4j.gan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.masks.BlobMaskGenerator;
import io.github.inpaint4j.masks.FreeFormMaskGenerator;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoleWindowsTest {

    /**
     * Each window's depth, found in its holes' bounding boxes only, is the largest distance from
     * one of its pixels to a known pixel of the whole picture, found here the plain way: a
     * breadth-first search from every known pixel. Masks with many holes close to one another.
     */
    @Test
    void aHolesDepthFoundAroundItIsItsDepthInThePicture() {
        List<Mask> masks = List.of(new BlobMaskGenerator(0.3).generate(300, 200, 4),
                new BlobMaskGenerator(0.1).generate(200, 300, 8), FreeFormMaskGenerator.withCoverage(0.2, 0.4)
                        .generate(256, 256, 6), FreeFormMaskGenerator.withCoverage(0.05, 0.1).generate(320, 240, 1),
                Mask.fromImage(SyntheticImages.noise(120, 90, 2), 0.5f));
        for (Mask mask : masks) {
            int[] depth = naiveDepth(mask);
            assertTrue(mask.holeCount() > 0 && mask.knownCount() > 0);
            for (HoleWindows.Window w : HoleWindows.plan(mask, 16, 4, 4)) {
                int deepest = 0;
                for (int p : w.pixels()) {
                    deepest = Math.max(deepest, depth[p]);
                }
                assertEquals(deepest, w.depth(), w.toString());
            }
        }
    }

    /** Chessboard distance of every pixel to the nearest known pixel, by a search from all known pixels at once. */
    static int[] naiveDepth(Mask mask) {
        int w = mask.width();
        int h = mask.height();
        int[] depth = new int[w * h];
        int[] queue = new int[w * h];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < w * h; i++) {
            depth[i] = mask.isHole(i) ? -1 : 0;
            if (!mask.isHole(i)) {
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int p = queue[head++];
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = p % w + dx;
                    int y = p / w + dy;
                    if (x >= 0 && x < w && y >= 0 && y < h && depth[y * w + x] < 0) {
                        depth[y * w + x] = depth[p] + 1;
                        queue[tail++] = y * w + x;
                    }
                }
            }
        }
        return depth;
    }
}
