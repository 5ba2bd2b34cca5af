package io.github.inpaint4j.examples.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.examples.cli.InpaintCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SpeedCommandTest {

    private static String[] run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = InpaintCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(expectedExit, code, err.toString());
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void printsAMarkdownRowPerCase() {
        String out = run(0, "speed", "--case", "A/telea", "--repeat", "1", "--warmup", "0",
                "--samples", "../docs/samples")[0];
        assertTrue(out.startsWith("Machine: "), out);
        assertTrue(out.contains("| case | threads | median (s) |"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("| A/telea | 1 | ") && l.contains("hole PSNR")), out);
    }

    @Test
    void listsCasesAndRejectsUnknownOnes() {
        assertTrue(run(0, "speed", "--list")[0].contains("2048/telea"));
        assertTrue(run(2, "speed", "--case", "Z/none")[1].contains("unknown case 'Z/none'"));
    }

    @Test
    void missingSamplesFolderIsNamed() {
        String err = run(1, "speed", "--case", "A/telea", "--samples", "no-such-folder")[1];
        assertTrue(err.contains("no-such-folder") && err.contains("--samples"), err);
    }
}
