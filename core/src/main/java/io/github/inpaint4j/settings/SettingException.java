package io.github.inpaint4j.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * A value that a setting does not allow: the one exception that every declared setting throws, at
 * whatever layer it is checked (a configuration record, the method registry, a front end). It
 * carries the setting's public name, the value received and what is allowed, so that each front
 * end words the message in its own terms (a command line {@code --max-error}, a form field
 * {@code max-error}) without touching the message's text.
 *
 * <p>The message is {@code "max-error must be > 0, got 0.0"}, or, when the setting belongs to a
 * method ({@link #owner()}), {@code "option max-error of efros-leung must be > 0, got 0.0"}.
 *
 * @since 0.2.0
 */
public class SettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String owner;
    private final String value;
    private final String allowed;

    /**
     * A value that {@code setting} does not allow.
     *
     * @param setting the setting's public name, e.g. {@code max-error}
     * @param value the value received, as the message shows it (e.g. {@code 0.0}, or {@code 'five'} for text that
     *     is not a number)
     * @param allowed what is allowed, as it follows "must be" (e.g. {@code > 0}, {@code in [1, 50]},
     *     {@code a whole number})
     */
    public SettingException(String setting, String value, String allowed) {
        this(setting, null, value, allowed, null);
    }

    private SettingException(String setting, String owner, String value, String allowed, Throwable cause) {
        super(message(owner == null ? setting : "option " + setting + " of " + owner, value, allowed), cause);
        this.setting = Objects.requireNonNull(setting, "setting");
        this.owner = owner;
        this.value = Objects.requireNonNull(value, "value");
        this.allowed = Objects.requireNonNull(allowed, "allowed");
    }

    private static String message(String subject, String value, String allowed) {
        return subject + " must be " + allowed + ", got " + value;
    }

    /** The setting's public name, as a user spells it without dashes: {@code max-error}. */
    public String setting() {
        return setting;
    }

    /** What the setting belongs to (a method's name, such as {@code efros-leung}), if the checker knew. */
    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    /** The value received, as the message shows it. */
    public String value() {
        return value;
    }

    /** What is allowed, as it follows "must be": {@code > 0}, {@code in [1, 50]}, {@code one of a, b}. */
    public String allowed() {
        return allowed;
    }

    /** This exception for a setting of {@code newOwner} (a method), with this one as its cause. */
    public SettingException ofOwner(String newOwner) {
        return new SettingException(setting, Objects.requireNonNull(newOwner, "newOwner"), value, allowed, this);
    }

    /**
     * The message with the setting called {@code spelled}, as a front end spells it: for
     * {@code "--max-error"}, {@code "--max-error of efros-leung must be > 0, got 0.0"}.
     */
    public String message(String spelled) {
        return message(owner == null ? spelled : spelled + " of " + owner, value, allowed);
    }
}
