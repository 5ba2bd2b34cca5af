package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.util.SplittableRandom;

/** Seeded working images for the machinery tests. */
final class TestImages {

    private TestImages() {
    }

    /** Seeded noise with about {@code holeShare} of its pixels unknown, in scattered small blocks. */
    static WorkingImage noiseWithHoles(int width, int height, double holeShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] hole = new boolean[width * height];
        int blocks = (int) (holeShare * width * height / 4);
        for (int b = 0; b < blocks; b++) {
            int x = random.nextInt(width - 1);
            int y = random.nextInt(height - 1);
            hole[y * width + x] = true;
            hole[y * width + x + 1] = true;
            hole[(y + 1) * width + x] = true;
            hole[(y + 1) * width + x + 1] = true;
        }
        return WorkingImage.of(SyntheticImages.noise(width, height, seed), Mask.of(width, height, hole));
    }
}
