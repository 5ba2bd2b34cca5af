package io.github.inpaint4j.cli;

import io.github.inpaint4j.LibraryVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code inpaint} command line: {@code fill}, {@code extend}, {@code batch}, {@code synth}, {@code train}, {@code methods}, {@code bench}, {@code serve}. Exit codes: 0
 * success, 1 failure (one line on stderr, the stack trace only with {@code --verbose}; also for an
 * {@code Error} such as {@code OutOfMemoryError}), 2 usage error (the message and the usage on stderr).
 */
@Command(name = "inpaint", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = InpaintCommand.Version.class,
        description = "Fill the holes of pictures with exemplar methods or a trained GAN.",
        subcommands = {FillCommand.class, ExtendCommand.class, BatchCommand.class, SynthCommand.class, TrainCommand.class, MethodsCommand.class,
            BenchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
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
        CommandRunner.main(new InpaintCommand(), args);
    }

    /**
     * Runs the command line with the given streams and returns its exit code (for tests and
     * embedding; logging goes where SLF4J is configured).
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return CommandRunner.execute(new InpaintCommand(), args, out, err);
    }

    /** The library version, as core knows it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"inpaint4j " + LibraryVersion.get()};
        }
    }
}
