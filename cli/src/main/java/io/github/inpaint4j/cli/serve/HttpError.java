package io.github.inpaint4j.cli.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the server refuses: the HTTP status, the one-line message that the JSON error answer
 * carries, and the headers it needs ({@code Allow} for a 405, {@code Retry-After} for a 503). Thrown
 * anywhere in a request's handling; {@link InpaintServer} turns it into the answer.
 */
final class HttpError extends RuntimeException {

    static final int BAD_REQUEST = 400;
    static final int FORBIDDEN = 403;
    static final int NOT_FOUND = 404;
    static final int METHOD_NOT_ALLOWED = 405;
    static final int REQUEST_TIMEOUT = 408;
    static final int CONFLICT = 409;
    static final int TOO_LARGE = 413;
    static final int UNSUPPORTED_MEDIA_TYPE = 415;
    static final int UNPROCESSABLE = 422;
    static final int INTERNAL = 500;
    static final int BUSY = 503;

    private final int status;
    private final Map<String, String> headers;
    private final Map<String, Object> details;

    HttpError(int status, String message) {
        this(status, message, Map.of(), Map.of());
    }

    private HttpError(int status, String message, Map<String, String> headers, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.headers = headers;
        this.details = details;
    }

    /** A copy that sends {@code name: value} with the answer. */
    HttpError withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpError(status, getMessage(), Map.copyOf(more), details);
    }

    /** A copy whose JSON answer also holds {@code name} (beside {@code error}). */
    HttpError withDetail(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(name, value);
        return new HttpError(status, getMessage(), headers, more);
    }

    /** The HTTP status of the answer. */
    int status() {
        return status;
    }

    /** Headers the answer carries. */
    Map<String, String> headers() {
        return headers;
    }

    /** Fields of the JSON answer beside its message, in order. */
    Map<String, Object> details() {
        return details;
    }

    /** The JSON body: {@code {"error": message, ...details}}. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", getMessage());
        body.putAll(details);
        return body;
    }
}
