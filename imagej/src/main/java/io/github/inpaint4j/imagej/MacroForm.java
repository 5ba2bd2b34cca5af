package io.github.inpaint4j.imagej;

import ij.Macro;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@link Form} that reads a macro's options ({@code "method=telea mask=selection radius=5"}) where
 * ImageJ cannot show a dialog (headless: {@code GenericDialog} is an AWT window). It reads them as
 * {@code GenericDialog} does in a macro: a missing key keeps the default, a check box is on when its
 * key is present, a value with spaces is in brackets.
 */
final class MacroForm implements Form {

    private final String options;
    private final List<String> values = new ArrayList<>();
    private Iterator<String> next;

    MacroForm(String options) {
        this.options = options == null ? "" : options;
    }

    @Override
    public void addChoice(String key, String[] items, String selected) {
        values.add(Macro.getValue(options, key, selected));
    }

    @Override
    public void addNumber(String key, double value, int decimals) {
        values.add(Macro.getValue(options, key, Double.toString(value)));
    }

    @Override
    public void addFlag(String key, boolean value) {
        boolean present = Pattern.compile("(^|\\s)" + Pattern.quote(key) + "(\\s|$)").matcher(options).find();
        values.add(Boolean.toString(present));
    }

    @Override
    public void addText(String key, String value, boolean file) {
        values.add(Macro.getValue(options, key, value));
    }

    @Override
    public void addMessage(String text) {
        // nothing to show
    }

    @Override
    public boolean show() {
        next = values.iterator();
        return true;
    }

    @Override
    public String nextChoice() {
        return next.next();
    }

    @Override
    public double nextNumber() {
        try {
            return Double.parseDouble(next.next());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @Override
    public boolean nextFlag() {
        return Boolean.parseBoolean(next.next());
    }

    @Override
    public String nextText() {
        return next.next();
    }
}
