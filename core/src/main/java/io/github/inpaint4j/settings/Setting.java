package io.github.inpaint4j.settings;

import io.github.inpaint4j.Threads;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One setting, declared once: its public name (lower-case words joined by hyphens, as a user spells it:
 * {@code max-error}), the type of its value, its default, what is allowed and one line of help.
 * Immutable and thread-safe; declare each as a {@code public static final} constant of the
 * configuration it belongs to, and build it with the factories and the copying methods:
 *
 * <pre>{@code
 * public static final Setting<Double> MAX_ERROR = Setting.number("max-error", 0.3).above(0)
 *         .help("a pixel is filled only from a candidate closer than this");
 * }</pre>
 *
 * <p>The same declaration serves every layer: a configuration record checks its field with
 * {@link #check}, the method registry and the front ends convert text with {@link #parse} (which
 * checks too), and help texts, forms and the HTTP API's description read {@link #help()},
 * {@link #defaultText()} and {@link #allowed()}. A refused value is a {@link SettingException}
 * naming the setting, the value and what is allowed, so the range a user reads is the range that is
 * enforced.
 *
 * @param <T> the type of the value
 * @since 0.2.0
 */
public final class Setting<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Setting.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final String name;
    private final SettingType type;
    private final Kind<T> kind;
    private final T defaultValue;
    private final Double min;
    private final boolean minExclusive;
    private final Double max;
    private final boolean maxExclusive;
    private final boolean odd;
    private final Map<String, T> words;
    private final Map<String, String> deprecatedWords;
    private final Setting<?> item;
    private final String note;
    private final Pattern pattern;
    private final String patternText;
    private final String label;
    private final String help;

    private Setting(String name, SettingType type, Kind<T> kind, T defaultValue, Double min, boolean minExclusive,
            Double max, boolean maxExclusive, boolean odd, Map<String, T> words, Map<String, String> deprecatedWords,
            Setting<?> item, String note, Pattern pattern, String patternText, String label, String help) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("setting name must be lower-case words joined by hyphens "
                    + "(e.g. search-radius), got " + (name == null ? "null" : "'" + name + "'"));
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.min = min;
        this.minExclusive = minExclusive;
        this.max = max;
        this.maxExclusive = maxExclusive;
        this.odd = odd;
        this.words = words;
        this.deprecatedWords = deprecatedWords;
        this.item = item;
        this.note = note;
        this.pattern = pattern;
        this.patternText = patternText;
        this.label = label;
        this.help = Objects.requireNonNull(help, "help");
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("setting " + name + ": min " + min + " is above max " + max);
        }
        this.defaultValue = defaultValue == null ? null : check(defaultValue);
    }

    private static <T> Setting<T> of(String name, SettingType type, Kind<T> kind, T defaultValue) {
        return new Setting<>(name, type, kind, defaultValue, null, false, null, false, false, Map.of(), Map.of(),
                null, null, null, null, null, "");
    }

    private Setting<T> copy(T newDefault, Double newMin, boolean newMinExclusive, Double newMax,
            boolean newMaxExclusive, boolean newOdd, Map<String, String> newDeprecated, String newNote, String newHelp) {
        return copy(newDefault, newMin, newMinExclusive, newMax, newMaxExclusive, newOdd, newDeprecated, newNote,
                pattern, patternText, label, newHelp);
    }

    private Setting<T> copy(T newDefault, Double newMin, boolean newMinExclusive, Double newMax,
            boolean newMaxExclusive, boolean newOdd, Map<String, String> newDeprecated, String newNote,
            Pattern newPattern, String newPatternText, String newLabel, String newHelp) {
        if ((newMin != null || newMax != null || newOdd) && type != SettingType.INTEGER && type != SettingType.NUMBER) {
            throw new IllegalStateException("setting " + name + ": only numbers have a range, not a " + type);
        }
        return new Setting<>(name, type, kind, newDefault, newMin, newMinExclusive, newMax, newMaxExclusive, newOdd,
                words, newDeprecated, item, newNote, newPattern, newPatternText, newLabel, newHelp);
    }

    // ---- factories ----

    /** A whole number that fits an {@code int}; {@code defaultValue} may be {@code null} (no default). */
    public static Setting<Integer> integer(String name, Integer defaultValue) {
        return of(name, SettingType.INTEGER, Kind.integer(), defaultValue);
    }

    /** A whole number that fits a {@code long}; {@code defaultValue} may be {@code null} (no default). */
    public static Setting<Long> longInteger(String name, Long defaultValue) {
        return of(name, SettingType.INTEGER, Kind.longInteger(), defaultValue);
    }

    /**
     * A number of bytes, written as a whole number of bytes or with a binary suffix: {@code 4096},
     * {@code 96M} (MiB), {@code 2G} (GiB), {@code 512K} (KiB).
     */
    public static Setting<Long> bytes(String name, Long defaultValue) {
        return of(name, SettingType.INTEGER, Kind.bytes(), defaultValue);
    }

    /** A finite decimal number; {@code defaultValue} may be {@code null} (no default). */
    public static Setting<Double> number(String name, Double defaultValue) {
        return of(name, SettingType.NUMBER, Kind.number(), defaultValue);
    }

    /**
     * A duration written in seconds, fractions allowed ({@code 600}, {@code 0.5}); its range is in seconds.
     */
    public static Setting<Duration> seconds(String name, Duration defaultValue) {
        return of(name, SettingType.NUMBER, Kind.seconds(), defaultValue);
    }

    /** An on/off setting, off by default. */
    public static Setting<Boolean> flag(String name) {
        return flag(name, Boolean.FALSE, Boolean.TRUE);
    }

    /**
     * An on/off setting whose value is one of two: {@code off} (the default) or {@code on}. A flag
     * {@code fast} that selects {@code SearchMode.FAST} over {@code SearchMode.EXACT}, say.
     */
    public static <T> Setting<T> flag(String name, T off, T on) {
        Objects.requireNonNull(off, "off");
        Objects.requireNonNull(on, "on");
        return of(name, SettingType.FLAG, Kind.flag(off, on), off);
    }

    /** The path of a file or folder that is read; no default. */
    public static Setting<Path> file(String name) {
        return of(name, SettingType.FILE, Kind.file(), null);
    }

    /** Free text; {@code defaultValue} may be {@code null} (no default). */
    public static Setting<String> text(String name, String defaultValue) {
        return of(name, SettingType.TEXT, Kind.text(), defaultValue);
    }

    /**
     * A value written as text in a syntax of its own, such as a mask rule ({@code threshold=0.5}).
     *
     * @param parse reads a value; throws {@link IllegalArgumentException} for text that is not one
     * @param format writes a value as {@code parse} reads it
     * @param expected what text must be, as it follows "must be" in a message: {@code "nonzero, alpha or
     *     threshold=T"}
     */
    public static <T> Setting<T> parsed(String name, T defaultValue, Function<String, T> parse,
            Function<T, String> format, String expected) {
        Objects.requireNonNull(parse, "parse");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(expected, "expected");
        return of(name, SettingType.TEXT, Kind.of(parse, expected, format), defaultValue).matching(null, expected);
    }

    /**
     * One constant of an enum, written as its name in lower case with hyphens for underscores
     * ({@code GAUSSIAN_SSD} is {@code gaussian-ssd}); any other word is refused.
     *
     * @param defaultValue the default, which also gives the enum; every constant is a choice
     */
    public static <E extends Enum<E>> Setting<E> choice(String name, E defaultValue) {
        Class<E> type = defaultValue.getDeclaringClass();
        Map<String, E> words = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            words.put(word(constant), constant);
        }
        Map<String, E> fixed = Collections.unmodifiableMap(words);
        Kind<E> kind = Kind.choice(fixed);
        return new Setting<>(name, SettingType.CHOICE, kind, defaultValue, null, false, null, false, false, fixed,
                Map.of(), null, null, null, null, null, "");
    }

    /** The word of an enum constant in settings: lower case, hyphens for underscores. */
    public static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A list of values of {@code item}'s kind, written comma-separated ({@code center,strokes}) or,
     * on a command line, by repeating the option; each is checked against {@code item}. Its type is
     * the item's.
     */
    public static <E> Setting<List<E>> list(String name, Setting<E> item, List<E> defaultValue) {
        Kind<List<E>> kind = Kind.list(item);
        return new Setting<>(name, item.type, kind, defaultValue == null ? null : List.copyOf(defaultValue), null,
                false, null, false, false, Map.of(), Map.of(), item, null, null, null, item.label, "");
    }

    /**
     * The {@code threads} setting of multithreaded work: in [1, {@link Threads#max()}], by default the
     * available processors.
     *
     * @param help what the threads do, e.g. {@code "worker threads of the exemplar search"}
     */
    public static Setting<Integer> threads(String help) {
        return threads("threads", help);
    }

    /**
     * A count of parallel workers named otherwise ({@code jobs}), bounded as {@link #threads(String)}: in
     * [1, {@link Threads#max()}], by default the available processors.
     */
    public static Setting<Integer> threads(String name, String help) {
        return integer(name, Threads.available()).range(1, Threads.max())
                .note(Threads.PER_PROCESSOR + " × the " + Threads.available() + " available processors, at least "
                        + Threads.MIN_BOUND)
                .help(help);
    }

    /** The {@code seed} setting: the seed of every random choice. */
    public static Setting<Long> seed(long defaultSeed) {
        return longInteger("seed", defaultSeed).help("seed of every random choice; the same seed gives the same"
                + " result");
    }

    // ---- copies ----

    /** This setting with values of at least {@code bound}. */
    public Setting<T> atLeast(double bound) {
        return copy(defaultValue, bound, false, max, maxExclusive, odd, deprecatedWords, note, help);
    }

    /** This setting with values above {@code bound} ({@code bound} itself refused). */
    public Setting<T> above(double bound) {
        return copy(defaultValue, bound, true, max, maxExclusive, odd, deprecatedWords, note, help);
    }

    /** This setting with values of at most {@code bound}. */
    public Setting<T> atMost(double bound) {
        return copy(defaultValue, min, minExclusive, bound, false, odd, deprecatedWords, note, help);
    }

    /** This setting with values in [{@code low}, {@code high}]. */
    public Setting<T> range(double low, double high) {
        return copy(defaultValue, low, false, high, false, odd, deprecatedWords, note, help);
    }

    /** This setting with odd values only (window and patch widths). */
    public Setting<T> odd() {
        return copy(defaultValue, min, minExclusive, max, maxExclusive, true, deprecatedWords, note, help);
    }

    /** This setting with another default ({@code null}: none). */
    public Setting<T> withDefault(T newDefault) {
        return copy(newDefault, min, minExclusive, max, maxExclusive, odd, deprecatedWords, note, help);
    }

    /** This setting with its help: one line for a user, without the default and the range (they are added). */
    public Setting<T> help(String newHelp) {
        return copy(defaultValue, min, minExclusive, max, maxExclusive, odd, deprecatedWords, note, newHelp);
    }

    /** This setting with a remark on its range, shown in parentheses after it: why the bound is where it is. */
    public Setting<T> note(String newNote) {
        return copy(defaultValue, min, minExclusive, max, maxExclusive, odd, deprecatedWords, newNote, help);
    }

    /**
     * This text setting, allowing only values that match {@code regex} as a whole.
     *
     * @param description what a value must be, as it follows "must be" in a message: {@code "a host name such as
     *     myhost.lan"}
     */
    public Setting<T> matching(String regex, String description) {
        if (type != SettingType.TEXT) {
            throw new IllegalStateException("setting " + name + ": only text has a pattern, not a " + type);
        }
        return copy(defaultValue, min, minExclusive, max, maxExclusive, odd, deprecatedWords, note,
                regex == null ? null : Pattern.compile(regex), Objects.requireNonNull(description, "description"),
                label, help);
    }

    /**
     * This setting with the word a help text puts for its value, e.g. {@code SECONDS} or {@code DIR}
     * (by default {@code N} for whole numbers, {@code X} for numbers, {@code FILE}, {@code VALUE}).
     */
    public Setting<T> label(String newLabel) {
        return copy(defaultValue, min, minExclusive, max, maxExclusive, odd, deprecatedWords, note, pattern,
                patternText, Objects.requireNonNull(newLabel, "newLabel"), help);
    }

    /**
     * This choice, also accepting {@code oldWord} for the choice {@code word}: an old spelling, still
     * read, with a deprecation warning in the log.
     */
    public Setting<T> deprecatedWord(String oldWord, String word) {
        if (!words.containsKey(word)) {
            throw new IllegalArgumentException("setting " + name + " has no choice '" + word + "'");
        }
        Map<String, String> more = new LinkedHashMap<>(deprecatedWords);
        more.put(oldWord, word);
        return copy(defaultValue, min, minExclusive, max, maxExclusive, odd, Collections.unmodifiableMap(more), note,
                help);
    }

    // ---- use ----

    /**
     * The value of {@code text}, checked: surrounding spaces are ignored.
     *
     * @throws SettingException if the text is not a value of this setting's type, or the value is not allowed
     */
    public T parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        if (type == SettingType.FILE && trimmed.isEmpty()) {
            throw new SettingException(name, "an empty value", "a file path");
        }
        String spelled = trimmed;
        if (deprecatedWords.containsKey(trimmed)) {
            spelled = deprecatedWords.get(trimmed);
            LOG.warn("{} '{}' is deprecated: write '{}'", name, trimmed, spelled);
        }
        T value;
        try {
            value = kind.parse(type == SettingType.TEXT || type == SettingType.FILE ? text : spelled);
        } catch (SettingException e) {
            throw new SettingException(name, e.value(), e.allowed());
        } catch (IllegalArgumentException e) {
            throw new SettingException(name, "'" + text + "'", kind.expected());
        }
        if (item == null && type == SettingType.NUMBER && !Double.isFinite(kind.magnitude(value))) {
            throw new SettingException(name, "'" + text + "'", "a finite number");
        }
        return check(value);
    }

    /**
     * Checks a value against this declaration.
     *
     * @return {@code value}
     * @throws SettingException if it is not allowed (outside the range, even where it must be odd, not finite,
     *     {@code null})
     */
    public T check(T value) {
        if (value == null) {
            String what = allowed();
            throw new SettingException(name, "null", what.isEmpty() ? "given" : what);
        }
        if (item != null) {
            checkItems((List<?>) value);
            return value;
        }
        double magnitude = kind.magnitude(value);
        if (Double.isNaN(magnitude) && (type == SettingType.INTEGER || type == SettingType.NUMBER)
                || Double.isInfinite(magnitude)) {
            throw new SettingException(name, kind.format(value), "a finite number");
        }
        if (pattern != null && !pattern.matcher((CharSequence) value).matches()) {
            throw new SettingException(name, "'" + value + "'", patternText);
        }
        if (Double.isNaN(magnitude)) {
            return value;
        }
        boolean low = min != null && (minExclusive ? magnitude <= min : magnitude < min);
        boolean high = max != null && (maxExclusive ? magnitude >= max : magnitude > max);
        boolean even = odd && Math.abs(magnitude % 2) != 1;
        if (low || high || even) {
            throw new SettingException(name, kind.format(value), allowed());
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private <E> void checkItems(List<?> values) {
        Setting<E> items = (Setting<E>) item;
        for (Object value : values) {
            try {
                items.check((E) value);
            } catch (SettingException e) {
                throw new SettingException(name, e.value(), e.allowed());
            }
        }
    }

    /** The value as text, as {@link #parse} reads it back. */
    public String format(T value) {
        return kind.format(value);
    }

    // ---- description ----

    /** The public name: lower-case words joined by hyphens, e.g. {@code search-radius}. */
    public String name() {
        return name;
    }

    /** The type of the value, for a control. */
    public SettingType type() {
        return type;
    }

    /** The setting of each item of a list setting; {@code null} for others. */
    Setting<?> item() {
        return item;
    }

    /** Whether the value is a list (comma-separated, or a repeated command-line option). */
    public boolean isList() {
        return item != null;
    }

    /** The default value, if there is one (without one, the help says what happens). */
    public Optional<T> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** The default as text, or {@code null} when there is none. */
    public String defaultText() {
        return defaultValue == null ? null : kind.format(defaultValue);
    }

    /** The smallest value allowed ({@link #minExclusive()}: the bound itself refused), or {@code null}. */
    public Double min() {
        return min;
    }

    /** Whether {@link #min()} itself is refused. */
    public boolean minExclusive() {
        return minExclusive;
    }

    /** The largest value allowed, or {@code null}. */
    public Double max() {
        return max;
    }

    /** Whether {@link #max()} itself is refused. */
    public boolean maxExclusive() {
        return maxExclusive;
    }

    /** Whether only odd values are allowed. */
    public boolean isOdd() {
        return odd;
    }

    /** The allowed words of a {@link SettingType#CHOICE} (not its deprecated spellings); empty for other types. */
    public List<String> choices() {
        return List.copyOf((item != null ? item.words : words).keySet());
    }

    /** The word a help text puts for the value: {@code N}, {@code X}, {@code FILE}, {@code VALUE}, or the declared one. */
    public String label() {
        if (label != null) {
            return label;
        }
        return switch (type) {
            case INTEGER -> "N";
            case NUMBER -> "X";
            case FILE -> "FILE";
            case CHOICE, TEXT -> "VALUE";
            case FLAG -> "";
        };
    }

    /** One line of help for a user (the default and range are not in it). */
    public String help() {
        return help;
    }

    /**
     * What is allowed, as it follows "must be" in a message: {@code in [1, 50]}, {@code odd and >= 3},
     * {@code > 0}, {@code one of uniform, weighted}, {@code true or false}; empty for free text.
     */
    public String allowed() {
        if (item != null) {
            String each = item.allowed();
            return each.isEmpty() ? "" : "each " + each;
        }
        return switch (type) {
            case INTEGER, NUMBER -> {
                List<String> parts = new ArrayList<>();
                if (odd) {
                    parts.add("odd");
                }
                if (min != null && max != null && !minExclusive && !maxExclusive) {
                    parts.add("in [" + bound(min) + ", " + bound(max) + "]");
                } else {
                    if (min != null) {
                        parts.add((minExclusive ? "> " : ">= ") + bound(min));
                    }
                    if (max != null) {
                        parts.add((maxExclusive ? "< " : "<= ") + bound(max));
                    }
                }
                String text = String.join(" and ", parts);
                yield note == null || text.isEmpty() ? text : text + " (" + note + ")";
            }
            case CHOICE -> "one of " + String.join(", ", words.keySet());
            case FLAG -> "true or false";
            case TEXT -> patternText == null ? "" : patternText;
            case FILE -> "";
        };
    }

    /** The allowed values in words for help texts, as {@link #allowed()} without "in": {@code [1, 50]}, {@code odd, >= 3}. */
    public String range() {
        String allowed = allowed();
        if (note != null && allowed.endsWith(" (" + note + ")")) {
            allowed = allowed.substring(0, allowed.length() - note.length() - 3);
        }
        return allowed.replace(" and ", ", ").replace("in [", "[");
    }

    /** The default and the range for help texts: {@code default 5, [1, 50]}; empty for a flag, or when there is neither. */
    public String defaultAndRange() {
        if (type == SettingType.FLAG) {
            return "";
        }
        String range = range();
        String dflt = defaultValue == null ? "" : "default " + defaultText();
        return dflt.isEmpty() || range.isEmpty() ? dflt + range : dflt + ", " + range;
    }

    /** The setting's name and type, for debugging. */
    @Override
    public String toString() {
        return "Setting[" + name + ": " + type + (defaultValue == null ? "" : " = " + defaultText()) + "]";
    }

    private String bound(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    /** The names of {@code settings}, for messages. */
    static String names(List<? extends Setting<?>> settings) {
        return String.join(", ", settings.stream().map(Setting::name).toList());
    }

    /** For {@link Settings}: the settings in declaration order, checked for unique names. */
    static List<Setting<?>> unique(Setting<?>... settings) {
        List<Setting<?>> list = List.copyOf(Arrays.asList(settings));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Setting<?> s : list) {
            if (!seen.add(s.name())) {
                throw new IllegalArgumentException("setting " + s.name() + " is declared twice");
            }
        }
        return list;
    }
}
