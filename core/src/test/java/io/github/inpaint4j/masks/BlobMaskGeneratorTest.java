package io.github.inpaint4j.masks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import org.junit.jupiter.api.Test;

class BlobMaskGeneratorTest {

    @Test
    void coversTheAskedShareAroundTheCentre() {
        for (double coverage : new double[] {0.1, 0.3, 0.5}) {
            Mask blob = new BlobMaskGenerator(coverage).generate(256, 192, 7);
            double share = (double) blob.holeCount() / blob.pixelCount();
            assertEquals(coverage, share, 0.002, "coverage " + coverage);
            assertTrue(blob.isHole(128, 96), "the centre is in the blob");
            Rect box = blob.boundingBox().orElseThrow();
            assertEquals(128, box.x() + box.width() / 2.0, 0.2 * box.width(), "roughly centred across: " + box);
        }
    }

    /** One 8-connected piece: every hole pixel is reached from the centre. */
    @Test
    void isOnePiece() {
        Mask blob = new BlobMaskGenerator(0.3).generate(120, 100, 3);
        boolean[] hole = blob.toArray();
        boolean[] seen = new boolean[hole.length];
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(java.util.List.of(50 * 120 + 60));
        seen[50 * 120 + 60] = true;
        int reached = 0;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            reached++;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = i % 120 + dx;
                    int y = i / 120 + dy;
                    if (x >= 0 && x < 120 && y >= 0 && y < 100 && hole[y * 120 + x] && !seen[y * 120 + x]) {
                        seen[y * 120 + x] = true;
                        queue.add(y * 120 + x);
                    }
                }
            }
        }
        assertEquals(blob.holeCount(), reached);
    }

    @Test
    void theSeedDecidesTheShape() {
        BlobMaskGenerator g = new BlobMaskGenerator(0.2);
        assertEquals(g.generate(64, 64, 5), g.generate(64, 64, 5));
        assertNotEquals(g.generate(64, 64, 5), g.generate(64, 64, 6));
    }

    @Test
    void coverageIsValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BlobMaskGenerator(0.6));
        assertEquals("blob coverage must be in (0, 0.5], got 0.6", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BlobMaskGenerator(0));
    }
}
