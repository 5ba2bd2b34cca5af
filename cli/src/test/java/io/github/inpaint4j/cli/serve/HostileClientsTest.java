package io.github.inpaint4j.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server against clients that misbehave, on loopback: connections that send their headers or
 * body a byte a second, a client that hangs up while its fill runs, requests Jetty cannot parse.
 * Every case is bounded in time (a few seconds each: the timeouts are set short here).
 */
class HostileClientsTest {

    private static final int SLOW_CLIENTS = 16;

    private final GateInpainter gate = new GateInpainter();
    private InpaintServer server;
    private Api api;

    private void start(ServeConfig config) throws IOException {
        ServedMethods methods = ServedMethods.fromRegistry(1, Map.of("gan", Map.of()))
                .withLoaded(GateInpainter.DESCRIPTION, gate);
        server = InpaintServer.start(config.withPort(0).withThreads(1), methods);
        api = new Api(server);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(server.uri().getHost(), server.port());
        socket.setSoTimeout(15_000);
        return socket;
    }

    /** Sends {@code bytes} one a second (at most {@code seconds}), then reads what the server answered, if anything. */
    private String trickle(byte[] head, byte[] bytes, int seconds) throws IOException, InterruptedException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.flush();
            try {
                for (int i = 0; i < Math.min(seconds, bytes.length); i++) {
                    out.write(bytes[i]);
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (IOException e) {
                // the server closed the connection: read its answer below
            }
            return readAll(socket.getInputStream());
        }
    }

    private static String readAll(InputStream in) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                answer.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // a reset after the answer, or a timeout: keep what came
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static JsonObject jsonBody(String answer) {
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertTrue(answer.toLowerCase().contains("content-type: application/json"), answer);
        return JsonParser.parseString(body).getAsJsonObject();
    }

    @Test
    void slowHeadersAndSlowBodiesDoNotStopTheOthersAndAreCut() throws Exception {
        start(ServeConfig.defaults().withHeaderTimeout(Duration.ofSeconds(2)).withIdleTimeout(Duration.ofSeconds(5))
                .withMinUploadRate(1000));
        String host = "Host: 127.0.0.1:" + server.port() + "\r\n";
        byte[] slowHeaders = ("X-Slow: " + "a".repeat(100) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] form = Api.fill("telea").bytes();
        byte[] postHead = ("POST /api/inpaint HTTP/1.1\r\n" + host + "Content-Type: " + FormBody.contentType()
                + "\r\nContent-Length: " + form.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        ExecutorService clients = Executors.newFixedThreadPool(2 * SLOW_CLIENTS);
        List<Future<String>> headerClients = new ArrayList<>();
        List<Future<String>> bodyClients = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                headerClients.add(clients.submit(() -> trickle(("GET /api/methods HTTP/1.1\r\n" + host)
                        .getBytes(StandardCharsets.ISO_8859_1), slowHeaders, 8)));
                bodyClients.add(clients.submit(() -> trickle(postHead, form, 8)));
            }
            Thread.sleep(500);
            // while they trickle, everyone else is answered at once
            for (int probe = 0; probe < 4; probe++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> answer = api.get("/api/methods");
                double seconds = (System.nanoTime() - start) / 1e9;
                assertEquals(200, answer.statusCode());
                assertTrue(seconds < 5, "a request among slow clients took " + seconds + " s");
                assertEquals(200, api.post("/api/inpaint", Api.fill("telea")).statusCode());
                Thread.sleep(500);
            }
            for (Future<String> client : headerClients) {
                String answer = client.get(30, TimeUnit.SECONDS);
                assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
                assertTrue(jsonBody(answer).get("error").getAsString().contains("did not arrive within 2 s"), answer);
            }
            for (Future<String> client : bodyClients) {
                String answer = client.get(30, TimeUnit.SECONDS);
                assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
                assertTrue(jsonBody(answer).get("error").getAsString().contains("the request body arrives too slowly"),
                        answer);
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(0, gate.entered(), "no slow request reached a fill");
    }

    @Test
    void aClientThatHangsUpDuringItsFillFreesTheSlot() throws Exception {
        start(ServeConfig.defaults().withMaxJobs(1).withQueue(2));
        byte[] form = Api.fill("gate").bytes();
        long hungUp;
        try (Socket socket = connect()) {
            socket.getOutputStream().write(("POST /api/inpaint HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nContent-Type: " + FormBody.contentType() + "\r\nContent-Length: " + form.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(form);
            socket.getOutputStream().flush();
            gate.awaitEntered();
            hungUp = System.nanoTime();
        }
        // the next fill gets the slot: the gate's first fill was cancelled, not left to run
        HttpResponse<byte[]> next = api.post("/api/jobs", Api.fill("gate"));
        String id = Api.json(next).get("id").getAsString();
        while (!Api.json(api.get("/api/jobs/" + id)).get("state").getAsString().equals("running")) {
            assertTrue(System.nanoTime() - hungUp < 10_000_000_000L, "the slot was not freed");
            Thread.sleep(10);
        }
        double seconds = (System.nanoTime() - hungUp) / 1e9;
        assertTrue(seconds < 5, "the slot was freed " + seconds + " s after the client hung up");
        assertEquals(2, gate.entered());
        gate.release(1);
        assertEquals("done", JobsApiTest.awaitEnd(api, id).get("state").getAsString());
    }

    @Test
    void requestsJettyCannotParseAreAnsweredInJson() throws Exception {
        start(ServeConfig.defaults());
        String host = "Host: 127.0.0.1:" + server.port() + "\r\n";
        Map<String, String> cases = Map.of(
                "GET /a\\b HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n", "400",
                "POST /api/inpaint HTTP/1.1\r\n" + host + "Content-Length: -5\r\nConnection: close\r\n\r\n", "400",
                "POST /api/inpaint HTTP/1.1\r\n" + host + "Content-Length: abc\r\nConnection: close\r\n\r\n", "400",
                "NOT A REQUEST\r\n\r\n", "505",
                "GARBAGE\r\n\r\n", "400",
                "GET /api/methods HTTP/1.1\r\n" + host + "X-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
                "431",
                "GET /api/methods HTTP/1.1\r\nConnection: close\r\n\r\n", "400");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String answer = raw(c.getKey());
            assertTrue(answer.startsWith("HTTP/1.1 " + c.getValue() + " "), c.getKey() + " → " + answer);
            String message = jsonBody(answer).get("error").getAsString();
            assertTrue(!message.contains("Exception") && !message.contains("<"), message);
        }
        assertTrue(raw("GET /a\\b HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n").contains("Suspicious Path"));
        assertTrue(raw("POST /api/jobs HTTP/1.1\r\n" + host + "Content-Length: -1\r\nConnection: close\r\n\r\n")
                .contains("Invalid Content-Length"));
    }

    @Test
    void headAndOptionsAreAnswered() throws Exception {
        start(ServeConfig.defaults());
        HttpResponse<byte[]> get = api.get("/api/methods");
        HttpResponse<byte[]> head = api.send(HttpRequest.newBuilder(api.uri("/api/methods"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"));
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
        HttpResponse<byte[]> options = api.send(HttpRequest.newBuilder(api.uri("/api/jobs/" + "0".repeat(32)))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, options.statusCode());
        assertEquals("GET, HEAD, DELETE, OPTIONS", options.headers().firstValue("Allow").orElseThrow());
        assertEquals("POST, OPTIONS", api.send(HttpRequest.newBuilder(api.uri("/api/inpaint"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())).headers().firstValue("Allow").orElseThrow());
        String any = raw("OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(any.startsWith("HTTP/1.1 204 "), any);
        HttpResponse<byte[]> headOfPost = api.send(HttpRequest.newBuilder(api.uri("/api/inpaint"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, headOfPost.statusCode());
        assertEquals("POST, OPTIONS", headOfPost.headers().firstValue("Allow").orElseThrow());
    }

    private String raw(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            try {
                return readAll(socket.getInputStream());
            } catch (RuntimeException e) {
                throw new SocketTimeoutException(e.toString());
            }
        }
    }
}
