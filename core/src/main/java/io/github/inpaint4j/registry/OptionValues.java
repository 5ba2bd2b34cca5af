package io.github.inpaint4j.registry;

import io.github.inpaint4j.io.ReadOptions;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A method's option values, typed and checked against its {@link MethodDescription} (see
 * {@link MethodDescription#parse}); options not given hold their defaults. Immutable.
 *
 * <p>The getters ask for an option of the method's description by name and type; asking for an option
 * the description does not have, or with the wrong type, is a programming error of the provider
 * ({@link IllegalStateException}).
 */
public final class OptionValues {

    private final MethodDescription method;
    private final Map<String, Object> values;
    private final Set<String> given;
    private final ReadOptions reading;

    OptionValues(MethodDescription method, Map<String, Object> values, Set<String> given, ReadOptions reading) {
        this.method = method;
        this.values = Map.copyOf(values);
        this.given = Set.copyOf(given);
        this.reading = reading;
    }

    /** How the method reads the pictures its {@link OptionType#FILE} options name (pixel limit, orientation, warnings). */
    public ReadOptions reading() {
        return reading;
    }

    /** The method these values are for. */
    public MethodDescription method() {
        return method;
    }

    /** Whether the option was given (rather than taking its default). */
    public boolean isGiven(String option) {
        describe(option, null);
        return given.contains(option);
    }

    /** An {@link OptionType#INTEGER} option that fits an {@code int}. */
    public int getInt(String option) {
        long value = getLong(option);
        if (value != (int) value) {
            throw new IllegalArgumentException("option " + option + " of " + method.name() + " is too large: " + value);
        }
        return (int) value;
    }

    /** An {@link OptionType#INTEGER} option. */
    public long getLong(String option) {
        return (Long) require(option, OptionType.INTEGER);
    }

    /** A {@link OptionType#NUMBER} option. */
    public double getDouble(String option) {
        return (Double) require(option, OptionType.NUMBER);
    }

    /** A {@link OptionType#FLAG} option. */
    public boolean getFlag(String option) {
        return (Boolean) require(option, OptionType.FLAG);
    }

    /** A {@link OptionType#CHOICE} or {@link OptionType#TEXT} option. */
    public String getString(String option) {
        OptionDescription d = describe(option, null);
        if (d.type() != OptionType.CHOICE && d.type() != OptionType.TEXT) {
            throw new IllegalStateException("option " + option + " of " + method.name() + " is a " + d.type());
        }
        return (String) require(option, d.type());
    }

    /** A {@link OptionType#FILE} option, empty when not given. */
    public Optional<Path> getFile(String option) {
        describe(option, OptionType.FILE);
        return Optional.ofNullable((Path) values.get(option));
    }

    private Object require(String option, OptionType type) {
        describe(option, type);
        Object value = values.get(option);
        if (value == null) {
            throw new IllegalStateException("option " + option + " of " + method.name() + " has no value and no default");
        }
        return value;
    }

    private OptionDescription describe(String option, OptionType type) {
        OptionDescription d = method.option(option).orElseThrow(() -> new IllegalStateException(
                "method " + method.name() + " has no option " + option));
        if (type != null && d.type() != type) {
            throw new IllegalStateException("option " + option + " of " + method.name() + " is a " + d.type()
                    + ", not a " + type);
        }
        return d;
    }

    /** The value of {@code text} for {@code option}, checked. */
    static Object convert(MethodDescription method, OptionDescription option, String text) {
        String where = "option " + option.name() + " of " + method.name();
        String trimmed = text.trim();
        switch (option.type()) {
            case INTEGER -> {
                long value;
                try {
                    value = Long.parseLong(trimmed);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + " must be a whole number, got '" + text + "'");
                }
                checkRange(where, option, value);
                return value;
            }
            case NUMBER -> {
                double value;
                try {
                    value = Double.parseDouble(trimmed);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + " must be a number, got '" + text + "'");
                }
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException(where + " must be a finite number, got '" + text + "'");
                }
                checkRange(where, option, value);
                return value;
            }
            case FLAG -> {
                String lower = trimmed.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw new IllegalArgumentException(where + " must be true or false, got '" + text + "'");
                }
                return Boolean.parseBoolean(lower);
            }
            case FILE -> {
                if (trimmed.isEmpty()) {
                    throw new IllegalArgumentException(where + " must be a file path, got an empty value");
                }
                try {
                    return Path.of(text);
                } catch (InvalidPathException e) {
                    throw new IllegalArgumentException(where + " is not a valid path: '" + text + "'");
                }
            }
            case CHOICE -> {
                if (!option.choices().contains(trimmed)) {
                    throw new IllegalArgumentException(where + " must be one of " + String.join(", ", option.choices())
                            + ", got '" + text + "'");
                }
                return trimmed;
            }
            case TEXT -> {
                return text;
            }
            default -> throw new AssertionError(option.type());
        }
    }

    private static void checkRange(String where, OptionDescription option, double value) {
        boolean low = option.min() != null && value < option.min();
        boolean high = option.max() != null && value > option.max();
        if (low || high) {
            String range = option.range();
            throw new IllegalArgumentException(where + " must be " + (range.startsWith("[") ? "in " : "") + range + ", got "
                    + (option.type() == OptionType.INTEGER ? Long.toString((long) value) : Double.toString(value)));
        }
    }
}
