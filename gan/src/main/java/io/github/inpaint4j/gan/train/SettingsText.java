package io.github.inpaint4j.gan.train;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TrainingConfig}'s settings (every part but the model) as a flat map of name to text and
 * back, the provenance a checkpoint keeps: each setting by its component name, numbers and booleans
 * as Java writes them, enums in lower case with hyphens ({@code non-saturating}), the mask mix and
 * the augmentation in the text their {@code parse} reads. Reading starts from a configuration and
 * replaces only the settings present, so a setting added later keeps its default when an older
 * checkpoint lacks it.
 */
final class SettingsText {

    /** The settings a resumed run may change, and the thread count, which is never read back. */
    static final Set<String> RUN_CONTROL = Set.of("steps", "logEvery", "checkpointEvery", "keep", "threads");

    private static final Logger LOG = LoggerFactory.getLogger(SettingsText.class);
    private static final String MODEL = "model";
    private static final String THREADS = "threads";

    private SettingsText() {
    }

    static Map<String, String> write(TrainingConfig config) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : TrainingConfig.class.getRecordComponents()) {
            if (c.getName().equals(MODEL)) {
                continue;
            }
            Object value = get(c, config);
            if (c.getType().isRecord()) {
                for (RecordComponent setting : c.getType().getRecordComponents()) {
                    out.put(setting.getName(), format(get(setting, value)));
                }
            } else {
                out.put(c.getName(), format(value));
            }
        }
        return out;
    }

    static TrainingConfig read(TrainingConfig base, Map<String, String> settings) {
        Set<String> unknown = new TreeSet<>(settings.keySet());
        RecordComponent[] parts = TrainingConfig.class.getRecordComponents();
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            RecordComponent c = parts[i];
            Object value = get(c, base);
            unknown.remove(c.getName());
            if (c.getName().equals(MODEL) || c.getName().equals(THREADS)) {
                values[i] = value;
            } else if (c.getType().isRecord()) {
                RecordComponent[] fields = c.getType().getRecordComponents();
                Object[] fieldValues = new Object[fields.length];
                for (int j = 0; j < fields.length; j++) {
                    unknown.remove(fields[j].getName());
                    String text = settings.get(fields[j].getName());
                    fieldValues[j] = text == null ? get(fields[j], value) : parse(fields[j], text);
                }
                values[i] = construct(c.getType(), fields, fieldValues);
            } else {
                String text = settings.get(c.getName());
                values[i] = text == null ? value : parse(c, text);
            }
        }
        if (!unknown.isEmpty()) {
            LOG.debug("ignoring training settings this version does not know: {}", unknown);
        }
        return (TrainingConfig) construct(TrainingConfig.class, parts, values);
    }

    private static String format(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return String.valueOf(value);
    }

    /** The value of setting {@code c} written as {@code text}. */
    private static Object parse(RecordComponent c, String text) {
        Class<?> type = c.getType();
        String t = text.trim();
        try {
            if (type == int.class) {
                return Integer.parseInt(t);
            } else if (type == long.class) {
                return Long.parseLong(t);
            } else if (type == float.class) {
                return Float.parseFloat(t);
            } else if (type == double.class) {
                return Double.parseDouble(t);
            } else if (type == boolean.class) {
                if (!t.equals("true") && !t.equals("false")) {
                    throw new IllegalArgumentException("not true or false");
                }
                return Boolean.parseBoolean(t);
            } else if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equalsIgnoreCase(t.replace('-', '_'))) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException("not one of " + names(type));
            }
            Method parse = type.getMethod("parse", String.class);
            return parse.invoke(null, t);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("setting " + c.getName() + ": '" + text + "' is not valid ("
                    + e.getCause().getMessage() + ")", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("setting " + c.getName() + " has a type without parse(String): " + type, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting " + c.getName() + ": '" + text + "' is not a valid "
                    + (type.isEnum() ? "value" : type.getSimpleName()) + " (" + e.getMessage() + ")", e);
        }
    }

    private static String names(Class<?> enumType) {
        StringBuilder out = new StringBuilder();
        for (Object constant : enumType.getEnumConstants()) {
            out.append(out.length() == 0 ? "" : ", ").append(format(constant));
        }
        return out.toString();
    }

    private static Object get(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    /** The record {@code type} from {@code values}; what its compact constructor throws passes through. */
    private static Object construct(Class<?> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }
}
