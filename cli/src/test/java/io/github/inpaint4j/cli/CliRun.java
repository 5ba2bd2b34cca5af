package io.github.inpaint4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The outcome of one {@code inpaint} invocation in a test.
 *
 * @param exitCode the exit code
 * @param out what was printed on stdout
 * @param err what was printed on stderr
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = InpaintCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The number of non-empty lines on stderr. */
    long errLines() {
        return err.lines().filter(l -> !l.isBlank()).count();
    }
}
