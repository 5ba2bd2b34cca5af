package io.github.inpaint4j.benchmarks;

import io.github.inpaint4j.Threads;
import io.github.inpaint4j.cli.CommandRunner;
import io.github.inpaint4j.cli.ProcessMemory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The speed harness ({@code java -jar benchmarks/target/speed.jar}): times the methods on the reference cases and prints a Markdown table
 * (case, threads, median and fastest time, rate, peak memory, quality) for docs/performance.md.
 * Each case is run {@code --warmup} times untimed, then {@code --repeat} times timed. The peak
 * memory is the process's resident set high-water mark over the row (reset at its start where
 * Linux allows, {@link ProcessMemory#resetPeak}): the JVM's heap as it grew included, so a row's
 * figure is an upper bound of what the case needs, and a case run alone under {@code -Xmx} says
 * what it needs at most.
 */
@Command(name = "speed", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Time the methods on the reference cases; prints a Markdown table.")
public final class SpeedCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", split = ",", paramLabel = "NAME",
            description = "cases to run, comma-separated (default: all; see --list)")
    List<String> cases;

    @Option(names = "--threads", split = ",", paramLabel = "N", defaultValue = "1,2",
            description = "thread counts for multithreaded cases (default: 1,2)")
    List<Integer> threads;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "5", description = "timed runs per row (default: 5)")
    int repeat;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "untimed runs first (default: 1)")
    int warmup;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "docs/samples",
            description = "folder of the bundled samples (default: docs/samples)")
    Path samples;

    @Option(names = "--list", description = "list the cases and exit")
    boolean list;

    @Option(names = "--verbose", description = "log details, and print the stack trace of an error")
    boolean verbose;

    /** Runs the harness and exits with its code (0, 1 failure, 2 usage error, as {@code inpaint}). */
    public static void main(String[] args) {
        CommandRunner.main(new SpeedCommand(), args);
    }

    /** Runs the harness with the given streams and returns its exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return CommandRunner.execute(new SpeedCommand(), args, out, err);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<BenchCase> all = BenchCases.all();
        if (list) {
            all.forEach(c -> out.printf("%-32s %s%n", c.name(), c.description()));
            return 0;
        }
        List<BenchCase> selected = select(all);
        if (repeat < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--repeat must be >= 1 and --warmup >= 0");
        }
        try {
            threads.forEach(t -> Threads.require("--threads", t));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        out.println(machine());
        out.println();
        out.println("| case | threads | median (s) | fastest (s) | rate | peak RSS (MiB) | result |");
        out.println("|---|---:|---:|---:|---:|---:|---|");
        for (BenchCase c : selected) {
            for (int t : c.multithreaded() ? threads : List.of(1)) {
                out.println(row(c, t));
                out.flush();
            }
        }
        return 0;
    }

    private List<BenchCase> select(List<BenchCase> all) {
        if (cases == null || cases.isEmpty()) {
            return all;
        }
        List<BenchCase> selected = new ArrayList<>();
        for (String name : cases) {
            selected.add(all.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown case '" + name
                            + "' (known: " + all.stream().map(BenchCase::name).collect(Collectors.joining(", "))
                            + ")")));
        }
        return selected;
    }

    private String row(BenchCase c, int threadCount) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        err.printf("speed: %s, %d thread(s): %d warm-up + %d timed runs%n", c.name(), threadCount, warmup, repeat);
        err.flush();
        String note = "";
        double[] seconds = new double[repeat];
        double ops;
        ProcessMemory.resetPeak();
        try (BenchCase.Trial trial = c.prepare(samples, threadCount)) {
            for (int i = 0; i < warmup; i++) {
                note = trial.run();
            }
            for (int i = 0; i < repeat; i++) {
                long start = System.nanoTime();
                note = trial.run();
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
            ops = trial.operations();
        }
        Arrays.sort(seconds);
        double median = repeat % 2 == 1 ? seconds[repeat / 2] : (seconds[repeat / 2 - 1] + seconds[repeat / 2]) / 2;
        String rate = ops > 0 ? String.format(Locale.ROOT, "%.2e/s", ops / median) : "–";
        String peak = ProcessMemory.peak().map(b -> String.format(Locale.ROOT, "%.0f", ProcessMemory.mebibytes(b)))
                .orElse("–");
        return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %s | %s | %s |", c.name(), threadCount, median,
                seconds[0], rate, peak, note);
    }

    /** One line naming the machine, the JVM and the cores, for the table's caption. */
    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (IOException | SecurityException e) {
            // not Linux: the model name is unknown, the rest still says which machine this was
        }
        return String.format(Locale.ROOT, "Machine: %s, %d cores available to the JVM, Java %s (%s), %s %s", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
