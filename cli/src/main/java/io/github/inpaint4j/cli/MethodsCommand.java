package io.github.inpaint4j.cli;

import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingType;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code inpaint methods [NAME]}: every method of the registry (or the one named), one line each with
 * its options, then one line per option with its type, default and range.
 */
@Command(name = "methods", description = "List the methods of `inpaint fill` and `inpaint bench`, with their options.")
final class MethodsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "only this method")
    String name;

    @Override
    public Integer call() {
        List<MethodDescription> methods = Inpainters.descriptions();
        if (name != null) {
            if (!Inpainters.names().contains(name)) {
                throw new ParameterException(spec.commandLine(), "unknown method '" + name + "' (known: "
                        + String.join(", ", Inpainters.names()) + ")");
            }
            methods = List.of(Inpainters.describe(name));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (MethodDescription method : methods) {
            String options = method.options().stream().map(o -> "--" + o.name()).collect(Collectors.joining(" "));
            out.printf("%-12s %s%s%n", method.name(), method.summary(), options.isEmpty() ? "" : " [" + options + "]");
            for (Setting<?> option : method.options()) {
                String value = option.type() == SettingType.FLAG ? "" : " " + option.type().name().toLowerCase(Locale.ROOT);
                String facts = option.defaultAndRange();
                out.printf("    --%-22s %s%s%n", option.name() + value, option.help(),
                        facts.isEmpty() ? "" : " (" + facts + ")");
            }
        }
        return 0;
    }
}
