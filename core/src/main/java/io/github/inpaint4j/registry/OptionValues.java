package io.github.inpaint4j.registry;

import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingValues;
import java.util.Objects;
import java.util.Optional;

/**
 * A method's option values, typed and checked against its {@link MethodDescription} (see
 * {@link MethodDescription#parse}); options not given hold their defaults. Immutable.
 *
 * <p>A provider asks for its options by their declarations: {@code options.get(EfrosLeungConfig.WINDOW)}.
 * Asking for a setting that is not one of the method's options is a programming error of the provider
 * ({@link IllegalStateException}).
 */
public final class OptionValues {

    private final MethodDescription method;
    private final SettingValues values;
    private final ReadOptions reading;

    OptionValues(MethodDescription method, SettingValues values, ReadOptions reading) {
        this.method = Objects.requireNonNull(method, "method");
        this.values = Objects.requireNonNull(values, "values");
        this.reading = Objects.requireNonNull(reading, "reading");
    }

    /** How the method reads the pictures its {@link io.github.inpaint4j.settings.SettingType#FILE} options name. */
    public ReadOptions reading() {
        return reading;
    }

    /** The method these values are for. */
    public MethodDescription method() {
        return method;
    }

    /** The values as settings. */
    public SettingValues values() {
        return values;
    }

    /**
     * The value of an option: the one given, else its default.
     *
     * @throws IllegalStateException if the method has no such option, or it was not given and has no default
     */
    public <T> T get(Setting<T> option) {
        return values.get(option);
    }

    /** The value of an option, or empty if it was not given and has no default (a file option, say). */
    public <T> Optional<T> find(Setting<T> option) {
        return values.find(option);
    }

    /** Whether the option was given (rather than taking its default). */
    public boolean isGiven(Setting<?> option) {
        return values.isGiven(option);
    }
}
