package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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

    @Test
    void theGeneralHelpNamesEachMethodsOptionsWithoutListingThem() {
        CliRun run = CliRun.of("fill", "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("--coarsest-iterations=N"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  efros-leung ") && l.contains("--window")
                && l.contains("--fast")), run.out());
        assertTrue(run.out().contains("inpaint fill --method NAME --help"), run.out());
    }

    @Test
    void theHelpOfOneMethodShowsItsOptionsOnly() {
        CliRun run = CliRun.of("fill", "--method", "efros-leung", "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Options of efros-leung:"), run.out());
        assertTrue(run.out().contains("--max-error=X") && run.out().contains("(default 0.3, > 0)"), run.out());
        assertFalse(run.out().contains("--patch"), run.out());
        CliRun bench = CliRun.of("bench", "--methods", "telea,criminisi", "--help");
        assertTrue(bench.out().contains("Options of telea:") && bench.out().contains("--radius=N")
                && bench.out().contains("Options of criminisi:") && !bench.out().contains("--window"), bench.out());
        CliRun methods = CliRun.of("methods", "telea");
        assertEquals(0, methods.exitCode(), methods.err());
        assertTrue(methods.out().startsWith("telea ") && !methods.out().contains("criminisi"), methods.out());
        assertEquals(2, CliRun.of("methods", "magic").exitCode());
    }
}
