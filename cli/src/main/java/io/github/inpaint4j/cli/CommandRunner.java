package io.github.inpaint4j.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Runs a picocli command the way every inpaint4j command line does: a failure is one line on
 * stderr and exit code {@value InpaintCommand#FAILURE} (the stack trace only with {@code --verbose}),
 * a usage error one line and exit code {@value InpaintCommand#USAGE}. Shared by {@code inpaint} and
 * the benchmarks module's {@code speed} harness.
 *
 * @since 0.2.0
 */
public final class CommandRunner {

    private CommandRunner() {
    }

    /**
     * Runs {@code command} (an object annotated with picocli's {@code @Command}) on {@code args}
     * and returns its exit code; messages start with the command's name.
     */
    public static int execute(Object command, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        FailureHandler failures = new FailureHandler(cli.getCommandName(), isVerbose(args));
        cli.setExecutionExceptionHandler(failures);
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler: an OutOfMemoryError comes out here
            return failures.handle(e, err);
        }
    }

    /**
     * Runs {@code command} on the process's streams with the command line's logging (debug with
     * {@code --verbose}) and exits with its code.
     */
    public static void main(Object command, String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", isVerbose(args) ? "debug" : "info");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(command, args, out, err));
    }

    /** Whether {@code --verbose} comes before any {@code --} in {@code args}. */
    static boolean isVerbose(String[] args) {
        int end = Arrays.asList(args).indexOf("--");
        return Arrays.asList(args).subList(0, end < 0 ? args.length : end).contains("--verbose");
    }
}
