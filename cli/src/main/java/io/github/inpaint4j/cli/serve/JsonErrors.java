package io.github.inpaint4j.cli.serve;

import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's error pages replaced: the errors Jetty answers itself, before a request reaches the
 * server's handler (a malformed request line or header, a bad {@code Content-Length}, a suspicious
 * path such as one with a backslash, headers too large), are answered as every other error, in
 * JSON with one line saying what is wrong, close the connection, and are logged in one line.
 */
final class JsonErrors implements Request.Handler {

    private static final Logger LOG = LoggerFactory.getLogger(JsonErrors.class);

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer code ? code : 500;
        Object reason = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        String message = describe(status, reason == null ? null : reason.toString());
        Exchange.safetyHeaders(response);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Exchange.JSON);
        // a request Jetty could not parse leaves its connection in doubt: the client must open another
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.setStatus(status);
        byte[] body = Exchange.errorBody(message);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
        LOG.info("{} {} -> {} ({})", Request.getRemoteAddr(request), request.getMethod(), status, message);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** One line for a user, from Jetty's status and reason (its wording, never an exception's name). */
    static String describe(int status, String reason) {
        String what = switch (status) {
            case 400 -> "the request is malformed";
            case 408 -> "the request did not arrive in time";
            case 413 -> "the request is too large";
            case 414 -> "the request's path is too long";
            case 431 -> "the request's headers are too large";
            case 505 -> "the HTTP version is not supported (use HTTP/1.1)";
            default -> HttpStatus.getMessage(status).toLowerCase(Locale.ROOT);
        };
        boolean useful = reason != null && !reason.isBlank() && !reason.contains("Exception")
                && !reason.equalsIgnoreCase(HttpStatus.getMessage(status));
        return useful ? what + ": " + reason.strip().lines().findFirst().orElse("") : what;
    }
}
