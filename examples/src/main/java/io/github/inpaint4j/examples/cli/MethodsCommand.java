package io.github.inpaint4j.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code inpaint methods}: one line per method of {@code inpaint fill}, with its own options. */
@Command(name = "methods", description = "List the methods of `inpaint fill`, one line each.")
final class MethodsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine fill = spec.parent().subcommands().get("fill");
        FillCommand command = fill.getCommand();
        for (InpaintMethod method : command.methods.byName().values()) {
            String options = String.join(" ", command.methods.optionsOf(method.name()));
            spec.commandLine().getOut().printf("%-12s %s%s%n", method.name(), method.summary(),
                    options.isEmpty() ? "" : " [" + options + "]");
        }
        return 0;
    }
}
