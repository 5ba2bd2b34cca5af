package io.github.inpaint4j.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a {@link Setting}'s text becomes a value and back: {@code parse} throws
 * {@link IllegalArgumentException} for text that is not one, {@code expected} says what text must be
 * ("a whole number"), and numeric kinds give the magnitude that ranges bound (NaN for the others).
 */
record Kind<T>(Function<String, T> parse, String expected, Function<T, String> format,
        ToDoubleFunction<T> magnitude) {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kKmMgG]?)");

    /** A kind without a range. */
    static <T> Kind<T> of(Function<String, T> parse, String expected, Function<T, String> format) {
        return new Kind<>(parse, expected, format, v -> Double.NaN);
    }

    static Kind<Integer> integer() {
        return new Kind<>(Integer::valueOf, "a whole number", String::valueOf, Integer::doubleValue);
    }

    static Kind<Long> longInteger() {
        return new Kind<>(Long::valueOf, "a whole number", String::valueOf, Long::doubleValue);
    }

    static Kind<Long> bytes() {
        return new Kind<>(Kind::parseBytes, "a number of bytes (e.g. 4096, 512K, 96M or 2G)", String::valueOf,
                Long::doubleValue);
    }

    static Kind<Double> number() {
        return new Kind<>(Double::valueOf, "a number", String::valueOf, Double::doubleValue);
    }

    static Kind<Duration> seconds() {
        return new Kind<>(text -> {
            double seconds = Double.parseDouble(text);
            if (!Double.isFinite(seconds) || Math.abs(seconds) > 1e15) {
                throw new IllegalArgumentException(text);
            }
            return Duration.ofNanos(Math.round(seconds * 1e9));
        }, "a number of seconds", value -> {
            double seconds = value.toNanos() / 1e9;
            return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
        }, value -> value.toNanos() / 1e9);
    }

    static <T> Kind<T> flag(T off, T on) {
        return of(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> on;
            case "false" -> off;
            default -> throw new IllegalArgumentException(text);
        }, "true or false", value -> Boolean.toString(value.equals(on)));
    }

    static Kind<Path> file() {
        return of(text -> {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException(text, e);
            }
        }, "a valid path", Path::toString);
    }

    static Kind<String> text() {
        return of(text -> text, "text", value -> value);
    }

    /** One of {@code words} (word → value), read through the map: any other word is refused. */
    static <E extends Enum<E>> Kind<E> choice(Map<String, E> words) {
        return of(text -> {
            E value = words.get(text);
            if (value == null) {
                throw new IllegalArgumentException(text);
            }
            return value;
        }, "one of " + String.join(", ", words.keySet()), Setting::word);
    }

    /** Comma-separated values of {@code item}'s kind, each checked against it. */
    static <E> Kind<List<E>> list(Setting<E> item) {
        return of(text -> {
            List<E> values = new ArrayList<>();
            for (String part : text.split(",")) {
                values.add(item.parse(part));
            }
            return List.copyOf(values);
        }, "a comma-separated list", value -> String.join(",", value.stream().map(item::format).toList()));
    }

    T parse(String text) {
        return parse.apply(text);
    }

    String format(T value) {
        return format.apply(value);
    }

    double magnitude(T value) {
        return magnitude.applyAsDouble(value);
    }

    private static long parseBytes(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        long value = Long.parseLong(m.group(1));
        if (value > Long.MAX_VALUE >> shift) {
            throw new IllegalArgumentException(text);
        }
        return value << shift;
    }
}
