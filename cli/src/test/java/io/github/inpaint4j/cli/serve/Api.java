package io.github.inpaint4j.cli.serve;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A client of a test server: the requests the tests send, and their answers as bytes or JSON. */
final class Api {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final InpaintServer server;

    Api(InpaintServer server) {
        this.server = server;
    }

    URI uri(String path) {
        return server.uri().resolve(path);
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<byte[]> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    HttpResponse<byte[]> post(String path, FormBody form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", FormBody.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    }

    /** The names of the methods the server offers, from {@code GET /api/methods}. */
    List<String> methodNames() {
        List<String> names = new ArrayList<>();
        for (JsonElement method : json(get("/api/methods")).getAsJsonArray("methods")) {
            names.add(method.getAsJsonObject().get("name").getAsString());
        }
        return names;
    }

    /** The form of a fill of the test picture with {@code method}. */
    static FormBody fill(String method) {
        return new FormBody().file("image", "picture.png", TestPictures.png(TestPictures.picture()))
                .file("mask", "mask.png", TestPictures.png(TestPictures.holes())).field("method", method);
    }

    static JsonObject json(HttpResponse<byte[]> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            throw new AssertionError("not JSON but " + type + " (status " + answer.statusCode() + ")");
        }
        return JsonParser.parseString(new String(answer.body(), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /** The message of an error answer, after checking that the answer is an error of that status and nothing more. */
    static String error(HttpResponse<byte[]> answer, int status) {
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        if (answer.statusCode() != status) {
            throw new AssertionError("expected " + status + " but got " + answer.statusCode() + ": " + body);
        }
        JsonObject json = json(answer);
        if (json.size() != 1 || !json.has("error")) {
            throw new AssertionError("an error answer holds only its message: " + body);
        }
        String message = json.get("error").getAsString();
        if (message.contains("Exception") || message.contains("\tat ") || message.contains("\n")) {
            throw new AssertionError("an error message is one line, without a stack trace: " + message);
        }
        return message;
    }

    /**
     * A request written by hand on a socket, for what {@code HttpClient} will not send (a foreign
     * {@code Host}, a {@code Content-Length} with no body behind it); returns the status line, the headers
     * and the body, read up to the answer's {@code Content-Length}.
     */
    String raw(String head) {
        try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            int end = -1;
            long length = -1;
            while (end < 0 || answer.size() < end + length) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                answer.write(b);
                String text = answer.toString(StandardCharsets.ISO_8859_1);
                if (end < 0 && text.endsWith("\r\n\r\n")) {
                    end = text.length();
                    Matcher declared = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(text);
                    length = declared.find() ? Long.parseLong(declared.group(1)) : 0;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
