package io.github.inpaint4j.bench;

import static io.github.inpaint4j.bench.MaskKind.CENTER;
import static io.github.inpaint4j.bench.MaskKind.LARGE;
import static io.github.inpaint4j.bench.MaskKind.SCRATCHES;
import static io.github.inpaint4j.bench.MaskKind.STROKES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.bench.TestMethods.MeanFill;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link BenchConfig}, {@link MaskKind} and the name rules of {@link BenchMethod} and {@link BenchPicture}. */
class BenchConfigTest {

    @Test
    void defaults() {
        BenchConfig config = BenchConfig.defaults();
        assertEquals(256, config.size());
        assertEquals(42, config.seed());
        assertEquals(List.of(CENTER, STROKES, SCRATCHES, LARGE), config.masks());
        assertEquals(Duration.ofMinutes(10), config.timeout());
        assertEquals(new BenchConfig(BenchConfig.DEFAULT_SIZE, BenchConfig.DEFAULT_SEED, List.of(MaskKind.values()),
                BenchConfig.DEFAULT_TIMEOUT, 0), config);
        assertEquals(0, config.dilate());
        assertEquals(5, config.withDilate(5).withSeed(3).dilate());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> config.withDilate(-1));
        assertEquals("dilate must be in [0, 1000], got -1", e.getMessage());
    }

    @Test
    void badValuesAreNamed() {
        BenchConfig config = BenchConfig.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> config.withSize(31));
        assertTrue(e.getMessage().contains("31") && e.getMessage().contains("32"), e.getMessage());
        config.withSize(BenchConfig.MIN_SIZE);

        e = assertThrows(IllegalArgumentException.class, () -> config.withMasks(List.of()));
        assertTrue(e.getMessage().contains("at least one mask"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> config.withMasks(List.of(STROKES, CENTER, STROKES)));
        assertTrue(e.getMessage().contains("repeat") && e.getMessage().contains("STROKES"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> config.withTimeout(Duration.ZERO));
        assertTrue(e.getMessage().startsWith("timeout must be > 0") && e.getMessage().endsWith("got 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> config.withTimeout(Duration.ofSeconds(-3)));
        assertTrue(e.getMessage().endsWith("got -3"), e.getMessage());
        config.withTimeout(Duration.ofNanos(1));

        assertThrows(NullPointerException.class, () -> config.withMasks(null));
        assertThrows(NullPointerException.class, () -> config.withTimeout(null));
    }

    @Test
    void withMethodsChangeOneValueAndKeepTheOthers() {
        BenchConfig config = BenchConfig.defaults();
        assertEquals(new BenchConfig(64, 42, config.masks(), config.timeout(), 0), config.withSize(64));
        assertEquals(new BenchConfig(256, -7, config.masks(), config.timeout(), 0), config.withSeed(-7));
        assertEquals(new BenchConfig(256, 42, List.of(LARGE, CENTER), config.timeout(), 0),
                config.withMasks(List.of(LARGE, CENTER)));
        assertEquals(new BenchConfig(256, 42, config.masks(), Duration.ofSeconds(3), 0),
                config.withTimeout(Duration.ofSeconds(3)));
        assertEquals(BenchConfig.defaults(), config, "the original is unchanged");
    }

    @Test
    void masksAreCopiedAndUnmodifiable() {
        List<MaskKind> masks = new ArrayList<>(List.of(SCRATCHES, CENTER));
        BenchConfig config = BenchConfig.defaults().withMasks(masks);
        masks.add(LARGE);
        assertEquals(List.of(SCRATCHES, CENTER), config.masks(), "the order given is kept");
        assertThrows(UnsupportedOperationException.class, () -> config.masks().add(STROKES));
    }

    @Test
    void maskKindsByName() {
        assertEquals(STROKES, MaskKind.of("Strokes"));
        assertEquals(CENTER, MaskKind.of(" center "));
        assertEquals(LARGE, MaskKind.of("LARGE"));
        assertEquals("scratches", SCRATCHES.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MaskKind.of("blob"));
        assertTrue(e.getMessage().contains("'blob'") && e.getMessage().contains("center, strokes, scratches, large"),
                e.getMessage());
        for (MaskKind kind : MaskKind.values()) {
            assertEquals(kind, MaskKind.of(kind.id()));
            assertFalse(kind.description().isBlank());
        }
    }

    @Test
    void centredSquaresAreAQuarterAndAHalfOfTheSide() {
        SplittableRandom random = new SplittableRandom(1);
        assertEquals(Mask.fromRectangles(256, 256, new Rect(96, 96, 64, 64)), CENTER.draw(256, 256, random));
        assertEquals(Mask.fromRectangles(256, 256, new Rect(64, 64, 128, 128)), LARGE.draw(256, 256, random));
        assertEquals(64 * 64, CENTER.draw(256, 256, new SplittableRandom(99)).holeCount());
        assertEquals(Mask.fromRectangles(32, 32, new Rect(12, 12, 8, 8)), CENTER.draw(32, 32, random));
    }

    @Test
    void strokesCoverTenToTwentyPercent() {
        for (int size : new int[] {BenchConfig.MIN_SIZE, 256}) {
            for (long seed = 0; seed < (size == 256 ? 8 : 40); seed++) {
                Mask mask = STROKES.draw(size, size, new SplittableRandom(seed));
                double coverage = (double) mask.holeCount() / mask.pixelCount();
                assertTrue(coverage >= 0.10 && coverage <= 0.20, "size " + size + ", seed " + seed + ": " + coverage);
            }
        }
    }

    @Test
    void scratchesMarkSomePixels() {
        for (int size : new int[] {BenchConfig.MIN_SIZE, 256}) {
            for (long seed = 0; seed < 20; seed++) {
                Mask mask = SCRATCHES.draw(size, size, new SplittableRandom(seed));
                assertFalse(mask.isEmpty(), "size " + size + ", seed " + seed);
                assertTrue(mask.knownCount() > mask.holeCount(), "thin lines, not a blot: " + mask);
            }
        }
    }

    @Test
    void methodNames() {
        MeanFill fill = new MeanFill();
        assertEquals("telea-5", new BenchMethod("telea-5", fill).name());
        new BenchMethod("x".repeat(40), fill);
        for (String bad : new String[] {"", "   ", "two\nlines", "cr\r", "x".repeat(41)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new BenchMethod(bad, fill), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertThrows(NullPointerException.class, () -> new BenchMethod(null, fill));
        assertThrows(NullPointerException.class, () -> new BenchMethod("x", null));
    }

    @Test
    void pictureNames() {
        RgbImage image = RgbImage.filled(4, 4, 0, 0, 0);
        assertEquals("trips/beach", new BenchPicture("trips/beach", image).name());
        new BenchPicture("x".repeat(100), image);
        for (String bad : new String[] {"", " \t", "two\nlines", "cr\r"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new BenchPicture(bad, image), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertThrows(NullPointerException.class, () -> new BenchPicture("x", null));
    }
}
