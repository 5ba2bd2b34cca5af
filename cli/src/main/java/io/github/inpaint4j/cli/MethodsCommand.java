package io.github.inpaint4j.cli;

import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionDescription;
import io.github.inpaint4j.registry.OptionType;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inpaint methods}: every method of the registry, one line each with its options, then one
 * line per option with its type, default and range.
 */
@Command(name = "methods", description = "List the methods of `inpaint fill` and `inpaint bench`, with their options.")
final class MethodsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (MethodDescription method : Inpainters.descriptions()) {
            String options = method.options().stream().map(o -> "--" + o.name()).collect(Collectors.joining(" "));
            out.printf("%-12s %s%s%n", method.name(), method.summary(), options.isEmpty() ? "" : " [" + options + "]");
            for (OptionDescription option : method.options()) {
                String value = option.type() == OptionType.FLAG ? "" : " " + option.type().name().toLowerCase(Locale.ROOT);
                String facts = option.defaultAndRange();
                out.printf("    --%-22s %s%s%n", option.name() + value, option.description(),
                        facts.isEmpty() ? "" : " (" + facts + ")");
            }
        }
        return 0;
    }
}
