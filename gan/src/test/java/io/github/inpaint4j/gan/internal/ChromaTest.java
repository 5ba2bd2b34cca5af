package io.github.inpaint4j.gan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChromaTest {

    private static final int SIDE = 50;
    private static final Mask HOLE = Mask.fromRectangles(SIDE, SIDE, new Rect(10, 10, 30, 30));
    /** The hole's pixels at least {@link Chroma#RAMP} from a known one. */
    private static final Mask CORE = Mask.fromRectangles(SIDE, SIDE, new Rect(17, 17, 16, 16));

    /**
     * An olive picture whose hole holds the right brightness but specks of red and blue: each hole
     * pixel's luma is kept, the specks fade toward the picture's colour (wholly in the hole's core,
     * {@link Chroma#RAMP} pixels from the border), known pixels are untouched.
     */
    @Test
    void specksOfColourFadeAndBrightnessStays() {
        float[] s = RgbImage.filled(SIDE, SIDE, 0.5f, 0.55f, 0.2f).toPlanar();
        int plane = SIDE * SIDE;
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < plane; i++) {
            if (HOLE.isHole(i)) {
                // a speck of a random tint, shifted so its luma is the picture's, (0.5, 0.55, 0.2)'s
                float dr = (float) random.nextDouble(-0.15, 0.15);
                float db = (float) random.nextDouble(-0.15, 0.15);
                s[i] += dr;
                s[2 * plane + i] += db;
                s[plane + i] -= (Greys.RED * dr + Greys.BLUE * db) / Greys.GREEN;
            }
        }
        RgbImage specks = RgbImage.fromPlanar(SIDE, SIDE, s);
        RgbImage out = Chroma.smoothHoles(specks, HOLE);
        float[] o = out.toPlanar();
        for (int i = 0; i < plane; i++) {
            if (!HOLE.isHole(i)) {
                for (int c = 0; c < 3; c++) {
                    assertEquals(Float.floatToIntBits(s[c * plane + i]), Float.floatToIntBits(o[c * plane + i]),
                            "known pixel " + i);
                }
            } else {
                assertEquals(Greys.luma(s[i], s[plane + i], s[2 * plane + i]),
                        Greys.luma(o[i], o[plane + i], o[2 * plane + i]), 1e-5f, "luma of " + i);
            }
        }
        double before = redSpread(s, plane, CORE);
        double after = redSpread(o, plane, CORE);
        assertTrue(after < before / 5, "the spread of R − Y in the core went from " + before + " to " + after);
        assertTrue(redSpread(o, plane, HOLE) < redSpread(s, plane, HOLE) / 2, "in the whole hole");
    }

    /** A grey fill in a grey picture stays grey, and a hole at the picture's corner is handled. */
    @Test
    void greyStaysGreyUpToTheEdges() {
        Mask corner = Mask.fromRectangles(SIDE, SIDE, new Rect(0, 0, 7, 9), new Rect(30, 35, 10, 5));
        RgbImage grey = Greys.desaturate(io.github.inpaint4j.synthetic.SyntheticImages.stripes(SIDE, SIDE, 5));
        RgbImage out = Chroma.smoothHoles(grey, corner);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                assertEquals(grey.get(x, y, 0), out.get(x, y, 0), 1e-5f);
                assertEquals(out.get(x, y, 0), out.get(x, y, 1), 1e-5f);
                assertEquals(out.get(x, y, 0), out.get(x, y, 2), 1e-5f);
            }
        }
    }

    /**
     * A one-pixel scratch across the edge between red and blue, filled with the true colours: its
     * pixels lie one pixel from the known ones, so their colour moves by at most an eighth of the
     * way to the smoothed one, and the edge stays.
     */
    @Test
    void aThinHoleKeepsItsColourEdge() {
        float[] s = new float[3 * SIDE * SIDE];
        int plane = SIDE * SIDE;
        for (int i = 0; i < plane; i++) {
            boolean left = i % SIDE < SIDE / 2;
            s[i] = left ? 1f : 0f;
            s[2 * plane + i] = left ? 0f : 1f;
        }
        RgbImage picture = RgbImage.fromPlanar(SIDE, SIDE, s);
        Mask scratch = Mask.fromRectangles(SIDE, SIDE, new Rect(5, 20, 40, 1));
        RgbImage out = Chroma.smoothHoles(picture, scratch);
        for (int x = 5; x < 45; x++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(picture.get(x, 20, c), out.get(x, 20, c), 0.08f, "(" + x + ", 20) channel " + c);
            }
        }
        assertTrue(out.get(SIDE / 2 - 1, 20, 0) > 0.9f && out.get(SIDE / 2, 20, 2) > 0.9f, "the edge stays");
    }

    /** The standard deviation of R − Y over {@code where}. */
    private static double redSpread(float[] s, int plane, Mask where) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int i = 0; i < plane; i++) {
            if (where.isHole(i)) {
                double d = s[i] - Greys.luma(s[i], s[plane + i], s[2 * plane + i]);
                sum += d;
                squares += d * d;
                n++;
            }
        }
        double mean = sum / n;
        return Math.sqrt(squares / n - mean * mean);
    }
}
