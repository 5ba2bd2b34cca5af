package io.github.inpaint4j.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Values of a group of {@link Settings}, each checked against its declaration; a setting not given
 * holds its default. Immutable. Asking for a setting that is not in the group is a programming error
 * ({@link IllegalStateException}).
 *
 * @since 0.2.0
 */
public final class SettingValues {

    private final Settings settings;
    private final Map<Setting<?>, Object> given;

    SettingValues(Settings settings, Map<Setting<?>, Object> given) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.given = Map.copyOf(given);
    }

    /** The group these values are for. */
    public Settings settings() {
        return settings;
    }

    /**
     * The value of {@code setting}: the one given, else its default.
     *
     * @throws IllegalStateException if it is not in the group, or was not given and has no default
     */
    public <T> T get(Setting<T> setting) {
        return find(setting).orElseThrow(() -> new IllegalStateException("setting " + setting.name()
                + " was not given and has no default"));
    }

    /**
     * The value of {@code setting} (the one given, else its default), or empty if it was not given and
     * has no default.
     *
     * @throws IllegalStateException if it is not in the group
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(Setting<T> setting) {
        require(setting);
        Object value = given.get(setting);
        return value != null ? Optional.of((T) value) : setting.defaultValue();
    }

    /** Whether {@code setting} was given rather than taking its default. */
    public boolean isGiven(Setting<?> setting) {
        require(setting);
        return given.containsKey(setting);
    }

    /**
     * These values with {@code setting} set to {@code value}, checked.
     *
     * @throws SettingException if the setting does not allow the value
     */
    public <T> SettingValues with(Setting<T> setting, T value) {
        require(setting);
        Map<Setting<?>, Object> more = new LinkedHashMap<>(given);
        more.put(setting, setting.check(value));
        return new SettingValues(settings, more);
    }

    private void require(Setting<?> setting) {
        if (!settings.contains(setting)) {
            throw new IllegalStateException("setting " + setting.name() + " is not one of " + settings.names());
        }
    }

    /** The values given, as text: name → text. */
    @Override
    public String toString() {
        Map<String, String> text = new LinkedHashMap<>();
        for (Setting<?> s : settings) {
            find(s).ifPresent(v -> text.put(s.name(), format(s, v)));
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> String format(Setting<T> setting, Object value) {
        return setting.format((T) value);
    }
}
