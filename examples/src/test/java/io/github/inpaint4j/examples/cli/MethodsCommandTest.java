package io.github.inpaint4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MethodsCommandTest {

    @Test
    void listsEveryMethodWithItsOptions() {
        CliRun run = CliRun.of("methods");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("telea ") && l.contains("--radius")), run.out());
    }
}
