package io.github.inpaint4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Rect;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextureBenchCasesTest {

    private static final Path SAMPLES = Path.of("../docs/samples");

    private static final Map<String, BenchCase> CASES = BenchCases.all().stream()
            .collect(Collectors.toMap(BenchCase::name, Function.identity()));

    /**
     * Case A: 256×256, 64×64 hole at (96, 96). Complete 11×11 windows: 246² = 60,516 centres, less
     * the 74² = 5,476 whose window meets the hole; × 4,096 hole pixels × 121 pixels × 3 channels.
     */
    @Test
    void exactEfrosLeungCountsEveryComparison() throws IOException {
        assertEquals(4096.0 * 55_040 * 121 * 3, CASES.get("A/efros-leung").prepare(SAMPLES, 1).operations());
        assertEquals(0.0, CASES.get("A/efros-leung-fast").prepare(SAMPLES, 1).operations(), "no rate");
        assertTrue(CASES.get("A/efros-leung").multithreaded() && CASES.get("A/criminisi").multithreaded());
    }

    /** 128² − 9 grown pixels × 54² windows of the 64×64 sample × 121 × 3. */
    @Test
    void synthesisCountsEveryComparison() throws IOException {
        assertEquals((128.0 * 128 - 9) * 54 * 54 * 121 * 3,
                CASES.get("synth-128/efros-leung").prepare(SAMPLES, 1).operations());
    }

    @Test
    void criminisiRowFromTheCommand() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpeedCommand.execute(new String[] {"--case", "A/criminisi", "--threads", "2",
            "--repeat", "1", "--warmup", "0", "--samples", SAMPLES.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("| A/criminisi | 2 | ")
                && l.contains("hole PSNR")), out.toString());
    }

    /**
     * The 12-megapixel cases: telea, criminisi and efros-leung-fast for the 10 % blob, the ladybird
     * and the two rectangles; patchmatch for the blob and the ladybird.
     */
    @Test
    void theLargePhotoCasesAreListed() {
        for (String prefix : new String[] {"4000x3000", "4000x3000-281k", "4000x3000-160k", "4000x3000-1.1M"}) {
            for (String method : new String[] {"telea", "criminisi", "efros-leung-fast"}) {
                BenchCase c = CASES.get(prefix + "/" + method);
                assertTrue(c != null, prefix + "/" + method);
                assertEquals(!method.equals("telea"), c.multithreaded(), c.name());
            }
        }
        assertTrue(CASES.containsKey("4000x3000/patchmatch") && CASES.containsKey("4000x3000-281k/patchmatch"));
    }

    /** The holes of the large cases: a centred 400×400 square and a centred 1100×1000 rectangle. */
    @Test
    void theLargePhotoHolesHave160kAnd1100kPixels() throws IOException {
        BenchInputs.Input small = BenchInputs.photo4000x3000Hole160k(SAMPLES);
        assertEquals(4000, small.picture().width());
        assertEquals(3000, small.picture().height());
        assertEquals(160_000, small.mask().holeCount());
        assertEquals(Optional.of(new Rect(1800, 1300, 400, 400)),
                small.mask().boundingBox());
        BenchInputs.Input large = BenchInputs.photo4000x3000Hole1100k(SAMPLES);
        assertEquals(1_100_000, large.mask().holeCount());
        assertEquals(Optional.of(new Rect(1450, 1000, 1100, 1000)),
                large.mask().boundingBox());
        assertEquals(small.picture(), large.picture(), "one photo for both holes");
    }
}
