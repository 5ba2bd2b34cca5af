package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --help} works on every command, before its required options are checked. */
class HelpOptionTest {

    @ParameterizedTest
    @CsvSource({"fill, --method", "synth, --sample", "train, --data", "bench, --images",
        "methods, --help"})
    void printsTheCommandsUsage(String command, String option) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: inpaint " + command), run.out());
        assertTrue(run.out().contains(option), run.out());
    }
}
