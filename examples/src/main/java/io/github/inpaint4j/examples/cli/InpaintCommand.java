package io.github.inpaint4j.examples.cli;

import io.github.inpaint4j.LibraryVersion;
import io.github.inpaint4j.examples.speed.SpeedCommand;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code inpaint} command line: {@code fill}, {@code batch}, {@code synth}, {@code train}, {@code methods}, {@code speed}, {@code bench}, {@code serve}. Exit codes: 0
 * success, 1 failure (one line on stderr, the stack trace only with {@code --verbose}; also for an
 * {@code Error} such as {@code OutOfMemoryError}), 2 usage error (the message and the usage on stderr).
 */
@Command(name = "inpaint", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = InpaintCommand.Version.class,
        description = "Fill the holes of pictures with exemplar methods or a trained GAN.",
        subcommands = {FillCommand.class, BatchCommand.class, SynthCommand.class, TrainCommand.class, MethodsCommand.class,
            BenchCommand.class, SpeedCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class InpaintCommand implements Runnable {

    /** Exit code of a failed run. */
    public static final int FAILURE = 1;
    /** Exit code of a usage error. */
    public static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "log details, and print the stack trace of an error")
    boolean verbose;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (try: inpaint methods, inpaint fill ...)");
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        boolean verbose = isVerbose(args);
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "info");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(args, out, err));
    }

    /**
     * Runs the command line with the given streams and returns its exit code (for tests and
     * embedding; logging goes where SLF4J is configured).
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new InpaintCommand());
        cli.setOut(out);
        cli.setErr(err);
        FailureHandler failures = new FailureHandler(isVerbose(args));
        cli.setExecutionExceptionHandler(failures);
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler: an OutOfMemoryError comes out here
            return failures.handle(e, err);
        }
    }

    static boolean isVerbose(String[] args) {
        int end = Arrays.asList(args).indexOf("--");
        return Arrays.asList(args).subList(0, end < 0 ? args.length : end).contains("--verbose");
    }

    /** The library version, as core knows it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"inpaint4j " + LibraryVersion.get()};
        }
    }
}
