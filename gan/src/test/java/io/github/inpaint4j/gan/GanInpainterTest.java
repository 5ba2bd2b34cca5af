package io.github.inpaint4j.gan;

import static io.github.inpaint4j.testing.InpainterContractTest.assertKnownPixelsUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.checkpoint.CheckpointException;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointFolder;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GanInpainterTest {

    private static GanInpainter gan;

    @BeforeAll
    static void load() throws IOException {
        gan = GanInpainter.load(TinyGan.run(), 1);
    }

    @AfterAll
    static void close() {
        gan.close();
    }

    /**
     * Grey in, grey out: the tiny model was trained on colours only, yet a picture whose known pixels
     * are grey gets a fill with R = G = B in every hole pixel, and known pixels come back bit for bit.
     */
    @Test
    void aGreyPictureGetsAGreyFill() {
        RgbImage grey = io.github.inpaint4j.gan.internal.Greys.desaturate(SyntheticImages.stripes(40, 32, 5));
        Mask mask = Mask.fromRectangles(40, 32, new Rect(12, 10, 14, 12));
        RgbImage out = gan.inpaint(grey, mask);
        assertKnownPixelsUnchanged(grey, mask, out);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 40; x++) {
                assertEquals(out.get(x, y, 0), out.get(x, y, 1), "G at " + x + "," + y);
                assertEquals(out.get(x, y, 0), out.get(x, y, 2), "B at " + x + "," + y);
            }
        }
    }

    /** The largest and the mean deviation of the fill of the contract's constant picture. */
    private static double[] deviationOnAConstantPicture(GanInpainter g) {
        RgbImage in = RgbImage.filled(48, 40, 0.25f, 0.5f, 0.75f);
        Mask mask = Mask.fromRectangles(48, 40, new Rect(15, 14, 10, 8), new Rect(36, 5, 3, 3));
        RgbImage out = g.inpaint(in, mask);
        double max = 0;
        double sum = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 48; x++) {
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    double d = Math.abs(in.get(x, y, c) - out.get(x, y, c));
                    max = Math.max(max, d);
                    sum += d;
                }
            }
        }
        return new double[] {max, sum / (RgbImage.CHANNELS * mask.holeCount())};
    }

    @Test
    void trainingTeachesTheGeneratorToContinueAFlatColour(@TempDir Path dir) throws IOException {
        double[] trained = deviationOnAConstantPicture(gan);
        GanTraining.builder().setDataFolder(TinyGan.data(dir.resolve("data"))).setCheckpointFolder(dir.resolve("run"))
                .optConfig(TinyGan.config(1)).build().run(CancellationToken.NONE);
        double[] untrained;
        try (GanInpainter oneStep = GanInpainter.load(dir.resolve("run"), 1)) {
            untrained = deviationOnAConstantPicture(oneStep);
        }
        String both = "trained " + Arrays.toString(trained) + ", untrained " + Arrays.toString(untrained);
        assertTrue(trained[0] < GanInpainterContractTest.CONSTANT_TOLERANCE, both);
        assertTrue(trained[0] < untrained[0], both);
        assertTrue(trained[1] < untrained[1] / 2, both);
    }

    /**
     * The second case: a 500×500 hole in a 2000×2000 picture, 125 times as deep as the tiny
     * model's reach (a quarter of its 16-pixel crops), is filled in seven passes from 1/64 of the
     * resolution up: every hole pixel written, known pixels exact, samples in [0, 1], and on a
     * constant picture the constant kept all the way in, where one full-resolution pass leaves a
     * grey interior the generator cannot see the border from.
     */
    @Test
    void aHugeHoleIsFilledCoarseToFineWithoutAGreySquare() {
        RgbImage flat = RgbImage.filled(2000, 2000, 0.25f, 0.5f, 0.75f);
        Mask mask = Mask.fromRectangles(2000, 2000, new Rect(700, 800, 500, 500));
        RgbImage out = gan.inpaint(DefaultModelTest.sentinelUnderTheHole(flat, mask), mask);
        assertKnownPixelsUnchanged(flat, mask, out);
        DefaultModelTest.assertFilledInRange(out, mask);
        double worst = 0;
        for (int y = 800; y < 1300; y += 7) {
            for (int x = 700; x < 1200; x += 7) {
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    worst = Math.max(worst, Math.abs(out.get(x, y, c) - flat.get(x, y, c)));
                }
            }
        }
        assertTrue(worst < GanInpainterContractTest.CONSTANT_TOLERANCE, "worst sample off by " + worst);
    }

    @Test
    void fillsHolesFarApartInAPictureLargerThanTheTrainingSize() {
        RgbImage in = SyntheticImages.gradient(120, 90);
        Mask mask = Mask.fromRectangles(120, 90, new Rect(5, 5, 6, 6), new Rect(100, 70, 12, 9),
                new Rect(50, 40, 30, 25));
        RgbImage out = gan.inpaint(in, mask);
        assertKnownPixelsUnchanged(in, mask, out);
        assertNotEquals(in, out);
    }

    @Test
    void fillsAPictureSmallerThanTheTrainingSize() {
        RgbImage in = SyntheticImages.gradient(11, 7);
        Mask mask = Mask.fromRectangles(11, 7, new Rect(4, 2, 3, 3));
        assertKnownPixelsUnchanged(in, mask, gan.inpaint(in, mask));
    }

    @Test
    void givesTheSameResultFromSeveralThreads() throws Exception {
        RgbImage in = SyntheticImages.stripes(64, 48, 6);
        Mask mask = Mask.fromRectangles(64, 48, new Rect(20, 10, 14, 12), new Rect(50, 30, 6, 6));
        RgbImage expected = gan.inpaint(in, mask);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RgbImage>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> gan.inpaint(in, mask)));
            }
            for (Future<RgbImage> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every NDArray of a call is released: 1,000 calls leave the model's manager as they found it. */
    @Test
    void aThousandCallsLeaveNoArrayBehind() {
        RgbImage in = SyntheticImages.gradient(24, 20);
        Mask mask = Mask.fromRectangles(24, 20, new Rect(8, 6, 6, 5));
        gan.inpaint(in, mask);
        int before = gan.liveArrays();
        for (int i = 0; i < 1000; i++) {
            gan.inpaint(in, mask);
        }
        assertEquals(before, gan.liveArrays());
    }

    @Test
    void describesWhatItLoaded() {
        assertEquals(TinyGan.STEPS, gan.metadata().step());
        assertTrue(gan.source().contains("step-"), gan.source());
    }

    @Test
    void aClosedInpainterSaysItWasClosed() throws IOException {
        GanInpainter closed = GanInpainter.load(TinyGan.run(), 1);
        closed.close();
        closed.close(); // closing twice does nothing
        RgbImage image = SyntheticImages.gradient(16, 16);
        Mask mask = Mask.fromRectangles(16, 16, new Rect(4, 4, 4, 4));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> closed.inpaint(image, mask));
        assertEquals("this GanInpainter (" + closed.source() + ") was closed: its native memory is released; load "
                + "the model again to fill more pictures", e.getMessage());
    }

    @Test
    void aMissingCheckpointIsNamed(@TempDir Path dir) {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> GanInpainter.load(dir.resolve("none")));
        assertTrue(e.getMessage().contains("none"), e.getMessage());
    }

    @Test
    void anEmptyFolderIsNotACheckpoint(@TempDir Path dir) {
        CheckpointException e = assertThrows(CheckpointException.class, () -> GanInpainter.load(dir));
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("no checkpoint.json"),
                e.getMessage());
    }

    @Test
    void aCorruptGeneratorIsNamed(@TempDir Path dir) throws IOException {
        Path source = CheckpointFolder.latest(TinyGan.run()).orElseThrow();
        Path copy = Files.createDirectories(dir.resolve("step-00000001"));
        try (var files = Files.list(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.write(copy.resolve("generator-0000.params"), new byte[] {'D', 'J', 'L', '@', 0, 0});
        CheckpointException e = assertThrows(CheckpointException.class, () -> GanInpainter.load(dir));
        assertTrue(e.getMessage().contains("generator-0000.params"), e.getMessage());
    }
}
