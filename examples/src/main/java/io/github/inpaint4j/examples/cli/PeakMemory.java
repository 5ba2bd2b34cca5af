package io.github.inpaint4j.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The process's peak resident memory, as Linux reports it in {@code /proc/self/status}. */
final class PeakMemory {

    private PeakMemory() {
    }

    /** The peak resident set size in bytes ({@code VmHWM}), if the platform reports it. */
    static Optional<Long> bytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] f = line.substring(6).trim().split("\\s+");
                    return Optional.of(Long.parseLong(f[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Optional.empty();
    }

    /** "peak memory (RSS): N MiB", if known. */
    static Optional<String> describe() {
        return bytes().map(b -> String.format(Locale.ROOT, "peak memory (RSS): %.0f MiB", b / 1048576.0));
    }
}
