package io.github.inpaint4j.cli.serve;

/**
 * A request the server refuses: the HTTP status and the one-line message that the JSON error answer
 * carries. Thrown anywhere in a request's handling; {@link InpaintServer} turns it into the answer.
 */
final class HttpError extends RuntimeException {

    static final int BAD_REQUEST = 400;
    static final int FORBIDDEN = 403;
    static final int NOT_FOUND = 404;
    static final int METHOD_NOT_ALLOWED = 405;
    static final int CONFLICT = 409;
    static final int TOO_LARGE = 413;
    static final int UNSUPPORTED_MEDIA_TYPE = 415;
    static final int INTERNAL = 500;
    static final int BUSY = 503;

    private final int status;
    private final String allow;

    HttpError(int status, String message) {
        this(status, message, null);
    }

    private HttpError(int status, String message, String allow) {
        super(message, null, false, false);
        this.status = status;
        this.allow = allow;
    }

    /** The 405 of a request method that the resource does not take; {@code allowed} lists those it takes. */
    static HttpError methodNotAllowed(String verb, String allowed) {
        return new HttpError(METHOD_NOT_ALLOWED, verb + " is not allowed here; use " + allowed, allowed);
    }

    /** The value of the answer's {@code Allow} header: for a 405, the methods the resource takes; else {@code null}. */
    String allow() {
        return allow;
    }

    /** The HTTP status of the answer. */
    int status() {
        return status;
    }
}
