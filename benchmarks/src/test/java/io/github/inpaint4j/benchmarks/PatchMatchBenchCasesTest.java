package io.github.inpaint4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PatchMatch cases of the speed harness and their inputs. */
class PatchMatchBenchCasesTest {

    private static final Path SAMPLES = Path.of("../docs/samples");

    @Test
    void theFourCasesAreListedAndMultithreaded() {
        List<String> names = List.of("A/patchmatch", "blob30/patchmatch", "2048/patchmatch", "4000x3000/patchmatch");
        for (String name : names) {
            BenchCase c = BenchCases.all().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
            assertTrue(c.multithreaded(), name);
        }
    }

    @Test
    void blob30CoversThirtyPerCentOfCaseA() throws IOException {
        BenchInputs.Input input = BenchInputs.blob30(SAMPLES);
        assertEquals(256, input.picture().width());
        assertEquals(Math.round(0.3 * 256 * 256), input.mask().holeCount());
    }

    /** The 12-megapixel input is made from case A's photo, not read from a stored file. */
    @Test
    void photo4000x3000HasATenPerCentBlob() throws IOException {
        BenchInputs.Input input = BenchInputs.photo4000x3000(SAMPLES);
        assertEquals(4000, input.picture().width());
        assertEquals(3000, input.picture().height());
        assertEquals(1_200_000, input.mask().holeCount());
        assertTrue(input.mask().isHole(2000, 1500), "the blob is centred");
    }

    @Test
    void caseARowFromTheCommand() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpeedCommand.execute(new String[] {"--case", "A/patchmatch", "--threads", "2",
            "--repeat", "1", "--warmup", "0", "--samples", SAMPLES.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("| A/patchmatch | 2 | ")
                && l.contains("hole PSNR")), out.toString());
    }
}
