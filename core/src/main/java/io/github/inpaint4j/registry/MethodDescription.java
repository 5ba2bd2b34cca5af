package io.github.inpaint4j.registry;

import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a registered method is and which options it takes: what {@code Inpainters.describe} answers
 * and what every front end (command line, server, batch, Spark) shows. The options are the
 * method's {@link Setting}s, declared once with its configuration.
 *
 * @param name the stable name, lower-case words joined by hyphens ({@code efros-leung})
 * @param summary one line: what the method is good for
 * @param options its options, in the order they are shown; names unique
 * @param shared whether the method holds a model that is expensive to build (the GAN's networks):
 *     a front end that fills many pictures builds it once, with its options, and shares it, rather
 *     than building one per picture
 */
public record MethodDescription(String name, String summary, List<Setting<?>> options, boolean shared) {

    /**
     * The name of the thread-count option of multithreaded methods ({@link Setting#threads}); front ends offer it
     * to every method and pass it to those that have it.
     */
    public static final String THREADS = "threads";
    /** The name of the seed option of methods that draw at random ({@link Setting#seed}); as {@link #THREADS}. */
    public static final String SEED = "seed";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Checks the name and that option names are unique. */
    public MethodDescription {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("method name must be lower-case words joined by hyphens "
                    + "(e.g. search-radius), got " + (name == null ? "null" : "'" + name + "'"));
        }
        Objects.requireNonNull(summary, "summary");
        try {
            options = Settings.of(options).list();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("method " + name + ": " + e.getMessage(), e);
        }
    }

    /** A method that holds no shared model. */
    public MethodDescription(String name, String summary, List<Setting<?>> options) {
        this(name, summary, options, false);
    }

    /** The options as a group of settings. */
    public Settings settings() {
        return Settings.of(options);
    }

    /** The option of that name, if the method has one. */
    public Optional<Setting<?>> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /** Whether {@code setting} is one of the method's options. */
    public boolean has(Setting<?> setting) {
        return options.contains(setting);
    }

    /** The names of the options, in order. */
    public List<String> optionNames() {
        return options.stream().map(Setting::name).toList();
    }

    /** This method with fewer options (those a front end lets its users set), the rest at their defaults. */
    public MethodDescription withOptions(List<Setting<?>> newOptions) {
        return new MethodDescription(name, summary, newOptions, shared);
    }

    /**
     * Checks option values given as text against this description.
     *
     * @param values option name → value; options not given take their defaults
     * @return the values, typed and checked
     * @throws IllegalArgumentException for an option the method does not have (the message lists those it has)
     * @throws SettingException for a value of the wrong type or outside the option's range (its
     *     {@linkplain SettingException#owner() owner} is this method)
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
        Map<String, String> text = new LinkedHashMap<>();
        for (Map.Entry<String, String> given : values.entrySet()) {
            if (option(given.getKey()).isEmpty()) {
                throw new IllegalArgumentException("method " + name + " has no option '" + given.getKey() + "'"
                        + (options.isEmpty() ? " (it has none)" : " (its options: " + String.join(", ", optionNames())
                                + ")"));
            }
            text.put(given.getKey(), Objects.requireNonNull(given.getValue(),
                    () -> "option " + given.getKey() + " of " + name + " has a null value"));
        }
        SettingValues checked;
        try {
            checked = settings().parse(text);
        } catch (SettingException e) {
            throw e.ofOwner(name);
        }
        return new OptionValues(this, checked, reading);
    }
}
