package io.github.inpaint4j.registry;

import io.github.inpaint4j.Threads;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One option of a method: its name, type, default, allowed range and what it does. Front ends build
 * their controls from it (a command-line option {@code --NAME}, a form field), and
 * {@link MethodDescription#parse} checks values against it.
 *
 * @param name lower-case words joined by hyphens, e.g. {@code search-radius}
 * @param type the type of its value
 * @param defaultValue the value used when the option is not given, as text; {@code null} when there is
 *     none (the description says what happens without it)
 * @param min the smallest value allowed ({@link OptionType#INTEGER} and {@link OptionType#NUMBER});
 *     {@code null} for no bound
 * @param max the largest value allowed; {@code null} for no bound
 * @param choices the allowed words of a {@link OptionType#CHOICE}; empty for other types
 * @param description one line for a user
 */
public record OptionDescription(String name, OptionType type, String defaultValue, Double min, Double max,
        List<String> choices, String description) {

    /** The name of the thread-count option of multithreaded methods; front ends offer it to every method. */
    public static final String THREADS = "threads";
    /** The name of the seed option of methods that draw at random; front ends offer it to every method. */
    public static final String SEED = "seed";

    /** Checks the fields; the message names the option and the problem. */
    public OptionDescription {
        MethodDescription.requireName("option", name);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        if ((type == OptionType.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("option " + name + ": choices are required for a CHOICE and only for one");
        }
        if ((min != null || max != null) && type != OptionType.INTEGER && type != OptionType.NUMBER) {
            throw new IllegalArgumentException("option " + name + ": only numbers have a range, not a " + type);
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("option " + name + ": min " + min + " is above max " + max);
        }
    }

    /**
     * The {@value #THREADS} option: worker threads in [1, {@link Threads#max()}], by default the available processors.
     *
     * @param description what the threads do, e.g. {@code "worker threads of the exemplar search"}
     */
    public static OptionDescription threads(String description) {
        return integer(THREADS, (long) Threads.available(), 1L, (long) Threads.max(), description);
    }

    /** The {@value #SEED} option: the seed of every random choice of the method. */
    public static OptionDescription seed(long defaultSeed) {
        return integer(SEED, defaultSeed, null, null, "seed of every random choice; the same seed gives the same result");
    }

    /** A whole-number option with an optional range. */
    public static OptionDescription integer(String name, Long defaultValue, Long min, Long max, String description) {
        return new OptionDescription(name, OptionType.INTEGER, defaultValue == null ? null : defaultValue.toString(),
                min == null ? null : min.doubleValue(), max == null ? null : max.doubleValue(), List.of(), description);
    }

    /** A decimal option with an optional range. */
    public static OptionDescription number(String name, Double defaultValue, Double min, Double max, String description) {
        return new OptionDescription(name, OptionType.NUMBER, defaultValue == null ? null : defaultValue.toString(),
                min, max, List.of(), description);
    }

    /** An on/off option, off by default. */
    public static OptionDescription flag(String name, String description) {
        return new OptionDescription(name, OptionType.FLAG, "false", null, null, List.of(), description);
    }

    /** A file the method reads; no default. */
    public static OptionDescription file(String name, String description) {
        return new OptionDescription(name, OptionType.FILE, null, null, null, List.of(), description);
    }

    /** One word of {@code choices}. */
    public static OptionDescription choice(String name, String defaultValue, List<String> choices, String description) {
        return new OptionDescription(name, OptionType.CHOICE, defaultValue, null, null, choices, description);
    }

    /** Free text. */
    public static OptionDescription text(String name, String defaultValue, String description) {
        return new OptionDescription(name, OptionType.TEXT, defaultValue, null, null, List.of(), description);
    }

    /** The allowed values in words, for help texts: {@code [1, 50]}, {@code >= 3}, {@code one of a, b}, or empty. */
    public String range() {
        return switch (type) {
            case INTEGER, NUMBER -> {
                if (min != null && max != null) {
                    yield "[" + bound(min) + ", " + bound(max) + "]";
                }
                yield min != null ? ">= " + bound(min) : max != null ? "<= " + bound(max) : "";
            }
            case CHOICE -> "one of " + String.join(", ", choices);
            case FLAG -> "true or false";
            case FILE, TEXT -> "";
        };
    }

    /** The default and the range in words, for help texts: {@code default 5, [1, 50]}; empty for a flag or when there is neither. */
    public String defaultAndRange() {
        if (type == OptionType.FLAG) {
            return "";
        }
        String range = range();
        String dflt = defaultValue == null ? "" : "default " + defaultValue;
        return dflt.isEmpty() || range.isEmpty() ? dflt + range : dflt + ", " + range;
    }

    private String bound(double value) {
        return type == OptionType.INTEGER || value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
