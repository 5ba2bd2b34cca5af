package io.github.inpaint4j.cli.serve;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * One request and its answer, written at most once, blocking: every answer carries the server's
 * safety headers, a JSON body or a file of the page or a result, and its {@code Content-Length};
 * a {@code HEAD} gets the same headers without the body. Remembers the status and size for the log.
 */
final class Exchange {

    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    static final String JSON = "application/json; charset=utf-8";

    private final Request request;
    private final Response response;
    private int status;
    private long bytes;

    Exchange(Request request, Response response) {
        this.request = request;
        this.response = response;
    }

    Request request() {
        return request;
    }

    /** The request's method ({@code GET}, {@code POST}...). */
    String verb() {
        return request.getMethod();
    }

    /** A request header, or {@code null}. */
    String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The status sent, 0 before. */
    int status() {
        return status;
    }

    /** The body's size sent. */
    long bytes() {
        return bytes;
    }

    /** Whether the answer's head has gone out. */
    boolean committed() {
        return status != 0 || response.isCommitted();
    }

    /** Sets a header of the answer. */
    void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    void json(int code, Object body) throws IOException {
        send(code, JSON, GSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    /** Answers an error, unless the answer's head is out already (the connection is then closed by the caller). */
    void error(HttpError error) {
        if (committed()) {
            return;
        }
        error.headers().forEach(this::header);
        try {
            json(error.status(), error.body());
        } catch (IOException e) {
            // the client is gone; nothing more to say
        }
    }

    /** An answer with no body (a 204). */
    void empty(int code) throws IOException {
        head(code, null, -1);
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            out.flush();
        }
    }

    void send(int code, String type, byte[] body) throws IOException {
        head(code, type, body.length);
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            if (!isHead()) {
                out.write(body);
                bytes = body.length;
            }
        }
    }

    void sendFile(int code, String type, Path file) throws IOException {
        long size = Files.size(file);
        head(code, type, size);
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            if (!isHead()) {
                Files.copy(file, out);
                bytes = size;
            }
        }
    }

    private boolean isHead() {
        return HttpMethod.HEAD.is(request.getMethod());
    }

    private void head(int code, String type, long length) {
        var headers = response.getHeaders();
        if (type != null) {
            headers.put(HttpHeader.CONTENT_TYPE, type);
        }
        if (length >= 0) {
            headers.put(new HttpField.LongValueHttpField(HttpHeader.CONTENT_LENGTH, length));
        }
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        status = code;
        response.setStatus(code);
    }

    /** The safety headers, for answers written outside an exchange (the error handler). */
    static void safetyHeaders(Response response) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put("X-Frame-Options", "DENY");
    }

    /** The one-line JSON error body. */
    static byte[] errorBody(String message) {
        return GSON.toJson(Map.of("error", message)).getBytes(StandardCharsets.UTF_8);
    }
}
