package io.github.inpaint4j.registry;

import io.github.inpaint4j.io.ReadOptions;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a registered method is and which options it takes: what {@code Inpainters.describe} answers
 * and what every front end (command line, server, batch, Spark) shows.
 *
 * @param name the stable name, lower-case words joined by hyphens ({@code efros-leung})
 * @param summary one line: what the method is good for
 * @param options its options, in the order they are shown; names unique
 */
public record MethodDescription(String name, String summary, List<OptionDescription> options) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Checks the name and that option names are unique. */
    public MethodDescription {
        requireName("method", name);
        Objects.requireNonNull(summary, "summary");
        options = List.copyOf(options);
        Set<String> seen = new HashSet<>();
        for (OptionDescription option : options) {
            if (!seen.add(option.name())) {
                throw new IllegalArgumentException("method " + name + " declares option " + option.name() + " twice");
            }
        }
    }

    static void requireName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " name must be lower-case words joined by hyphens "
                    + "(e.g. search-radius), got " + (name == null ? "null" : "'" + name + "'"));
        }
    }

    /** The option of that name, if the method has one. */
    public Optional<OptionDescription> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /** The names of the options, in order. */
    public List<String> optionNames() {
        return options.stream().map(OptionDescription::name).toList();
    }

    /**
     * Checks option values given as text against this description.
     *
     * @param values option name → value; options not given take their defaults
     * @return the values, typed and checked
     * @throws IllegalArgumentException for an option the method does not have (the message lists those it has), or
     *     a value of the wrong type or outside the option's range (the message names the option and the value)
     */
    public OptionValues parse(Map<String, String> values) {
        return parse(values, ReadOptions.defaults());
    }

    /**
     * Checks option values given as text against this description, with the rules for reading the files they name.
     *
     * @param reading how the method reads the files its options name (pixel limit, orientation, warnings)
     * @see #parse(Map)
     */
    public OptionValues parse(Map<String, String> values, ReadOptions reading) {
        Objects.requireNonNull(reading, "reading");
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, String> given : values.entrySet()) {
            OptionDescription option = option(given.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "method " + name + " has no option '" + given.getKey() + "'" + (options.isEmpty() ? " (it has none)"
                            : " (its options: " + String.join(", ", optionNames()) + ")")));
            typed.put(option.name(), OptionValues.convert(this, option, Objects.requireNonNull(given.getValue(),
                    () -> "option " + option.name() + " of " + name + " has a null value")));
        }
        for (OptionDescription option : options) {
            if (!typed.containsKey(option.name()) && option.defaultValue() != null) {
                typed.put(option.name(), OptionValues.convert(this, option, option.defaultValue()));
            }
        }
        return new OptionValues(this, typed, values.keySet(), reading);
    }
}
