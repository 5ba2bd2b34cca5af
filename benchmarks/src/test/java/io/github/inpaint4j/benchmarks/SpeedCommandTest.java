package io.github.inpaint4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Threads;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SpeedCommandTest {

    private static String[] run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpeedCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(expectedExit, code, err.toString());
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void printsAMarkdownRowPerCase() {
        String out = run(0, "--case", "A/telea", "--repeat", "1", "--warmup", "0",
                "--samples", "../docs/samples")[0];
        assertTrue(out.startsWith("Machine: "), out);
        assertTrue(out.contains("| case | threads | median (s) |"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("| A/telea | 1 | ") && l.contains("hole PSNR")), out);
    }

    @Test
    void listsCasesAndRejectsUnknownOnes() {
        assertTrue(run(0, "--list")[0].contains("2048/telea"));
        assertTrue(run(2, "--case", "Z/none")[1].contains("unknown case 'Z/none'"));
    }

    @Test
    void missingSamplesFolderIsNamed() {
        String err = run(1, "--case", "A/telea", "--samples", "no-such-folder")[1];
        assertTrue(err.contains("no-such-folder") && err.contains("--samples"), err);
    }

    @Test
    void threadCountsAboveTheBoundAreUsageErrorsNamingTheBound() {
        String bound = "[1, " + Threads.max() + "]";
        String err = run(2, "--case", "A/telea", "--threads", "1,100000")[1];
        assertTrue(err.contains("--threads must be in " + bound) && err.contains("100000"), err);
    }

    @Test
    void printsItsUsage() {
        String out = run(0, "--help")[0];
        assertTrue(out.startsWith("Usage: speed"), out);
        assertTrue(out.contains("--case"), out);
    }
}
