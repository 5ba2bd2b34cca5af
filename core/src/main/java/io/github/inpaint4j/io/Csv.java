package io.github.inpaint4j.io;

/** The one rule for the library's CSV files (RFC 4180): a field is quoted when it holds a comma, a quote or a line break. */
public final class Csv {

    private Csv() {
    }

    /** {@code field} as a CSV field: unchanged, or in double quotes with its quotes doubled. */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
