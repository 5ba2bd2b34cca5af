package io.github.inpaint4j.imagej;

import ij.gui.GenericDialog;

/** A {@link Form} shown as ImageJ's {@code GenericDialog}, which also reads and records macro options. */
final class DialogForm implements Form {

    private final GenericDialog dialog;

    DialogForm(String title) {
        dialog = new GenericDialog(title);
    }

    @Override
    public void addChoice(String key, String[] items, String selected) {
        dialog.addChoice(key, items, selected);
    }

    @Override
    public void addNumber(String key, double value, int decimals) {
        dialog.addNumericField(key, value, decimals, Math.max(6, decimals + 4), null);
    }

    @Override
    public void addFlag(String key, boolean value) {
        dialog.addCheckbox(key, value);
    }

    @Override
    public void addText(String key, String value, boolean file) {
        if (file) {
            dialog.addFileField(key, value, 25);
        } else {
            dialog.addStringField(key, value, 25);
        }
    }

    @Override
    public void addMessage(String text) {
        dialog.addMessage(text);
    }

    @Override
    public boolean show() {
        dialog.showDialog();
        return !dialog.wasCanceled();
    }

    @Override
    public String nextChoice() {
        return dialog.getNextChoice();
    }

    @Override
    public double nextNumber() {
        return dialog.getNextNumber();
    }

    @Override
    public boolean nextFlag() {
        return dialog.getNextBoolean();
    }

    @Override
    public String nextText() {
        return dialog.getNextString();
    }
}
