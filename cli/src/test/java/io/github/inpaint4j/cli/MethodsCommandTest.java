package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Inpainters;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodsCommandTest {

    @Test
    void listsEveryRegisteredMethodWithItsOptions() {
        CliRun run = CliRun.of("methods");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        for (String name : Inpainters.names()) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(name + " ")), name + " in " + run.out());
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("telea ") && l.contains("[--radius]")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                " {4}--radius integer +radius of the averaged neighbourhood, in pixels \\(default 5, \\[1, 50]\\)")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("    --fast ") && !l.contains("(default")), run.out());
    }
}
