package io.github.inpaint4j.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@code multipart/form-data} body (RFC 7578), read as it streams in: file parts go straight to
 * files of the server's choosing, text parts into strings. Everything the sender controls is
 * bounded: the number of parts, each part's headers, each text field; the body's own size is
 * bounded by the stream it is read from. A malformed body is an {@link HttpError} 400.
 */
final class MultipartForm {

    /** The most parts a form may have. */
    static final int MAX_PARTS = 64;
    /** The most bytes of one text field. */
    static final int MAX_FIELD_BYTES = 4096;
    /** The most bytes of one part's headers. */
    static final int MAX_HEADER_BYTES = 8192;

    private static final int BUFFER = 64 * 1024;

    private final Map<String, String> fields;
    private final Map<String, Path> files;

    private MultipartForm(Map<String, String> fields, Map<String, Path> files) {
        this.fields = Collections.unmodifiableMap(fields);
        this.files = Collections.unmodifiableMap(files);
    }

    /** The text fields, by name, in the order sent. */
    Map<String, String> fields() {
        return fields;
    }

    /** The file fields, by name: each written to {@code folder/NAME}. */
    Map<String, Path> files() {
        return files;
    }

    /**
     * The boundary of a {@code multipart/form-data} content type.
     *
     * @throws HttpError 415 for another content type, 400 for a missing or malformed boundary
     */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new HttpError(HttpError.UNSUPPORTED_MEDIA_TYPE, "the body must be multipart/form-data (a form with"
                    + " the fields image, mask and method), got " + (contentType == null ? "no Content-Type"
                            : "'" + contentType + "'"));
        }
        String boundary = HeaderValues.parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new HttpError(HttpError.BAD_REQUEST, "the multipart/form-data Content-Type needs a boundary of 1 to 70"
                    + " characters");
        }
        return boundary;
    }

    /**
     * Reads a form.
     *
     * @param body the body, bounded by its caller
     * @param boundary from {@link #boundary}
     * @param fileFields the names of the fields that are files; any other file part is refused
     * @param folder where file fields are written, as {@code folder/NAME}
     * @throws HttpError 400 for a malformed form, an unexpected file, a repeated or oversized field
     * @throws IOException if the body cannot be read or a file not written
     */
    static MultipartForm read(InputStream body, String boundary, Set<String> fileFields, Path folder)
            throws IOException {
        return new Reader(body, boundary).read(fileFields, folder);
    }

    /** The parser: a buffer over the stream, searched for the delimiter {@code CRLF--boundary}. */
    private static final class Reader {
        private final InputStream in;
        private final byte[] delimiter;
        private final byte[] buffer = new byte[BUFFER];
        private int start;
        private int end;
        private boolean eof;

        Reader(InputStream in, String boundary) {
            this.in = in;
            this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            // the first delimiter has no CRLF before it: start as if the body had one
            buffer[0] = '\r';
            buffer[1] = '\n';
            end = 2;
        }

        MultipartForm read(Set<String> fileFields, Path folder) throws IOException {
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, Path> files = new LinkedHashMap<>();
            copyUntilDelimiter(OutputStream.nullOutputStream(), Long.MAX_VALUE, "preamble"); // ignored, as RFC 2046 asks
            int parts = 0;
            while (!afterDelimiterIsLast()) {
                if (++parts > MAX_PARTS) {
                    throw bad("the form has more than " + MAX_PARTS + " parts");
                }
                Map<String, String> disposition = HeaderValues.parameters(partDisposition());
                String name = disposition.get("name");
                if (name == null || name.isEmpty()) {
                    throw bad("a form part has no name in its Content-Disposition");
                }
                if (fields.containsKey(name) || files.containsKey(name)) {
                    throw bad("the form field '" + name + "' is sent twice");
                }
                if (fileFields.contains(name)) {
                    Path file = folder.resolve(name);
                    try (OutputStream out = Files.newOutputStream(file)) {
                        copyUntilDelimiter(out, Long.MAX_VALUE, name);
                    }
                    files.put(name, file);
                } else if (disposition.containsKey("filename")) {
                    throw bad("the form field '" + name + "' is a file; only " + String.join(" and ",
                            fileFields.stream().sorted().toList()) + " may be files");
                } else {
                    ByteArrayOutputStream text = new ByteArrayOutputStream();
                    copyUntilDelimiter(text, MAX_FIELD_BYTES, name);
                    fields.put(name, text.toString(StandardCharsets.UTF_8));
                }
            }
            return new MultipartForm(fields, files);
        }

        /** After a delimiter: {@code --} ends the form, a line end starts a part (padding before it is allowed). */
        private boolean afterDelimiterIsLast() throws IOException {
            if (!fill(2)) {
                throw bad("the form data ends right after a boundary");
            }
            if (buffer[start] == '-' && buffer[start + 1] == '-') {
                return true;
            }
            String line = readLine(80, "boundary line");
            if (!line.isBlank()) {
                throw bad("unexpected text after a boundary: '" + line.strip() + "'");
            }
            return false;
        }

        /** The part's headers up to the empty line; returns its Content-Disposition. */
        private String partDisposition() throws IOException {
            String disposition = null;
            int used = 0;
            while (true) {
                String line = readLine(MAX_HEADER_BYTES - used, "part headers");
                used += line.length() + 2;
                if (line.isEmpty()) {
                    break;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw bad("a malformed form part header: '" + line + "'");
                }
                if (line.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                    String value = line.substring(colon + 1).trim();
                    if (!value.toLowerCase(Locale.ROOT).startsWith("form-data")) {
                        throw bad("a form part's Content-Disposition must be form-data, got '" + value + "'");
                    }
                    disposition = value;
                }
            }
            if (disposition == null) {
                throw bad("a form part has no Content-Disposition header");
            }
            return disposition;
        }

        /** A line up to CRLF (not included), of at most {@code max} bytes. */
        private String readLine(int max, String what) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                if (!fill(2)) {
                    throw bad("the form data ends inside the " + what);
                }
                if (buffer[start] == '\r' && buffer[start + 1] == '\n') {
                    start += 2;
                    return line.toString(StandardCharsets.UTF_8);
                }
                line.write(buffer[start++]);
                if (line.size() > max) {
                    throw bad("the " + what + " of a form part are too long (more than " + MAX_HEADER_BYTES + " bytes)");
                }
            }
        }

        /** Copies the bytes before the next delimiter to {@code out} (at most {@code max}) and skips the delimiter. */
        private void copyUntilDelimiter(OutputStream out, long max, String what) throws IOException {
            long copied = 0;
            while (true) {
                boolean more = fill(delimiter.length);
                int found = indexOfDelimiter();
                int upTo = found >= 0 ? found : more ? end - delimiter.length + 1 : end;
                copied += upTo - start;
                if (copied > max) {
                    throw bad("the form field '" + what + "' is longer than " + max + " bytes");
                }
                out.write(buffer, start, upTo - start);
                start = upTo;
                if (found >= 0) {
                    start += delimiter.length;
                    return;
                }
                if (!more) {
                    throw bad("the form data ends before its closing boundary (in '" + what + "')");
                }
            }
        }

        private int indexOfDelimiter() {
            byte first = delimiter[0];
            for (int i = start, last = end - delimiter.length; i <= last; i++) {
                if (buffer[i] != first) {
                    continue;
                }
                int j = 1;
                while (j < delimiter.length && buffer[i + j] == delimiter[j]) {
                    j++;
                }
                if (j == delimiter.length) {
                    return i;
                }
            }
            return -1;
        }

        /** Reads until at least {@code n} bytes are buffered; {@code false} if the stream ends first. */
        private boolean fill(int n) throws IOException {
            if (end - start >= n) {
                return true;
            }
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            while (end - start < n && !eof) {
                int read = in.read(buffer, end, buffer.length - end);
                if (read < 0) {
                    eof = true;
                } else {
                    end += read;
                }
            }
            return end - start >= n;
        }
    }

    private static HttpError bad(String message) {
        return new HttpError(HttpError.BAD_REQUEST, message);
    }
}
