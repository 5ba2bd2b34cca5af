package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.bench.InpaintBench;
import io.github.inpaint4j.bench.MaskKind;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inpaint bench}: the three outputs, failures recorded, usage errors. */
class BenchCommandTest {

    @TempDir
    Path dir;

    Path images;
    Path output;

    @BeforeEach
    void writePictures() throws IOException {
        images = Files.createDirectories(dir.resolve("pictures"));
        output = dir.resolve("out");
        ImageFiles.write(SyntheticImages.stripes(48, 40, 6), images.resolve("stripes.png"), false);
        ImageFiles.write(SyntheticImages.gradient(40, 40), images.resolve("gradient.png"), false);
    }

    CliRun bench(String... extra) {
        return benchAt(32, extra);
    }

    CliRun benchAt(int size, String... extra) {
        String[] base = {"bench", "--images", images.toString(), "--output", output.toString(), "--size", "" + size,
            "--no-progress"};
        return CliRun.of(Stream.concat(Arrays.stream(base), Arrays.stream(extra)).toArray(String[]::new));
    }

    List<String[]> rows() throws IOException {
        return Files.readAllLines(output.resolve("results.csv")).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    @Test
    void writesTheCsvTheSummaryAndAMontagePerPictureAndMask() throws IOException {
        CliRun run = bench("--methods", "telea,criminisi", "--masks", "center,scratches", "--patch", "5");
        assertEquals(0, run.exitCode(), run.err());

        List<String[]> rows = rows();
        assertEquals(2 * 2 * 2, rows.size());
        int i = 0;
        for (String picture : List.of("gradient", "stripes")) {
            for (String mask : List.of("center", "scratches")) {
                for (String method : List.of("telea", "criminisi")) {
                    String[] row = rows.get(i++);
                    assertEquals(List.of(picture, mask, method, "ok"), List.of(row[0], row[1], row[2], row[4]));
                    assertWholePsnrFollowsFromTheHole(row, 32 * 32);
                }
            }
        }
        assertEquals("64", rows.get(0)[3], "the centre hole is a quarter of the 32-pixel side, squared");

        String summary = Files.readString(output.resolve("summary.md"));
        assertTrue(summary.contains("| center | telea | 2 | 0 |"), summary);
        assertTrue(summary.contains("| **all** | criminisi | 4 | 0 |"), summary);
        assertTrue(run.out().contains("| scratches | criminisi | 2 | 0 |"), run.out());
        for (String picture : List.of("gradient", "stripes")) {
            for (MaskKind mask : List.of(MaskKind.CENTER, MaskKind.SCRATCHES)) {
                Path montage = InpaintBench.montageFile(output, picture, mask);
                assertTrue(ImageIO.read(montage.toFile()).getWidth() > 4 * 32, montage.toString());
            }
        }
    }

    @Test
    void aFailingMethodIsRecordedAndTheBenchGoesOn() throws IOException {
        // a 33-pixel window has no complete position in a 32-pixel picture: efros-leung fails on every case
        CliRun run = bench("--methods", "efros-leung,telea", "--masks", "center", "--window", "33");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("2 of 4 cases failed"), run.err());
        List<String[]> rows = rows();
        assertEquals(4, rows.size());
        for (String[] row : rows) {
            boolean el = row[2].equals("efros-leung");
            assertEquals(el ? "failed" : "ok", row[4], String.join(",", row));
            assertEquals(el, row[5].isEmpty());
            assertEquals(el, !row[13].isEmpty());
        }
        assertTrue(Files.readString(output.resolve("summary.md")).contains("| center | efros-leung | 2 | 2 | – |"));
    }

    @Test
    void aMethodBeyondTheTimeoutIsCancelledAndRecorded() throws IOException {
        // exact E–L needs about a minute here, Telea milliseconds: a timeout between them holds on a busy machine too
        CliRun run = benchAt(384, "--methods", "efros-leung,telea", "--masks", "large", "--timeout", "2");
        assertEquals(0, run.exitCode(), run.err());
        List<String[]> rows = rows();
        assertEquals(List.of("timed_out", "ok", "timed_out", "ok"), rows.stream().map(r -> r[4]).toList());
        assertTrue(rows.get(0)[13].contains("timeout"), rows.get(0)[13]);
    }

    @Test
    void keepsAnEarlierBenchUnlessForced() throws IOException {
        assertEquals(0, bench("--methods", "telea", "--masks", "center").exitCode());
        String before = Files.readString(output.resolve("results.csv"));
        CliRun again = bench("--methods", "telea", "--masks", "center", "--seed", "5");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("results.csv") && again.err().contains("exists"), again.err());
        assertEquals(1, again.errLines(), again.err());
        assertEquals(before, Files.readString(output.resolve("results.csv")));
        assertEquals(0, bench("--methods", "telea", "--masks", "center", "--force").exitCode());
    }

    @Test
    void anOutputThatIsAFileIsAFailureNamingIt() throws IOException {
        Files.writeString(output, "my notes");
        CliRun run = bench("--methods", "telea", "--masks", "center");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(output.toString()) && run.err().contains("output folder is a file"), run.err());
        assertEquals("my notes", Files.readString(output));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertUsage(bench("--masks", "blob"), "--masks must be one of center, strokes, scratches, large, got 'blob'");
        assertUsage(bench("--methods", "telea,magic"), "unknown method 'magic'");
        assertUsage(bench("--methods", "telea,telea"), "named twice");
        assertUsage(bench("--methods", "telea", "--window", "7"), "--window does not apply to method telea");
        assertUsage(benchAt(8), "size must be >= 32");
        assertUsage(bench("--timeout", "0"), "--timeout must be > 0");
        assertFalse(Files.exists(output.resolve("results.csv")));
    }

    @Test
    void aMissingOrEmptyFolderIsAFailure() throws IOException {
        CliRun missing = CliRun.of("bench", "--images", dir.resolve("nowhere").toString(), "--output",
                output.toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nowhere") && missing.err().contains("does not exist"), missing.err());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.png"), "not a picture");
        CliRun none = CliRun.of("bench", "--images", empty.toString(), "--output", output.toString());
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("no readable picture"), none.err());
    }

    /** Known pixels are exact, so the whole picture's MSE is the hole's times the hole's share of the pixels. */
    private static void assertWholePsnrFollowsFromTheHole(String[] row, int pixels) {
        if (row[5].equals("inf")) {
            assertEquals("inf", row[11], String.join(",", row));
            return;
        }
        double expected = Double.parseDouble(row[5]) + 10 * Math.log10((double) pixels / Integer.parseInt(row[3]));
        assertEquals(expected, Double.parseDouble(row[11]), 2e-4, String.join(",", row));
    }

    private static void assertUsage(CliRun run, String message) {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(message), run.err());
    }
}
