package io.github.inpaint4j.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.masks.BlobMaskGenerator;
import io.github.inpaint4j.synthetic.SyntheticImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Criminisi's and Efros–Leung's outputs, bit for bit, on a seeded noise picture with a blob hole:
 * the hashes were taken before the work on large pictures (coarse-to-fine search over budget,
 * pixels searched in parallel, scans by runs, four-candidate refinement), which must leave every
 * picture within the work budget as it was, for any thread count. Java's floating point is the
 * same on every platform.
 */
class ExemplarOutputsTest {

    private static final RgbImage PICTURE = SyntheticImages.noise(72, 64, 5);
    private static final Mask BLOB = new BlobMaskGenerator(0.15).generate(72, 64, 3);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void criminisiIsUnchanged(int threads) {
        CriminisiConfig config = CriminisiConfig.defaults().withPatch(7).withThreads(threads);
        assertEquals(1446963436323004540L, hash(new CriminisiInpainter(config).inpaint(PICTURE, BLOB)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void exactEfrosLeungIsUnchanged(int threads) {
        EfrosLeungConfig config = EfrosLeungConfig.defaults().withWindow(7).withThreads(threads);
        assertEquals(1045452376316444632L, hash(new EfrosLeungInpainter(config).inpaint(PICTURE, BLOB)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void fastEfrosLeungIsUnchanged(int threads) {
        EfrosLeungConfig config = EfrosLeungConfig.defaults().withWindow(7).withSearch(SearchMode.FAST)
                .withThreads(threads);
        assertEquals(5019656492701915331L, hash(new EfrosLeungInpainter(config).inpaint(PICTURE, BLOB)));
    }

    private static long hash(RgbImage image) {
        long h = 17;
        for (float f : image.toPlanar()) {
            h = h * 31 + Float.floatToRawIntBits(f);
        }
        return h;
    }
}
