package io.github.inpaint4j.imagej;

/**
 * The fields of a dialog, declared in order and read back in the same order, as ImageJ's
 * {@code GenericDialog} works: {@link DialogForm} shows one (and so records a macro), and
 * {@link MacroForm} reads a macro's options where no window can be shown (a headless ImageJ).
 * Each field's key is its label: the word a macro gives it ({@code patch=7}).
 */
interface Form {

    /** A list of words; {@code items} must contain {@code selected}. */
    void addChoice(String key, String[] items, String selected);

    /** A number shown with {@code decimals} decimals. */
    void addNumber(String key, double value, int decimals);

    /** A check box. */
    void addFlag(String key, boolean value);

    /** A line of text; {@code file} adds a Browse button where there is a window. */
    void addText(String key, String value, boolean file);

    /** A line of explanation, not a field. */
    void addMessage(String text);

    /** Shows the form; {@code false} if the user cancelled it. */
    boolean show();

    String nextChoice();

    /** The next number: NaN if what was typed is not one. */
    double nextNumber();

    boolean nextFlag();

    String nextText();
}
