package io.github.inpaint4j.registry;

/** The type of a method option's value, which is always given as text (a command-line word, a form field). */
public enum OptionType {
    /** A whole number, e.g. {@code 9}; the description may bound it. */
    INTEGER,
    /** A decimal number, e.g. {@code 0.1}; finite; the description may bound it. */
    NUMBER,
    /** On or off: {@code true} or {@code false} (a command-line flag). */
    FLAG,
    /** The path of a file or folder the method reads. */
    FILE,
    /** One of a fixed list of words. */
    CHOICE,
    /** Free text in a syntax the option's description gives. */
    TEXT
}
