package io.github.inpaint4j.imagej;

import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options of one method as fields of a {@link Form}, built from the registry's description, so a
 * method added to the class path gets its fields with no change here: numbers with a default as
 * number fields, flags as check boxes, choices as lists, files and everything without a default as
 * text (left empty: the method's own behaviour without it). Each field's key is the option's name.
 */
final class MethodForm {

    private final MethodDescription method;

    MethodForm(MethodDescription method) {
        this.method = method;
    }

    /** Adds a field for every option, showing its default. */
    void addTo(Form form) {
        form.addMessage(method.name() + ": " + method.summary());
        for (Setting<?> option : method.options()) {
            String value = option.defaultValue().isPresent() ? option.defaultText() : null;
            switch (option.type()) {
                case INTEGER, NUMBER -> {
                    if (value == null) {
                        form.addText(option.name(), "", false);
                    } else {
                        form.addNumber(option.name(), Double.parseDouble(value), decimals(option.type(), value));
                    }
                }
                case FLAG -> form.addFlag(option.name(), Boolean.parseBoolean(value));
                case CHOICE -> form.addChoice(option.name(), option.choices().toArray(String[]::new),
                        value == null ? option.choices().get(0) : value);
                case FILE -> form.addText(option.name(), value == null ? "" : value, true);
                case TEXT -> form.addText(option.name(), value == null ? "" : value, false);
            }
        }
    }

    /**
     * Reads the fields back, in the order {@link #addTo} added them, as the registry's text options;
     * empty text fields are left out.
     *
     * @throws IllegalArgumentException naming the option if a number field holds no number, or a
     *     whole-number option a fraction
     */
    Map<String, String> readFrom(Form form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Setting<?> option : method.options()) {
            String value = switch (option.type()) {
                case INTEGER, NUMBER -> option.defaultValue().isEmpty() ? form.nextText().trim()
                        : number(option, form.nextNumber());
                case FLAG -> Boolean.toString(form.nextFlag());
                case CHOICE -> form.nextChoice();
                case FILE, TEXT -> form.nextText().trim();
            };
            if (!value.isEmpty()) {
                values.put(option.name(), value);
            }
        }
        return values;
    }

    private static String number(Setting<?> option, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("option " + option.name() + " needs a number");
        }
        if (option.type() == SettingType.INTEGER) {
            if (value != Math.rint(value)) {
                throw new IllegalArgumentException("option " + option.name() + " must be a whole number, got " + value);
            }
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Enough decimals to show the default as it is (none for whole numbers, at most 6). */
    private static int decimals(SettingType type, String value) {
        if (type == SettingType.INTEGER) {
            return 0;
        }
        String plain = new BigDecimal(value).stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        return dot < 0 ? 1 : Math.min(6, Math.max(1, plain.length() - dot - 1));
    }
}
