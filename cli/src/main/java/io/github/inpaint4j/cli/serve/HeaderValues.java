package io.github.inpaint4j.cli.serve;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The parameters of a header value such as {@code form-data; name="image"; filename="a.png"} (RFC 9110 §5.6.6). */
final class HeaderValues {

    private HeaderValues() {
    }

    /**
     * The parameters after the first {@code ;}, names in lower case, quoted values unquoted (a
     * backslash escapes the next character). A parameter without {@code =} is ignored.
     */
    static Map<String, String> parameters(String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            int equals = value.indexOf('=', i + 1);
            int semicolon = value.indexOf(';', i + 1);
            if (equals < 0 || (semicolon >= 0 && semicolon < equals)) {
                i = semicolon;
                continue;
            }
            String name = value.substring(i + 1, equals).trim().toLowerCase(Locale.ROOT);
            int j = equals + 1;
            while (j < value.length() && value.charAt(j) == ' ') {
                j++;
            }
            StringBuilder text = new StringBuilder();
            if (j < value.length() && value.charAt(j) == '"') {
                j++;
                while (j < value.length() && value.charAt(j) != '"') {
                    char c = value.charAt(j++);
                    if (c == '\\' && j < value.length()) {
                        c = value.charAt(j++);
                    }
                    text.append(c);
                }
                j = value.indexOf(';', j);
            } else {
                int stop = value.indexOf(';', j);
                text.append(value, j, stop < 0 ? value.length() : stop);
                j = stop;
                text.setLength(text.toString().trim().length());
            }
            parameters.putIfAbsent(name, text.toString());
            i = j;
        }
        return parameters;
    }
}
