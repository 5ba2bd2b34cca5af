package io.github.inpaint4j.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Command-line arguments read against settings, for a program that has no command-line library (the
 * Spark job): {@code --NAME VALUE} for each setting, {@code --NAME} alone for a flag, a list setting
 * repeated or comma-separated. What is allowed comes from the declarations; so do the errors.
 *
 * @since 0.2.0
 */
public final class SettingArguments {

    private SettingArguments() {
    }

    /**
     * The usage line of these arguments: {@code --images DIR [--option NAME=VALUE]... [--force]}.
     *
     * @param required those that must be given, shown without brackets
     */
    public static String usage(Settings settings, List<? extends Setting<?>> required) {
        List<String> parts = new ArrayList<>();
        for (Setting<?> setting : settings) {
            String part = "--" + setting.name() + (setting.type() == SettingType.FLAG && !setting.isList() ? ""
                    : " " + setting.label());
            parts.add(required.contains(setting) ? part : "[" + part + "]" + (setting.isList() ? "..." : ""));
        }
        return String.join(" ", parts);
    }

    /**
     * Reads {@code args}: each value is checked against its setting, then the required ones are looked for.
     *
     * @param settings the settings the arguments may give
     * @param required those that must be given
     * @return the values, each setting not given at its default
     * @throws IllegalArgumentException for an argument that is no setting's ({@code unknown argument '--jobs'}), a
     *     setting without its value ({@code --report needs a value}) or given twice, a required one missing
     *     ({@code missing --method})
     * @throws SettingException for a value a setting does not allow
     */
    public static SettingValues parse(Settings settings, List<? extends Setting<?>> required, String... args) {
        Objects.requireNonNull(settings, "settings");
        Map<String, String> text = new LinkedHashMap<>();
        Map<Setting<?>, List<String>> lists = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            Setting<?> setting = argument.startsWith("--") ? settings.find(argument.substring(2)).orElse(null) : null;
            if (setting == null) {
                throw new IllegalArgumentException("unknown argument '" + argument + "'");
            }
            String value;
            if (setting.type() == SettingType.FLAG && !setting.isList()) {
                value = "true";
            } else if (i + 1 >= args.length) {
                throw new IllegalArgumentException(argument + " needs a value");
            } else {
                value = args[++i];
            }
            if (setting.isList()) {
                // each occurrence is one item, commas and all
                lists.computeIfAbsent(setting, k -> new ArrayList<>()).add(value);
            } else if (text.put(setting.name(), value) != null) {
                throw new IllegalArgumentException(argument + " is given twice");
            }
        }
        SettingValues values = settings.parse(text);
        for (Map.Entry<Setting<?>, List<String>> list : lists.entrySet()) {
            values = withItems(values, list.getKey(), list.getValue());
        }
        List<String> missing = new ArrayList<>();
        for (Setting<?> setting : required) {
            if (!text.containsKey(setting.name()) && !lists.containsKey(setting)) {
                missing.add("--" + setting.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing " + String.join(", ", missing));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static <E> SettingValues withItems(SettingValues values, Setting<?> list, List<String> texts) {
        Setting<E> item = (Setting<E>) list.item();
        List<E> items = new ArrayList<>();
        for (String text : texts) {
            try {
                items.add(item.parse(text));
            } catch (SettingException e) {
                throw new SettingException(list.name(), e.value(), e.allowed());
            }
        }
        return values.with((Setting<List<E>>) list, List.copyOf(items));
    }
}
