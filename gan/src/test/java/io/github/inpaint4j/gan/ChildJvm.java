package io.github.inpaint4j.gan;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A {@code main} class of the tests run in a JVM of its own, to be killed like a user's process:
 * its stdout is read line by line, its stderr goes to a log file quoted when something fails.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.log = log;
    }

    /** Starts {@code main} with the test class path and the engine settings of the test JVM. */
    public static ChildJvm start(Class<?> main, Path log, String... args) throws IOException {
        return start(main, log, Map.of(), args);
    }

    /**
     * Starts {@code main} with the test class path and the engine settings of the test JVM, and
     * {@code environment} added to the test JVM's environment (PyTorch reads its kernel choices
     * from environment variables, once per process).
     */
    public static ChildJvm start(Class<?> main, Path log, Map<String, String> environment, String... args)
            throws IOException {
        List<String> options = new ArrayList<>();
        for (String property : new String[] {"ai.djl.offline", "ai.djl.pytorch.num_threads",
            "ai.djl.pytorch.num_interop_threads", "ai.djl.pytorch.graph_optimizer", "org.slf4j.simpleLogger.defaultLogLevel",
            "java.awt.headless"}) {
            if (System.getProperty(property) != null) {
                options.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        return startBare(main, log, entry -> true, options, environment, args);
    }

    /**
     * Starts {@code main} as a user's program would run: with none of the test JVM's engine
     * settings (nor {@code DJL_OFFLINE} or {@code OPT_OUT_TRACKING} from the environment), only the
     * JVM {@code options} given, and the entries of the test class path that {@code classPath}
     * keeps.
     */
    public static ChildJvm startBare(Class<?> main, Path log, Predicate<String> classPath, List<String> options,
            String... args) throws IOException {
        return startBare(main, log, classPath, options, Map.of(), args);
    }

    private static ChildJvm startBare(Class<?> main, Path log, Predicate<String> classPath, List<String> options,
            Map<String, String> environment, String... args) throws IOException {
        String entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(classPath).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", entries));
        command.addAll(options);
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().remove("DJL_OFFLINE");
        builder.environment().remove("OPT_OUT_TRACKING"); // DJL's other switch of its start-up probe
        builder.environment().putAll(environment);
        return new ChildJvm(builder.start(), log);
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /**
     * Reads stdout up to the first line that starts with {@code prefix} and returns it.
     *
     * @throws AssertionError quoting the child's log if it ends first
     */
    public String awaitLine(String prefix) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("the child JVM ended (exit " + process.waitFor() + ") before printing '" + prefix
                    + "'; its log:\n" + Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Reads stdout to its end and waits for the child to exit.
     *
     * @return every line the child printed
     * @throws AssertionError quoting the child's log if it exits with a status other than 0
     */
    public List<String> awaitExit() {
        try {
            List<String> lines = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
            int status = process.waitFor();
            if (status != 0) {
                throw new AssertionError("the child JVM exited with status " + status + "; its log:\n"
                        + Files.readString(log));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Kills the child as {@code kill -9} does and waits for it to be gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        kill();
        out.close();
    }
}
