package io.github.inpaint4j.cli;

import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.io.ImageTooLargeException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns an exception or error of a command into one line on stderr and exit code 1. */
final class FailureHandler implements IExecutionExceptionHandler {

    private final String program;
    private final boolean verbose;

    FailureHandler(String program, boolean verbose) {
        this.program = program;
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        return handle(e, cli.getErr());
    }

    /** Prints the error line (and the stack trace if verbose) and returns the failure exit code. */
    int handle(Throwable e, PrintWriter err) {
        err.println(program + ": error: " + describe(e));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return InpaintCommand.FAILURE;
    }

    /** One line saying what went wrong, naming the file or value. */
    static String describe(Throwable e) {
        if (e instanceof ImageTooLargeException) {
            return e.getMessage() + " (raise it with --max-pixels N)";
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() == null ? f.getClass().getSimpleName() : f.getReason();
            return f.getFile() + ": " + reason;
        }
        if (e instanceof InpaintingCancelledException) {
            return "cancelled";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory (give Java more with -Xmx, e.g. java -Xmx4g -jar ...)";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }
}
