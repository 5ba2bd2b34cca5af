package io.github.inpaint4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The process's resident memory as Linux reports it in {@code /proc/self/status}: native memory
 * (PyTorch's) included, which the JVM's own counters do not see. Empty on other systems.
 */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** The current resident set size in bytes ({@code VmRSS}). */
    public static Optional<Long> resident() {
        return field("VmRSS:");
    }

    /** The peak resident set size in bytes ({@code VmHWM}). */
    public static Optional<Long> peak() {
        return field("VmHWM:");
    }

    /**
     * Resets the peak ({@link #peak()}) to the current resident size, so that it then measures
     * what follows (Linux 4.0 and later: {@code 5} written to {@code /proc/self/clear_refs}).
     *
     * @return {@code true} if the peak was reset
     */
    public static boolean resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // not Linux, or not allowed: the peak covers the whole process
        }
    }

    /** "peak memory (RSS): N MiB", if known. */
    public static Optional<String> describePeak() {
        return peak().map(b -> String.format(Locale.ROOT, "peak memory (RSS): %.0f MiB", mebibytes(b)));
    }

    /** Bytes in MiB. */
    public static double mebibytes(long bytes) {
        return bytes / 1048576.0;
    }

    private static Optional<Long> field(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name)) {
                    return Optional.of(Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return Optional.empty();
    }
}
