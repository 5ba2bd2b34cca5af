package io.github.inpaint4j.bench;

import static io.github.inpaint4j.bench.MaskKind.CENTER;
import static io.github.inpaint4j.bench.MaskKind.SCRATCHES;
import static io.github.inpaint4j.bench.MaskKind.STROKES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.Resampling;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.bench.CaseResult.Outcome;
import io.github.inpaint4j.bench.TestMethods.IgnoresCancellation;
import io.github.inpaint4j.bench.TestMethods.MeanFill;
import io.github.inpaint4j.bench.TestMethods.Recording;
import io.github.inpaint4j.bench.TestMethods.WaitsForCancellation;
import io.github.inpaint4j.metrics.Mae;
import io.github.inpaint4j.metrics.PatchDistance;
import io.github.inpaint4j.metrics.Psnr;
import io.github.inpaint4j.metrics.SeamMeasure;
import io.github.inpaint4j.metrics.Ssim;
import io.github.inpaint4j.metrics.TextureFidelity;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InpaintBenchTest {

    private static final int SIZE = 32;
    /** The CENTER hole at 32×32: a quarter of the side, centred. */
    private static final Mask CENTER_HOLE = Mask.fromRectangles(SIZE, SIZE, new Rect(12, 12, 8, 8));
    private static final int SECONDS_COLUMN = 12;

    @TempDir
    Path dir;

    private static BenchConfig config(MaskKind... kinds) {
        return BenchConfig.defaults().withSize(SIZE).withMasks(List.of(kinds));
    }

    private static BenchMethod method(String name, Inpainter inpainter) {
        return new BenchMethod(name, inpainter);
    }

    private static BenchReport run(BenchConfig config, List<BenchMethod> methods, List<BenchPicture> pictures,
            Path out) throws IOException {
        return new InpaintBench(config, methods).run(pictures, out, false, ProgressListener.NONE,
                CancellationToken.NONE);
    }

    /** The CSV's data rows, split into their 14 fields (the tests' names and messages need no quoting). */
    private static List<String[]> rows(Path out) throws IOException {
        List<String> lines = Files.readString(out.resolve("results.csv")).lines().toList();
        assertEquals(ResultsCsv.HEADER, lines.get(0));
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            assertEquals(14, fields.length, line);
            rows.add(fields);
        }
        return rows;
    }

    /** The rows without their wall-time column, which is the only one allowed to differ between runs. */
    private static List<List<String>> withoutSeconds(List<String[]> rows) {
        List<List<String>> out = new ArrayList<>();
        for (String[] row : rows) {
            List<String> fields = new ArrayList<>(Arrays.asList(row));
            fields.remove(SECONDS_COLUMN);
            out.add(fields);
        }
        return out;
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Two pictures that are not square, two mask kinds, a mean fill and a method that always throws. */
    private final class TwoByTwo {
        final List<BenchPicture> pictures = List.of(
                new BenchPicture("gradient", SyntheticImages.gradient(40, 40)),
                new BenchPicture("sub/checks", SyntheticImages.checkerboard(48, 32, 5)));
        final Recording mean = new Recording(new MeanFill());
        final Recording boom = new Recording(TestMethods.failing("boom: no luck"));
        final BenchConfig config = config(CENTER, SCRATCHES);
        final Path out = dir.resolve("out/nested");
        final BenchReport report;

        TwoByTwo() throws IOException {
            report = run(config, List.of(method("mean", mean), method("boom", boom)), pictures, out);
        }
    }

    @Test
    void writesOneRowPerCaseInRunOrderWithTheMetricsOfEachFill() throws IOException {
        TwoByTwo bench = new TwoByTwo();
        BenchReport report = bench.report;
        assertEquals(bench.config, report.config());
        assertEquals(List.of("mean", "boom"), report.methods());
        assertEquals(report.csv(), Files.readString(bench.out.resolve("results.csv")));
        List<String[]> rows = rows(bench.out);
        assertEquals(2 * 2 * 2, rows.size());
        assertEquals(8, report.results().size());
        assertEquals(4, bench.mean.calls.size());
        assertEquals(4, bench.boom.calls.size());

        int i = 0;
        for (BenchPicture picture : bench.pictures) {
            RgbImage fitted = Resampling.centreSquare(picture.image(), SIZE);
            for (MaskKind kind : List.of(CENTER, SCRATCHES)) {
                int group = i / 2;
                Recording.Call meanCall = bench.mean.calls.get(group);
                Recording.Call boomCall = bench.boom.calls.get(group);
                assertEquals(fitted, meanCall.image(), "the bench fills the centre square brought to its size");
                assertEquals(meanCall.image(), boomCall.image());
                assertEquals(meanCall.mask(), boomCall.mask(), "every method gets the same hole");
                Mask mask = meanCall.mask();
                if (kind == CENTER) {
                    assertEquals(CENTER_HOLE, mask);
                } else {
                    assertFalse(mask.isEmpty());
                }

                for (String name : List.of("mean", "boom")) {
                    String[] row = rows.get(i);
                    CaseResult result = report.results().get(i);
                    String where = String.join(",", row);
                    assertEquals(picture.name(), row[0], where);
                    assertEquals(kind.id(), row[1], where);
                    assertEquals(name, row[2], where);
                    assertEquals(picture.name(), result.picture());
                    assertEquals(kind, result.mask());
                    assertEquals(name, result.method());
                    assertEquals(mask.holeCount(), result.holePixels());
                    assertEquals(String.valueOf(mask.holeCount()), row[3]);
                    assertTrue(Double.parseDouble(row[SECONDS_COLUMN]) >= 0, where);
                    if (name.equals("mean")) {
                        RgbImage filled = new MeanFill().inpaint(fitted, mask);
                        assertEquals(Outcome.OK, result.outcome());
                        assertFalse(result.failed());
                        assertEquals(Psnr.inHole(fitted, filled, mask), result.holePsnr());
                        assertEquals(Mae.inHole(fitted, filled, mask), result.holeMae());
                        assertEquals(TextureFidelity.of(fitted, filled, mask), result.textureFidelity());
                        assertEquals(PatchDistance.of(fitted, filled, mask), result.patchDistance());
                        assertEquals(SeamMeasure.of(fitted, filled, mask), result.seam());
                        assertEquals(Ssim.of(fitted, filled), result.ssim());
                        assertEquals(Psnr.of(fitted, filled), result.psnr());
                        assertTrue(Double.isFinite(result.holePsnr()) && result.holePsnr() > 0, where);
                        assertEquals("", result.error());
                        assertEquals("ok", row[4]);
                        assertEquals(result.holePsnr(), Double.parseDouble(row[5]), 0.5e-4, where);
                        assertEquals(result.holeMae(), Double.parseDouble(row[6]), 0.5e-6, where);
                        assertEquals(result.textureFidelity(), Double.parseDouble(row[7]), 0.5e-4, where);
                        assertEquals(result.patchDistance(), Double.parseDouble(row[8]), 0.5e-4, where);
                        assertEquals(Double.isNaN(result.seam()) ? "" : String.format(Locale.ROOT, "%.4f", result.seam()),
                                row[9], where);
                        assertEquals(result.ssim(), Double.parseDouble(row[10]), 0.5e-6, where);
                        assertEquals(result.psnr(), Double.parseDouble(row[11]), 0.5e-4, where);
                        assertEquals("", row[13]);
                    } else {
                        assertEquals(Outcome.FAILED, result.outcome());
                        assertTrue(result.failed());
                        assertTrue(Double.isNaN(result.holePsnr()) && Double.isNaN(result.holeMae())
                                && Double.isNaN(result.textureFidelity()) && Double.isNaN(result.patchDistance())
                                && Double.isNaN(result.seam()) && Double.isNaN(result.ssim()) && Double.isNaN(result.psnr()));
                        assertEquals("IllegalArgumentException: boom: no luck", result.error());
                        assertEquals("failed", row[4]);
                        assertEquals(List.of("", "", "", "", "", "", ""),
                                List.of(row[5], row[6], row[7], row[8], row[9], row[10], row[11]), where);
                        assertEquals("IllegalArgumentException: boom: no luck", row[13]);
                    }
                    i++;
                }
            }
        }
        assertEquals(report.results().stream().filter(r -> r.method().equals("boom")).toList(), report.failures());
    }

    @Test
    void summaryHasARowPerMaskAndMethodAndOnePerMethodOverAll() throws IOException {
        TwoByTwo bench = new TwoByTwo();
        String md = Files.readString(bench.out.resolve("summary.md"));
        assertTrue(md.startsWith("# Inpainting bench"), md);
        assertTrue(md.contains("Pictures: 2, at 32×32. Holes: center, scratches (seed 42). Methods: mean, boom. Timeout:"
                + " 600 s per case."), md);
        assertFalse(md.contains("\r"), "one kind of line ending");
        assertEquals(bench.report.summaryTable(), md.substring(md.indexOf("| mask |")));

        List<String> table = md.lines().filter(line -> line.startsWith("|")).toList();
        assertEquals(List.of(
                "| mask | method | cases | failed | hole PSNR (dB) | hole MAE | fidelity | patch distance | seam | SSIM"
                        + " | PSNR (dB) | time (s) |",
                "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"), table.subList(0, 2));
        assertEquals(2 + 2 * 2 + 2, table.size(), md);
        List<CaseResult> results = bench.report.results();
        assertTrue(table.get(2).startsWith(meanRowPrefix("center", results.stream()
                .filter(r -> r.mask() == CENTER && r.method().equals("mean")).toList())), table.get(2));
        assertEquals("| center | boom | 2 | 2 | – | – | – | – | – | – | – | – |", table.get(3));
        assertTrue(table.get(4).startsWith(meanRowPrefix("scratches", results.stream()
                .filter(r -> r.mask() == SCRATCHES && r.method().equals("mean")).toList())), table.get(4));
        assertEquals("| scratches | boom | 2 | 2 | – | – | – | – | – | – | – | – |", table.get(5));
        assertTrue(table.get(6).startsWith(meanRowPrefix("**all**", results.stream()
                .filter(r -> r.method().equals("mean")).toList())), table.get(6));
        assertEquals("| **all** | boom | 4 | 4 | – | – | – | – | – | – | – | – |", table.get(7));
    }

    /** The start of the row of the mean fill, whose cases all finished: everything up to the time. */
    private static String meanRowPrefix(String mask, List<CaseResult> cases) {
        return String.format(Locale.ROOT, "| %s | mean | %d | 0 | %.2f | %.4f | %.2f | %.2f | %s | %.4f | %.2f | ", mask,
                cases.size(), mean(cases, CaseResult::holePsnr), mean(cases, CaseResult::holeMae),
                mean(cases, CaseResult::textureFidelity), mean(cases, CaseResult::patchDistance),
                cases.stream().allMatch(r -> Double.isNaN(r.seam())) ? "–" : String.format(Locale.ROOT, "%.2f",
                        cases.stream().mapToDouble(CaseResult::seam).filter(v -> !Double.isNaN(v)).average().orElseThrow()),
                mean(cases, CaseResult::ssim), mean(cases, CaseResult::psnr));
    }

    private static double mean(List<CaseResult> cases, ToDoubleFunction<CaseResult> metric) {
        return cases.stream().mapToDouble(metric).average().orElseThrow();
    }

    @Test
    void writesAMontagePerPictureAndMask() throws IOException {
        TwoByTwo bench = new TwoByTwo();
        assertEquals(bench.out.resolve("montages").resolve("sub_checks-center.png"),
                InpaintBench.montageFile(bench.out, "sub/checks", CENTER));
        int group = 0;
        for (BenchPicture picture : bench.pictures) {
            for (MaskKind kind : List.of(CENTER, SCRATCHES)) {
                Path file = InpaintBench.montageFile(bench.out, picture.name(), kind);
                assertTrue(Files.isRegularFile(file), file.toString());
                BufferedImage montage = ImageIO.read(file.toFile());
                assertTrue(montage.getHeight() > SIZE, "height " + montage.getHeight());
                assertTrue(montage.getWidth() >= 4 * SIZE, "width " + montage.getWidth());
                // the input tile shows the hole in magenta, and nothing else in these pictures is magenta
                assertEquals(bench.mean.calls.get(group).mask().holeCount(), countPixels(montage, 0xff00ff),
                        file.toString());
                // the failed method's tile is a grey square
                assertTrue(countPixels(montage, 0xc0c0c0) >= SIZE * SIZE, file.toString());
                group++;
            }
        }
        try (var files = Files.list(bench.out.resolve("montages"))) {
            assertEquals(4, files.count(), "one montage per picture and mask, no temporary file left");
        }
    }

    @Test
    void failuresAndContractBreachesAreRecordedAndLaterMethodsStillRun() throws IOException {
        RgbImage picture = SyntheticImages.gradient(SIZE, SIZE);
        BenchReport report = run(config(CENTER), List.of(
                method("boom", TestMethods.failing("boom")),
                method("changes", TestMethods.changesPixelZero()),
                method("narrow", TestMethods.wrongSize()),
                method("nothing", TestMethods.returnsNull()),
                method("mean", new MeanFill())), List.of(new BenchPicture("p", picture)), dir);
        List<CaseResult> results = report.results();
        assertEquals(List.of("boom", "changes", "narrow", "nothing", "mean"),
                results.stream().map(CaseResult::method).toList());
        assertEquals(List.of(Outcome.FAILED, Outcome.FAILED, Outcome.FAILED, Outcome.FAILED, Outcome.OK),
                results.stream().map(CaseResult::outcome).toList());
        assertEquals(List.of("IllegalArgumentException: boom", "changed 1 known pixels",
                        "returned a 31×32 image for a 32×32 picture", "returned no image", ""),
                results.stream().map(CaseResult::error).toList());
        for (CaseResult result : results) {
            assertEquals(CENTER_HOLE.holeCount(), result.holePixels());
        }
        List<String[]> rows = rows(dir);
        assertEquals(List.of("failed", "failed", "failed", "failed", "ok"),
                rows.stream().map(row -> row[4]).toList());
        assertEquals("changed 1 known pixels", rows.get(1)[13]);
        assertEquals(4, report.failures().size());
        BufferedImage montage = ImageIO.read(InpaintBench.montageFile(dir, "p", CENTER).toFile());
        assertTrue(countPixels(montage, 0xc0c0c0) >= 4 * SIZE * SIZE, "four grey tiles");
    }

    @Test
    void aPerfectFillHasInfinitePsnrNoErrorAndSsimOne() throws IOException {
        RgbImage picture = SyntheticImages.noise(SIZE, SIZE, 5);
        BenchReport report = run(config(CENTER, STROKES), List.of(method("perfect", TestMethods.perfect(picture))),
                List.of(new BenchPicture("noise", picture)), dir);
        for (CaseResult result : report.results()) {
            assertEquals(Outcome.OK, result.outcome(), result.error());
            assertEquals(Double.POSITIVE_INFINITY, result.holePsnr());
            assertEquals(0.0, result.holeMae());
            assertEquals(0.0, result.patchDistance());
            assertEquals(1.0, result.seam());
            assertEquals(1.0, result.ssim());
            assertEquals(Double.POSITIVE_INFINITY, result.psnr());
        }
        for (String[] row : rows(dir)) {
            assertEquals(List.of("ok", "inf", "0.000000", "1.0000", "0.0000", "1.0000", "1.000000", "inf"),
                    List.of(row).subList(4, 12));
        }
        String md = Files.readString(dir.resolve("summary.md"));
        assertTrue(md.contains("| center | perfect | 1 | 0 | ∞ | 0.0000 | 1.00 | 0.00 | 1.00 | 1.0000 | ∞ | "), md);
        assertTrue(md.contains("| **all** | perfect | 2 | 0 | ∞ | 0.0000 | 1.00 | 0.00 | 1.00 | 1.0000 | ∞ | "), md);
    }

    @Test
    void csvQuotesFieldsWithQuotesAndCommas() throws IOException {
        run(config(CENTER), List.of(method("boom", TestMethods.failing("boom, \"really\""))),
                List.of(new BenchPicture("say \"cheese\"", SyntheticImages.gradient(SIZE, SIZE))), dir);
        List<String> lines = Files.readString(dir.resolve("results.csv")).lines().toList();
        assertEquals(2, lines.size());
        String row = lines.get(1);
        assertTrue(row.startsWith("\"say \"\"cheese\"\"\",center,boom,64,failed,,,,,"), row);
        assertTrue(row.endsWith(",\"IllegalArgumentException: boom, \"\"really\"\"\""), row);
    }

    @Test
    void aMethodThatHonoursCancellationIsTimedOutAndTheNextOneRuns() throws IOException {
        WaitsForCancellation waits = new WaitsForCancellation();
        BenchConfig config = config(CENTER).withTimeout(Duration.ofMillis(200));
        long start = System.nanoTime();
        BenchReport report = run(config, List.of(method("waits", waits), method("mean", new MeanFill())),
                List.of(new BenchPicture("p", SyntheticImages.gradient(SIZE, SIZE))), dir);
        double elapsed = (System.nanoTime() - start) / 1e9;
        assertTrue(waits.sawCancellation.get(), "the method's token was cancelled at the timeout");
        CaseResult timedOut = report.results().get(0);
        assertEquals(Outcome.TIMED_OUT, timedOut.outcome());
        assertTrue(timedOut.failed());
        assertEquals("still running after the 0.2 s timeout", timedOut.error());
        assertFalse(timedOut.error().contains("ignored"), timedOut.error());
        assertTrue(timedOut.seconds() >= 0.2 && timedOut.seconds() < 5, "seconds " + timedOut.seconds());
        assertTrue(Double.isNaN(timedOut.holePsnr()));
        assertEquals(CENTER_HOLE.holeCount(), timedOut.holePixels());
        assertEquals(Outcome.OK, report.results().get(1).outcome());
        assertTrue(elapsed < 5, "elapsed " + elapsed);
        List<String[]> rows = rows(dir);
        assertEquals("timed_out", rows.get(0)[4]);
        assertEquals(List.of("", "", "", ""), List.of(rows.get(0)).subList(5, 9));
        assertEquals("ok", rows.get(1)[4]);
        String md = Files.readString(dir.resolve("summary.md"));
        assertTrue(md.contains("| center | waits | 1 | 1 | – | – | – | – | – |"), md);
    }

    @Test
    void aMethodThatIgnoresCancellationIsAbandonedAndTheNextOneRunsOnAFreshThread() throws IOException {
        IgnoresCancellation ignores = new IgnoresCancellation();
        Recording stubborn = new Recording(ignores);
        Recording mean = new Recording(new MeanFill());
        BenchConfig config = config(CENTER).withTimeout(Duration.ofMillis(200));
        long start = System.nanoTime();
        BenchReport report = run(config, List.of(method("stubborn", stubborn), method("mean", mean)),
                List.of(new BenchPicture("p", SyntheticImages.gradient(SIZE, SIZE))), dir);
        assertTrue(ignores.started.get());
        CaseResult timedOut = report.results().get(0);
        assertEquals(Outcome.TIMED_OUT, timedOut.outcome());
        assertTrue(timedOut.error().contains("ignored the cancellation"), timedOut.error());
        CaseResult next = report.results().get(1);
        assertEquals(Outcome.OK, next.outcome(), next.error());
        assertNotSame(stubborn.calls.get(0).thread(), mean.calls.get(0).thread(),
                "the abandoned method keeps its thread; the next one gets a new worker");
        double nextStarted = (mean.calls.get(0).startNanos() - start) / 1e9;
        assertTrue(nextStarted < 0.9, "the bench does not wait for the stubborn method's second: " + nextStarted);
        assertEquals("timed_out", rows(dir).get(0)[4]);
    }

    @Test
    void existingOutputsAreKeptUnlessOverwriteIsAsked() throws IOException {
        List<BenchPicture> pictures = List.of(new BenchPicture("p", SyntheticImages.gradient(SIZE, SIZE)));
        BenchConfig config = config(CENTER);
        Path out = dir.resolve("out");
        run(config, List.of(method("mean", new MeanFill())), pictures, out);
        String csv = Files.readString(out.resolve("results.csv"));

        AtomicInteger calls = new AtomicInteger();
        Inpainter counting = (image, mask, progress, cancel) -> {
            calls.incrementAndGet();
            return new MeanFill().inpaint(image, mask, progress, cancel);
        };
        InpaintBench again = new InpaintBench(config, List.of(method("counting", counting)));
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> again.run(pictures, out, false, ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getFile().endsWith("results.csv"), e.getFile());
        assertEquals(0, calls.get(), "no method runs before the outputs are checked");
        assertEquals(csv, Files.readString(out.resolve("results.csv")));

        // a montage alone is enough to stop the bench
        Path other = dir.resolve("other");
        Path montage = InpaintBench.montageFile(other, "p", CENTER);
        Files.createDirectories(montage.getParent());
        Files.writeString(montage, "keep me");
        assertThrows(FileAlreadyExistsException.class,
                () -> again.run(pictures, other, false, ProgressListener.NONE, CancellationToken.NONE));
        assertEquals(0, calls.get());
        assertEquals("keep me", Files.readString(montage));
        assertFalse(Files.exists(other.resolve("results.csv")));

        BenchReport report = again.run(pictures, out, true, ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(1, calls.get());
        assertEquals(Outcome.OK, report.results().get(0).outcome());
        assertEquals("counting", rows(out).get(0)[2]);
    }

    @Test
    void theSameConfigurationGivesTheSameResultsAndAnotherSeedOtherStrokes() throws IOException {
        List<BenchPicture> pictures = List.of(
                new BenchPicture("g", SyntheticImages.gradient(40, 40)),
                new BenchPicture("n", SyntheticImages.noise(36, 36, 3)));
        BenchConfig config = config(CENTER, STROKES, SCRATCHES);
        Recording first = new Recording(new MeanFill());
        Recording second = new Recording(new MeanFill());
        Recording reseeded = new Recording(new MeanFill());
        run(config, List.of(method("mean", first)), pictures, dir.resolve("1"));
        run(config, List.of(method("mean", second)), pictures, dir.resolve("2"));
        run(config.withSeed(7), List.of(method("mean", reseeded)), pictures, dir.resolve("3"));

        assertEquals(withoutSeconds(rows(dir.resolve("1"))), withoutSeconds(rows(dir.resolve("2"))));
        assertEquals(6, first.calls.size());
        boolean strokesDiffer = false;
        for (int i = 0; i < 6; i++) {
            Mask mask = first.calls.get(i).mask();
            assertEquals(mask, second.calls.get(i).mask());
            MaskKind kind = config.masks().get(i % 3);
            if (kind == CENTER) {
                assertEquals(mask, reseeded.calls.get(i).mask(), "the centre square does not depend on the seed");
            }
            if (kind == STROKES && !mask.equals(reseeded.calls.get(i).mask())) {
                strokesDiffer = true;
            }
        }
        assertTrue(strokesDiffer, "seed 7 draws other strokes than seed 42");
        assertNotEquals(withoutSeconds(rows(dir.resolve("1"))), withoutSeconds(rows(dir.resolve("3"))));
    }

    /** With a dilation every method fills, and is scored on, the drawn hole grown by it. */
    @Test
    void dilatedHolesAreFilledAndScored() throws IOException {
        BenchPicture a = new BenchPicture("a", SyntheticImages.gradient(SIZE, SIZE));
        Recording drawn = new Recording(new MeanFill());
        Recording grown = new Recording(new MeanFill());
        run(config(CENTER, STROKES), List.of(method("mean", drawn)), List.of(a), dir.resolve("drawn"));
        BenchReport report = run(config(CENTER, STROKES).withDilate(2), List.of(method("mean", grown)), List.of(a),
                dir.resolve("grown"));
        for (int k = 0; k < 2; k++) {
            Mask mask = drawn.calls.get(k).mask().dilate(2);
            assertEquals(mask, grown.calls.get(k).mask());
            assertEquals(mask.holeCount(), report.results().get(k).holePixels());
        }
        assertTrue(grown.calls.get(0).mask().holeCount() > drawn.calls.get(0).mask().holeCount());
    }

    @Test
    void aPictureGetsTheSameHolesWhateverThePicturesBenchedWithIt() throws IOException {
        BenchPicture a = new BenchPicture("a", SyntheticImages.gradient(SIZE, SIZE));
        BenchPicture b = new BenchPicture("b", SyntheticImages.checkerboard(SIZE, SIZE, 4));
        BenchConfig config = config(STROKES, SCRATCHES);
        Recording both = new Recording(new MeanFill());
        Recording reversed = new Recording(new MeanFill());
        Recording alone = new Recording(new MeanFill());
        run(config, List.of(method("mean", both)), List.of(a, b), dir.resolve("ab"));
        run(config, List.of(method("mean", reversed)), List.of(b, a), dir.resolve("ba"));
        run(config, List.of(method("mean", alone)), List.of(b), dir.resolve("b"));

        List<Mask> masksOfB = alone.calls.stream().map(Recording.Call::mask).toList();
        assertEquals(masksOfB, both.calls.subList(2, 4).stream().map(Recording.Call::mask).toList());
        assertEquals(masksOfB, reversed.calls.subList(0, 2).stream().map(Recording.Call::mask).toList());
        List<List<String>> rowsOfB = withoutSeconds(rows(dir.resolve("b")));
        assertEquals(rowsOfB, withoutSeconds(rows(dir.resolve("ab"))).subList(2, 4));
        assertEquals(rowsOfB, withoutSeconds(rows(dir.resolve("ba"))).subList(0, 2));
        assertEquals("strokes", rowsOfB.get(0).get(1));
    }

    @Test
    void progressRisesFromZeroToOneAndRelaysTheMethodsOwnProgress() throws IOException {
        List<Double> seen = new CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        InpaintBench bench = new InpaintBench(config(CENTER), List.of(
                method("slow", TestMethods.progressing(0.5, 7.0, 300)),
                method("mean", new MeanFill())));
        bench.run(List.of(new BenchPicture("p", SyntheticImages.gradient(SIZE, SIZE))), dir, false, fraction -> {
            seen.add(fraction);
            threads.add(Thread.currentThread());
        }, CancellationToken.NONE);
        assertEquals(0.0, seen.get(0));
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 0; i < seen.size(); i++) {
            double f = seen.get(i);
            assertTrue(f >= 0 && f <= 1, seen.toString());
            if (i > 0) {
                assertTrue(f >= seen.get(i - 1), "non-decreasing: " + seen);
            }
        }
        assertTrue(seen.contains(0.25), "half of the first of two cases: " + seen);
        assertTrue(seen.contains(0.5), seen.toString());
        assertTrue(threads.stream().allMatch(t -> t == caller), "progress arrives on the calling thread");
    }

    @Test
    void outlandishProgressFromAMethodIsClampedAndNeverRelayedAsNaN() throws IOException {
        List<Double> seen = new CopyOnWriteArrayList<>();
        InpaintBench bench = new InpaintBench(config(CENTER), List.of(
                method("nan", TestMethods.progressing(Double.NaN, -3, 300)),
                method("mean", new MeanFill())));
        bench.run(List.of(new BenchPicture("p", SyntheticImages.gradient(SIZE, SIZE))), dir, false, seen::add,
                CancellationToken.NONE);
        assertTrue(seen.size() > 3, "the slow method's progress was relayed: " + seen);
        for (double f : seen) {
            assertTrue(f >= 0 && f <= 1, seen.toString());
        }
        assertEquals(List.of(0.0, 0.5, 1.0), seen.stream().distinct().toList());
    }

    @Test
    void cancellingDuringACaseStopsTheMethodAndTheBench() {
        WaitsForCancellation waits = new WaitsForCancellation(0.3);
        CancellationToken cancel = CancellationToken.create();
        InpaintBench bench = new InpaintBench(config(CENTER), List.of(method("waits", waits)));
        long start = System.nanoTime();
        assertThrows(InpaintingCancelledException.class, () -> bench.run(
                List.of(new BenchPicture("p", SyntheticImages.gradient(SIZE, SIZE))), dir, false, fraction -> {
                    if (fraction > 0) {
                        cancel.cancel();
                    }
                }, cancel));
        double elapsed = (System.nanoTime() - start) / 1e9;
        assertTrue(elapsed < 5, "elapsed " + elapsed);
        assertTrue(waits.sawCancellation.get(), "the running method is cancelled too");
        assertFalse(Files.exists(dir.resolve("results.csv")), "no picture and mask was finished");
    }

    @Test
    void cancellingBetweenCasesStopsTheBenchAndKeepsWhatWasWritten() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        Inpainter counting = (image, mask, progress, cancel) -> {
            calls.incrementAndGet();
            return new MeanFill().inpaint(image, mask, progress, cancel);
        };
        CancellationToken cancel = CancellationToken.create();
        InpaintBench bench = new InpaintBench(config(CENTER, SCRATCHES), List.of(method("counting", counting)));
        assertThrows(InpaintingCancelledException.class, () -> bench.run(
                List.of(new BenchPicture("p", SyntheticImages.gradient(SIZE, SIZE))), dir, false, fraction -> {
                    if (fraction >= 0.5) {
                        cancel.cancel();
                    }
                }, cancel));
        assertEquals(1, calls.get(), "the second case is not started");
        List<String[]> rows = rows(dir);
        assertEquals(1, rows.size());
        assertEquals(List.of("p", "center", "counting", "64", "ok"), List.of(rows.get(0)).subList(0, 5));
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("| center | counting | 1 | 0 |"));
        assertTrue(Files.exists(InpaintBench.montageFile(dir, "p", CENTER)));
        assertFalse(Files.exists(InpaintBench.montageFile(dir, "p", SCRATCHES)));
    }

    @Test
    void aTokenCancelledBeforehandRunsNothing() {
        AtomicInteger calls = new AtomicInteger();
        Inpainter counting = (image, mask, progress, cancel) -> {
            calls.incrementAndGet();
            return new MeanFill().inpaint(image, mask, progress, cancel);
        };
        CancellationToken cancel = CancellationToken.create();
        cancel.cancel();
        InpaintBench bench = new InpaintBench(config(CENTER), List.of(method("counting", counting)));
        assertThrows(InpaintingCancelledException.class, () -> bench.run(
                List.of(new BenchPicture("p", SyntheticImages.gradient(SIZE, SIZE))), dir, false,
                ProgressListener.NONE, cancel));
        assertEquals(0, calls.get());
        assertFalse(Files.exists(dir.resolve("results.csv")));
    }

    @Test
    void badArgumentsAreNamed() {
        BenchConfig config = config(CENTER);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new InpaintBench(config, List.of()));
        assertTrue(e.getMessage().contains("at least one method"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new InpaintBench(config,
                List.of(method("same", new MeanFill()), method("other", new MeanFill()),
                        method("same", new MeanFill()))));
        assertTrue(e.getMessage().contains("two methods are named 'same'"), e.getMessage());

        InpaintBench bench = new InpaintBench(config, List.of(method("mean", new MeanFill())));
        Path out = dir.resolve("never");
        e = assertThrows(IllegalArgumentException.class,
                () -> bench.run(List.of(), out, false, ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getMessage().contains("at least one picture"), e.getMessage());
        RgbImage image = SyntheticImages.gradient(SIZE, SIZE);
        e = assertThrows(IllegalArgumentException.class, () -> bench.run(List.of(new BenchPicture("x", image),
                new BenchPicture("y", image), new BenchPicture("x", image)), out, false, ProgressListener.NONE,
                CancellationToken.NONE));
        assertTrue(e.getMessage().contains("two pictures are named 'x'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> bench.run(List.of(new BenchPicture("sub/x", image),
                new BenchPicture("Sub_X", image)), out, false, ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getMessage().contains("'sub/x' and 'Sub_X' would share the montage files montages/Sub_X-*.png"),
                e.getMessage());
        assertFalse(Files.exists(out), "nothing is created for a bench that cannot run");
    }
}
