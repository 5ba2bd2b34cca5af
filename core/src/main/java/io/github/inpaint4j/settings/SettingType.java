package io.github.inpaint4j.settings;

/**
 * The kind of a setting's value, for front ends that build a control from it (a command-line option,
 * a form field). Values are always given as text; the {@link Setting} converts and checks them.
 *
 * @since 0.2.0
 */
public enum SettingType {
    /** A whole number, e.g. {@code 9}; the setting may bound it. */
    INTEGER,
    /** A decimal number, e.g. {@code 0.1}; finite; the setting may bound it. */
    NUMBER,
    /** On or off: {@code true} or {@code false} (a command-line flag). */
    FLAG,
    /** The path of a file or folder that is read. */
    FILE,
    /** One of a fixed list of words. */
    CHOICE,
    /** Free text in a syntax the setting's help gives. */
    TEXT
}
