package io.github.inpaint4j.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns a usage error into one line on stderr and exit code 2: the message and where to find the
 * command's options. (Picocli's default prints the whole usage, which with every method's options
 * buries the one line that matters.)
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        String message = e.getMessage().lines().findFirst().orElse("");
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        err.println(cli.getCommandSpec().root().name() + ": usage: " + message + " (see " + cli.getCommandSpec().qualifiedName() + " --help)");
        err.flush();
        return InpaintCommand.USAGE;
    }
}
