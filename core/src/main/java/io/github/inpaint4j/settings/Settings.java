package io.github.inpaint4j.settings;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one configuration, in the order a user sees them; names unique. Immutable.
 *
 * <pre>{@code
 * public static final Settings SETTINGS = Settings.of(WINDOW, EPSILON, MAX_ERROR, SEED, THREADS);
 * SettingValues values = SETTINGS.parse(Map.of("window", "13"));   // the others take their defaults
 * int window = values.get(WINDOW);
 * }</pre>
 *
 * @since 0.2.0
 */
public final class Settings implements Iterable<Setting<?>> {

    private final List<Setting<?>> list;

    private Settings(List<Setting<?>> list) {
        this.list = list;
    }

    /**
     * The settings given, in that order.
     *
     * @throws IllegalArgumentException if two have the same name
     */
    public static Settings of(Setting<?>... settings) {
        return new Settings(Setting.unique(settings));
    }

    /** The settings given, in that order. */
    public static Settings of(List<? extends Setting<?>> settings) {
        return of(settings.toArray(new Setting<?>[0]));
    }

    /**
     * These settings followed by {@code more}.
     *
     * @throws IllegalArgumentException if a name repeats
     */
    public Settings plus(Setting<?>... more) {
        List<Setting<?>> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return of(all);
    }

    /** These settings followed by {@code more}'s. */
    public Settings plus(Settings more) {
        return plus(more.list.toArray(new Setting<?>[0]));
    }

    /** These settings less those of the names given. */
    public Settings without(String... names) {
        List<String> dropped = List.of(names);
        return new Settings(list.stream().filter(s -> !dropped.contains(s.name())).toList());
    }

    /** The settings, in order. */
    public List<Setting<?>> list() {
        return list;
    }

    /** Their names, in order. */
    public List<String> names() {
        return list.stream().map(Setting::name).toList();
    }

    /** The setting of that name, if there is one. */
    public Optional<Setting<?>> find(String name) {
        return list.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Whether {@code setting} is one of these. */
    public boolean contains(Setting<?> setting) {
        return list.contains(setting);
    }

    @Override
    public Iterator<Setting<?>> iterator() {
        return list.iterator();
    }

    /** Every setting at its default. */
    public SettingValues defaults() {
        return new SettingValues(this, Map.of());
    }

    /**
     * Values given as text, as a user types them (name → text); the others take their defaults.
     *
     * @throws IllegalArgumentException for a name that is not one of these settings (the message lists them)
     * @throws SettingException for text that is not a value of its setting, or a value it does not allow
     */
    public SettingValues parse(Map<String, String> text) {
        Map<Setting<?>, Object> given = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : text.entrySet()) {
            Setting<?> setting = find(entry.getKey()).orElseThrow(() -> new IllegalArgumentException("no setting '"
                    + entry.getKey() + "' (" + (list.isEmpty() ? "there are none" : "the settings: "
                            + Setting.names(list)) + ")"));
            given.put(setting, setting.parse(Objects.requireNonNull(entry.getValue(),
                    () -> "setting " + entry.getKey() + " has a null value")));
        }
        return new SettingValues(this, given);
    }

    /** The names, for debugging. */
    @Override
    public String toString() {
        return "Settings" + names();
    }
}
