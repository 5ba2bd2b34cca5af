package io.github.inpaint4j.cli;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionDescription;
import io.github.inpaint4j.registry.OptionType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The options of every method in the registry ({@link Inpainters}), as {@code --NAME} options of a
 * command: a picocli model transformer adds them to the commands that run methods ({@code fill},
 * {@code bench}), so a new method's options appear without touching the command line. Options of
 * the same name in several methods (such as {@code --patch}) are one option given to each.
 * {@code --threads} and {@code --seed} are accepted whatever the method and passed to the methods
 * that take them (a deterministic or single-threaded method has no use for them).
 */
final class MethodOptions implements IModelTransformer {

    @Override
    public CommandSpec transform(CommandSpec command) {
        Map<String, List<MethodDescription>> methodsOf = new LinkedHashMap<>();
        for (MethodDescription method : Inpainters.descriptions()) {
            for (OptionDescription option : method.options()) {
                if (!option.name().equals(OptionDescription.SEED)) {
                    methodsOf.computeIfAbsent(option.name(), k -> new ArrayList<>()).add(method);
                }
            }
        }
        for (Map.Entry<String, List<MethodDescription>> entry : methodsOf.entrySet()) {
            command.addOption(optionSpec(entry.getKey(), entry.getValue()));
        }
        return command;
    }

    private static OptionSpec optionSpec(String name, List<MethodDescription> methods) {
        OptionDescription first = methods.get(0).option(name).orElseThrow();
        for (MethodDescription method : methods) {
            OptionType type = method.option(name).orElseThrow().type();
            if (type != first.type()) {
                throw new IllegalStateException("option " + name + " is a " + first.type() + " for " + methods.get(0).name()
                        + " but a " + type + " for " + method.name());
            }
        }
        String help = name.equals(OptionDescription.THREADS)
                ? "worker threads of the method (default: all cores; gan: PyTorch threads, default half the cores)"
                : methods.stream().map(MethodDescription::name).collect(Collectors.joining(", ")) + ": "
                        + first.description() + defaults(name, methods);
        // picocli formats descriptions with String.format
        OptionSpec.Builder spec = OptionSpec.builder("--" + name).description(help.replace("%", "%%")).userObject(name);
        if (first.type() == OptionType.FLAG) {
            spec.arity("0").type(boolean.class);
        } else {
            // a FILE is a Path, so that OutputFile sees it among the command's inputs
            spec.arity("1").type(first.type() == OptionType.FILE ? Path.class : String.class)
                    .paramLabel(label(first.type()));
        }
        return spec.build();
    }

    private static String defaults(String name, List<MethodDescription> methods) {
        List<String> given = new ArrayList<>();
        for (MethodDescription method : methods) {
            String text = method.option(name).orElseThrow().defaultAndRange();
            if (!text.isEmpty()) {
                given.add((methods.size() > 1 ? method.name() + " " : "") + text);
            }
        }
        return given.isEmpty() ? "" : " (" + String.join("; ", given) + ")";
    }

    private static String label(OptionType type) {
        return switch (type) {
            case INTEGER -> "N";
            case NUMBER -> "X";
            case FILE -> "FILE";
            case CHOICE, TEXT -> "VALUE";
            case FLAG -> "";
        };
    }

    /**
     * The method options given on the command line that belong to {@code method}, as registry option values.
     *
     * @param seed the command's {@code --seed}, passed on if the method has a seed; {@code null} if not given
     */
    static Map<String, String> given(CommandSpec command, MethodDescription method, Long seed) {
        ParseResult parsed = command.commandLine().getParseResult();
        Map<String, String> values = new LinkedHashMap<>();
        for (OptionSpec option : command.options()) {
            if (option.userObject() instanceof String name && method.option(name).isPresent()
                    && parsed.hasMatchedOption(option.longestName())) {
                Object value = parsed.matchedOptionValue(option.longestName(), null);
                values.put(name, option.type() == boolean.class ? "true" : value.toString());
            }
        }
        if (seed != null && method.option(OptionDescription.SEED).isPresent()) {
            values.put(OptionDescription.SEED, Long.toString(seed));
        }
        return values;
    }

    /**
     * The descriptions of the methods named, in that order.
     *
     * @throws ParameterException for an unknown or repeated name, or a method option given that none of them takes
     */
    static List<MethodDescription> select(CommandSpec command, List<String> names) {
        List<MethodDescription> selected = new ArrayList<>();
        for (String name : names) {
            MethodDescription method;
            try {
                method = Inpainters.describe(name);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), e.getMessage(), e);
            }
            if (selected.contains(method)) {
                throw new ParameterException(command.commandLine(), "method '" + name + "' is named twice");
            }
            selected.add(method);
        }
        ParseResult parsed = command.commandLine().getParseResult();
        String threads = parsed.matchedOptionValue("--" + OptionDescription.THREADS, null);
        if (threads != null) {
            try {
                Threads.require("--" + OptionDescription.THREADS, Integer.parseInt(threads.trim()));
            } catch (NumberFormatException e) {
                throw new ParameterException(command.commandLine(), "--threads must be a whole number, got '" + threads + "'");
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), e.getMessage(), e);
            }
        }
        for (OptionSpec option : command.options()) {
            if (option.userObject() instanceof String name && !name.equals(OptionDescription.THREADS)
                    && parsed.hasMatchedOption(option.longestName())
                    && selected.stream().noneMatch(m -> m.option(name).isPresent())) {
                String own = selected.stream().flatMap(m -> m.optionNames().stream())
                        .filter(o -> !o.equals(OptionDescription.SEED)).distinct().map(o -> "--" + o)
                        .collect(Collectors.joining(", "));
                throw new ParameterException(command.commandLine(), "option " + option.longestName()
                        + " does not apply to method" + (names.size() == 1 ? " " : "s ") + String.join(", ", names)
                        + (own.isEmpty() ? "" : " (" + (names.size() == 1 ? "its" : "their") + " options: " + own + ")"));
            }
        }
        return selected;
    }

    /**
     * Builds a method's inpainter from the options given on the command line.
     *
     * @param reading how the method reads the pictures its options name (the command's {@code --max-pixels})
     *
     * @throws ParameterException for an option value the method refuses
     * @throws IOException if a file an option names cannot be read
     */
    static Inpainter create(CommandSpec command, MethodDescription method, Long seed, ReadOptions reading)
            throws IOException {
        return create(command, method, seed, reading, Map.of());
    }

    /**
     * Builds a method's inpainter from the options given on the command line, with {@code defaults}
     * (registry option values) for the options not given, such as the threads a batch job gets.
     *
     * @param reading how the method reads the pictures its options name (the command's {@code --max-pixels})
     * @throws ParameterException for an option value the method refuses
     * @throws IOException if a file an option names cannot be read
     */
    static Inpainter create(CommandSpec command, MethodDescription method, Long seed, ReadOptions reading,
            Map<String, String> defaults) throws IOException {
        Map<String, String> values = new LinkedHashMap<>(defaults);
        values.putAll(given(command, method, seed));
        try {
            return Inpainters.create(method.name(), values, reading);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), cliNames(e.getMessage()), e);
        }
    }

    /** A registry message in the command line's words: "option patch of criminisi" → "--patch of criminisi". */
    static String cliNames(String message) {
        return message.replaceAll("\\boption ([a-z][a-z0-9-]*) of ", "--$1 of ")
                .replaceAll("\\bthe option ([a-z][a-z0-9-]*)", "--$1");
    }
}
