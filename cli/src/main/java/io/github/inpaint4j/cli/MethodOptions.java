package io.github.inpaint4j.cli;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The options of every method in the registry ({@link Inpainters}), as {@code --NAME} options of a
 * command: a picocli model transformer adds them to the commands that run methods ({@code fill},
 * {@code batch}, {@code bench}), built from the methods' {@link Setting}s, so a new method's
 * options appear without touching the command line. Options of the same name in several methods
 * (such as {@code --patch}) are one option given to each, and each method checks the value against
 * its own declaration. {@code --threads} is accepted whatever the method and passed to the methods
 * that take it; {@code --seed} is the command's own ({@link SeedOption}).
 *
 * <p>The usage help lists no method option among the command's: a section after them shows the
 * options of the methods named ({@code inpaint fill --method efros-leung --help}), or one line per
 * method naming its options.
 */
final class MethodOptions implements IModelTransformer {

    /** The key of the usage help's section of method options. */
    static final String SECTION = "methodOptions";

    @Override
    public CommandSpec transform(CommandSpec command) {
        Map<String, List<MethodDescription>> methodsOf = new LinkedHashMap<>();
        for (MethodDescription method : Inpainters.descriptions()) {
            for (Setting<?> option : method.options()) {
                if (!option.name().equals(MethodDescription.SEED)) {
                    methodsOf.computeIfAbsent(option.name(), k -> new ArrayList<>()).add(method);
                }
            }
        }
        for (Map.Entry<String, List<MethodDescription>> entry : methodsOf.entrySet()) {
            Setting<?> first = entry.getValue().get(0).option(entry.getKey()).orElseThrow();
            for (MethodDescription method : entry.getValue()) {
                Setting<?> other = method.option(entry.getKey()).orElseThrow();
                if (other.type() != first.type() || other.isList() != first.isList()) {
                    throw new IllegalStateException("option " + entry.getKey() + " is a " + first.type() + " for "
                            + entry.getValue().get(0).name() + " but a " + other.type() + " for " + method.name());
                }
            }
            // listed by the method section of the help, not among the command's own options
            command.addOption(SettingOptions.option(first, "an option of " + entry.getValue().stream()
                    .map(MethodDescription::name).collect(Collectors.joining(", "))).toBuilder().hidden(true).build());
        }
        UsageMessageSpec usage = command.usageMessage();
        List<String> keys = new ArrayList<>(usage.sectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1, SECTION);
        usage.sectionKeys(keys);
        usage.sectionMap().put(SECTION, new Section());
        return command;
    }

    /** The help's section of method options: those of the methods named on the command line, or a line per method. */
    private static final class Section implements IHelpSectionRenderer {
        @Override
        public String render(Help help) {
            CommandSpec command = help.commandSpec();
            List<MethodDescription> named = named(command);
            StringBuilder text = new StringBuilder();
            if (named.isEmpty()) {
                String how = command.qualifiedName() + " --" + (command.findOption("--methods") != null ? "methods"
                        : "method") + " NAME --help";
                text.append(String.format("%nMethod options, each method its own (see them with `%s` or `inpaint"
                        + " methods NAME`):%n", how));
                for (MethodDescription method : Inpainters.descriptions()) {
                    text.append(String.format("  %-12s %s%n", method.name(), options(method).stream()
                            .map(o -> "--" + o.name()).collect(Collectors.joining(" "))));
                }
                return text.toString();
            }
            for (MethodDescription method : named) {
                List<Setting<?>> options = options(method);
                text.append(String.format("%nOptions of %s%s%n", method.name(), options.isEmpty() ? ": none" : ":"));
                CommandSpec own = CommandSpec.create();
                own.usageMessage().sortOptions(false);
                options.forEach(o -> own.addOption(SettingOptions.option(o)));
                text.append(new Help(own, help.colorScheme()).optionList());
            }
            return text.toString();
        }

        /** The methods that {@code --method} or {@code --methods} names, if they are known. */
        private static List<MethodDescription> named(CommandSpec command) {
            ParseResult parsed = command.commandLine().getParseResult();
            List<String> names = new ArrayList<>();
            if (parsed != null && parsed.hasMatchedOption("--method")) {
                names.add(parsed.matchedOptionValue("--method", ""));
            }
            if (parsed != null && parsed.hasMatchedOption("--methods")) {
                names.addAll(parsed.matchedOptionValue("--methods", List.<String>of()));
            }
            return names.stream().filter(Inpainters.names()::contains).distinct().map(Inpainters::describe).toList();
        }
    }

    /** A method's options as this command line offers them: its seed is the command's {@code --seed}. */
    static List<Setting<?>> options(MethodDescription method) {
        return method.options().stream().filter(o -> !o.name().equals(MethodDescription.SEED)).toList();
    }

    /**
     * The method options given on the command line that belong to {@code method}, as registry option values.
     *
     * @param seed the command's {@code --seed}, passed on if the method has a seed; {@code null} if not given
     */
    static Map<String, String> given(CommandSpec command, MethodDescription method, Long seed) {
        Map<String, String> values = SettingOptions.texts(command, options(method));
        if (seed != null && method.option(MethodDescription.SEED).isPresent()) {
            values.put(MethodDescription.SEED, Long.toString(seed));
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
        String threads = parsed.matchedOptionValue("--" + MethodDescription.THREADS, null);
        if (threads != null) {
            try {
                Threads.require(MethodDescription.THREADS, Integer.parseInt(threads.trim()));
            } catch (NumberFormatException e) {
                throw new ParameterException(command.commandLine(), "--threads must be a whole number, got '" + threads + "'");
            } catch (SettingException e) {
                throw SettingOptions.usage(command, e);
            }
        }
        for (OptionSpec option : command.options()) {
            if (option.userObject() instanceof Setting<?> setting && option.hidden()
                    && !setting.name().equals(MethodDescription.THREADS) && parsed.hasMatchedOption(option)
                    && selected.stream().noneMatch(m -> m.option(setting.name()).isPresent())) {
                String own = selected.stream().flatMap(m -> options(m).stream()).map(o -> "--" + o.name()).distinct()
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
        } catch (SettingException e) {
            throw SettingOptions.usage(command, e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage(), e);
        }
    }
}
