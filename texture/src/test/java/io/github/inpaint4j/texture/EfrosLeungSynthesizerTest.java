package io.github.inpaint4j.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EfrosLeungSynthesizerTest {

    private static final EfrosLeungConfig CONFIG = EfrosLeungConfig.defaults().withWindow(7).withThreads(2);

    /** A seeded texture of blobs in three colours: enough structure for the histogram to mean something. */
    private static RgbImage blobs(int size, long seed) {
        RgbImage noise = SyntheticImages.noise(size / 4 + 1, size / 4 + 1, seed);
        float[][] colours = {{0.8f, 0.2f, 0.1f}, {0.1f, 0.5f, 0.2f}, {0.9f, 0.9f, 0.6f}};
        float[] s = new float[3 * size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float[] c = colours[Math.min(2, (int) (noise.get(x / 4, y / 4, 0) * 3))];
                for (int k = 0; k < 3; k++) {
                    s[k * size * size + y * size + x] = c[k];
                }
            }
        }
        return RgbImage.fromPlanar(size, size, s);
    }

    @Test
    void synthesisResemblesTheSample() {
        RgbImage sample = blobs(32, 5);
        RgbImage out = new EfrosLeungSynthesizer(CONFIG).synthesize(sample, 48, 40);
        assertEquals(48, out.width());
        assertEquals(40, out.height());
        Set<List<Float>> sampleColours = colours(sample);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 48; x++) {
                assertTrue(sampleColours.contains(colour(out, x, y)), "pixel " + x + "," + y + " not from the sample");
            }
        }
        double own = TextureAssertions.histogramDistance(sample, out);
        double other = TextureAssertions.histogramDistance(sample, SyntheticImages.stripes(48, 40, 6));
        assertTrue(own < 0.35, "histogram distance to the sample " + own);
        assertTrue(other > 1.5, "control: histogram distance of unrelated stripes " + other);
    }

    /** Stripes of period 6 grow into stripes of period 6 everywhere. */
    @Test
    void periodicSampleGrowsPeriodically() {
        RgbImage sample = SyntheticImages.stripes(24, 24, 6);
        RgbImage out = new EfrosLeungSynthesizer(CONFIG).synthesize(sample, 40, 30);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x + 6 < 40; x++) {
                assertEquals(colour(out, x, y), colour(out, x + 6, y), "period broken at " + x + "," + y);
            }
            assertEquals(colour(out, 0, y), colour(out, 0, 0), "stripes are vertical");
        }
        assertEquals(2, colours(out).size(), "both stripe colours appear");
    }

    /** 3,136 candidates × up to 81 offsets per search: enough to split the search among threads. */
    @Test
    void outputDoesNotDependOnTheThreadCountAndFollowsTheSeed() {
        RgbImage sample = SyntheticImages.noise(64, 64, 8);
        EfrosLeungConfig config = CONFIG.withWindow(9);
        RgbImage one = new EfrosLeungSynthesizer(config.withThreads(1)).synthesize(sample, 24, 20);
        assertEquals(one, new EfrosLeungSynthesizer(config.withThreads(2)).synthesize(sample, 24, 20));
        assertEquals(one, new EfrosLeungSynthesizer(config.withThreads(3)).synthesize(sample, 24, 20));
        assertTrue(!one.equals(new EfrosLeungSynthesizer(config.withSeed(4)).synthesize(sample, 24, 20)));
    }

    @Test
    void progressRisesToOneAndCancellationStops() {
        RgbImage sample = blobs(16, 2);
        List<Double> reports = new ArrayList<>();
        new EfrosLeungSynthesizer(CONFIG).synthesize(sample, 12, 12, reports::add, CancellationToken.NONE);
        assertTrue(reports.size() > 10, reports.toString());
        assertEquals(1.0, reports.get(reports.size() - 1));
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i) >= reports.get(i - 1), reports.toString());
        }
        CancellationToken token = CancellationToken.create();
        assertThrows(InpaintingCancelledException.class, () -> new EfrosLeungSynthesizer(CONFIG)
                .synthesize(sample, 12, 12, f -> token.cancel(), token));
    }

    @Test
    void tinyOutputsAreCutFromTheSeedPatch() {
        RgbImage sample = blobs(16, 3);
        RgbImage out = new EfrosLeungSynthesizer(CONFIG).synthesize(sample, 1, 2);
        assertEquals(1, out.width());
        assertTrue(colours(sample).contains(colour(out, 0, 1)));
    }

    @Test
    void badInputIsRejected() {
        EfrosLeungSynthesizer synthesizer = new EfrosLeungSynthesizer(CONFIG);
        RgbImage sample = blobs(16, 1);
        EfrosLeungConfigTest.assertMessage("output size must be positive, got 0×5",
                () -> synthesizer.synthesize(sample, 0, 5));
        EfrosLeungConfigTest.assertMessage("sample of 6×6 is smaller than the 7×7 window",
                () -> synthesizer.synthesize(RgbImage.filled(6, 6, 0, 0, 0), 10, 10));
        EfrosLeungConfigTest.assertMessage("output of 100000×100000 is too large",
                () -> synthesizer.synthesize(sample, 100_000, 100_000));
    }

    private static Set<List<Float>> colours(RgbImage image) {
        Set<List<Float>> set = new HashSet<>();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                set.add(colour(image, x, y));
            }
        }
        return set;
    }

    private static List<Float> colour(RgbImage image, int x, int y) {
        return List.of(image.get(x, y, 0), image.get(x, y, 1), image.get(x, y, 2));
    }
}
