package io.github.inpaint4j.cli.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartFormTest {

    private static final Set<String> FILES = Set.of("image", "mask");

    @TempDir
    Path folder;

    private MultipartForm read(byte[] body) throws IOException {
        return MultipartForm.read(new ByteArrayInputStream(body), FormBody.BOUNDARY, FILES, folder);
    }

    /** A stream that hands out at most {@code step} bytes a read, so that delimiters straddle reads. */
    private static InputStream trickle(byte[] body, int step) {
        return new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    @Test
    void readsFieldsAndFilesByteForByte() throws IOException {
        // binary content with near-delimiters in it: CR LF and "--" followed by part of the boundary
        byte[] content = new byte[200_000];
        new SplittableRandom(7).nextBytes(content);
        byte[] near = ("\r\n--" + FormBody.BOUNDARY.substring(0, 20)).getBytes(StandardCharsets.ISO_8859_1);
        for (int at = 0; at + near.length < content.length; at += 65_531) {
            System.arraycopy(near, 0, content, at, near.length);
        }
        byte[] body = new FormBody().field("method", "criminisi").file("image", "a.png", content)
                .file("mask", "m.png", new byte[0]).field("patch", "9").bytes();
        for (int step : new int[] {1 << 20, 4093, 7}) {
            Path into = Files.createDirectories(folder.resolve("step-" + step));
            MultipartForm form = MultipartForm.read(trickle(body, step), FormBody.BOUNDARY, FILES, into);
            assertEquals(Map.of("method", "criminisi", "patch", "9"), form.fields(), "step " + step);
            assertEquals(into.resolve("image"), form.files().get("image"));
            assertArrayEquals(content, Files.readAllBytes(form.files().get("image")), "step " + step);
            assertEquals(0, Files.size(form.files().get("mask")));
        }
    }

    @Test
    void ignoresPreambleAndEpilogueAndKeepsUtf8() throws IOException {
        byte[] form = new FormBody().field("note", "Ünïcode ✓").bytes();
        byte[] body = new byte[form.length + 20];
        byte[] preamble = "ignored preamble\r\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(preamble, 0, body, 0, preamble.length);
        System.arraycopy(form, 0, body, preamble.length, form.length);
        assertEquals("Ünïcode ✓", read(body).fields().get("note"));
    }

    @Test
    void takesAQuotedBoundaryAndRefusesOtherContentTypes() {
        assertEquals("a b", MultipartForm.boundary("multipart/form-data; charset=utf-8; boundary=\"a b\""));
        assertEquals("xyz", MultipartForm.boundary("Multipart/Form-Data;boundary=xyz"));
        assertEquals(415, assertThrows(HttpError.class, () -> MultipartForm.boundary("image/png")).status());
        assertEquals(415, assertThrows(HttpError.class, () -> MultipartForm.boundary(null)).status());
        HttpError none = assertThrows(HttpError.class, () -> MultipartForm.boundary("multipart/form-data"));
        assertEquals(400, none.status());
        assertTrue(none.getMessage().contains("boundary"), none.getMessage());
        assertEquals(400, assertThrows(HttpError.class,
                () -> MultipartForm.boundary("multipart/form-data; boundary=" + "b".repeat(71))).status());
    }

    private void assertRefused(byte[] body, String expected) {
        HttpError e = assertThrows(HttpError.class, () -> read(body));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void refusesATruncatedBody() {
        assertRefused(new FormBody().file("image", "a.png", new byte[100]).unfinished(), "ends before its closing boundary");
        assertRefused(new byte[0], "ends before its closing boundary");
    }

    @Test
    void refusesRepeatedUnexpectedAndOversizedFields() {
        assertRefused(new FormBody().field("method", "a").field("method", "b").bytes(), "'method' is sent twice");
        assertRefused(new FormBody().file("secret", "x", new byte[3]).bytes(), "'secret' is a file");
        assertRefused(new FormBody().field("note", "x".repeat(MultipartForm.MAX_FIELD_BYTES + 1)).bytes(),
                "longer than " + MultipartForm.MAX_FIELD_BYTES);
        FormBody many = new FormBody();
        for (int i = 0; i <= MultipartForm.MAX_PARTS; i++) {
            many.field("f" + i, "v");
        }
        assertRefused(many.bytes(), "more than " + MultipartForm.MAX_PARTS + " parts");
    }

    @Test
    void refusesMalformedPartHeaders() {
        String b = "--" + FormBody.BOUNDARY;
        assertRefused((b + "\r\nContent-Type: text/plain\r\n\r\nx\r\n" + b + "--").getBytes(StandardCharsets.UTF_8),
                "no Content-Disposition");
        assertRefused((b + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n" + b + "--").getBytes(StandardCharsets.UTF_8),
                "no name");
        assertRefused((b + "\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n" + b + "--")
                .getBytes(StandardCharsets.UTF_8), "must be form-data");
        assertRefused((b + "\r\nX-Long: " + "y".repeat(MultipartForm.MAX_HEADER_BYTES) + "\r\n\r\nx\r\n" + b + "--")
                .getBytes(StandardCharsets.UTF_8), "too long");
        assertRefused((b + "junk\r\n").getBytes(StandardCharsets.UTF_8), "unexpected text after a boundary");
    }

    @Test
    void writesOnlyTheServersOwnFileNames() throws IOException {
        MultipartForm form = read(new FormBody().file("image", "../../etc/passwd", new byte[] {1, 2}).bytes());
        assertEquals(folder.resolve("image"), form.files().get("image"));
        try (var listing = Files.list(folder)) {
            assertEquals(1, listing.count());
        }
        assertFalse(Files.exists(folder.resolve("passwd")));
    }

    @Test
    void readsHeaderParameters() {
        assertEquals(Map.of("name", "image", "filename", "a \"b\".png"),
                HeaderValues.parameters("form-data; name=\"image\"; filename=\"a \\\"b\\\".png\""));
        assertEquals(Map.of("name", "x;y", "size", "3"), HeaderValues.parameters("form-data; name=\"x;y\"; size=3"));
        assertEquals(Map.of(), HeaderValues.parameters("form-data"));
    }
}
