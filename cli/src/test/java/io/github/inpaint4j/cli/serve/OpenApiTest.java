package io.github.inpaint4j.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.registry.MethodDescription;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document and the server agree: every path, operation, status and form field the
 * document names is what the server does, and the server answers no status for an operation that
 * the document does not list for it. The statuses are provoked one by one, against a server whose
 * budget, timeouts and queue are small, with a method that waits for the test ({@link GateInpainter})
 * and one that fails ({@code fault}). And {@code docs/openapi.json} is the document of a server
 * offering the registry's methods (run with {@code -Dopenapi.write=true} to rewrite it).
 */
class OpenApiTest {

    private static final Path DOCS = Path.of("../docs/openapi.json");
    /** Statuses the document lists that no client can provoke without a fault or an overload of the machine. */
    private static final Set<String> NOT_PROVOKED = Set.of("estimate 503", "convert 503", "listMethods 500",
            "openApi 500", "page 500", "page-script 500", "page-style 500", "page-icon 500", "getJob 500",
            "cancelJob 500", "getJobResult 500", "estimate 500", "convert 500",
            // a fault of the fill itself is the job's status 500, not the answer's
            "submitJob 500");

    private static final GateInpainter GATE = new GateInpainter();
    private static InpaintServer server;
    private static Api api;
    private static JsonObject document;
    /** The statuses each operation answered in this test: operationId → statuses. */
    private static final Map<String, Set<Integer>> SEEN = new TreeMap<>();

    /** A method that always fails with an unexpected error: the server's 500. */
    private static final class Fault implements Inpainter {
        @Override
        public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
            throw new IllegalStateException("a fault of the test's method");
        }
    }

    @BeforeAll
    static void start() throws IOException {
        ServedMethods methods = ServedMethods.fromRegistry(1, Map.of("gan", Map.of()))
                .withLoaded(GateInpainter.DESCRIPTION, GATE)
                .withLoaded(new MethodDescription("fault", "fails", List.of()), new Fault());
        server = InpaintServer.start(ServeConfig.defaults().withPort(0).withThreads(1).withMaxJobs(1).withQueue(1)
                .withMaxSeconds(Duration.ofSeconds(3)).withHeaderTimeout(Duration.ofSeconds(1)).withMinUploadRate(1000)
                .withMaxBody(512 * 1024), methods);
        api = new Api(server);
        document = Api.json(api.get("/api/openapi.json"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void seen(String operation, HttpResponse<byte[]> answer) {
        SEEN.computeIfAbsent(operation, k -> new TreeSet<>()).add(answer.statusCode());
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (answer.statusCode() >= 400) {
            assertTrue(type.startsWith("application/json"), operation + " " + answer.statusCode() + " is " + type);
        }
    }

    @Test
    void docsHoldTheDocumentOfAServerOfferingTheRegistrysMethods() throws IOException {
        try (InpaintServer plain = InpaintServer.start(ServeConfig.defaults().withPort(0).withThreads(1),
                ServedMethods.fromRegistry(1, Map.of("gan", Map.of())))) {
            String served = new String(new Api(plain).get("/api/openapi.json").body(), StandardCharsets.UTF_8);
            if (Boolean.getBoolean("openapi.write")) {
                Files.writeString(DOCS, served);
            }
            String expected = Files.readString(DOCS).replaceAll("\"version\": \"[^\"]*\"", "\"version\": \"\"");
            assertEquals(expected, served.replaceAll("\"version\": \"[^\"]*\"", "\"version\": \"\""),
                    "docs/openapi.json is not the server's document: rewrite it with mvn -pl cli test -Dtest=OpenApiTest"
                            + " -Dopenapi.write=true");
        }
        assertEquals("3.1.0", document.get("openapi").getAsString());
    }

    /** Every path the server answers is in the document, with the verbs its OPTIONS and 405 name. */
    @Test
    void everyPathAndVerbIsTheServers() {
        JsonObject paths = document.getAsJsonObject("paths");
        assertEquals(Routes.ALL.stream().map(Routes.Route::template).toList(), new ArrayList<>(paths.keySet()));
        for (String template : paths.keySet()) {
            String path = template.replace("{id}", "0".repeat(32));
            Set<String> documented = new TreeSet<>();
            paths.getAsJsonObject(template).keySet().stream().filter(k -> !k.equals("parameters"))
                    .forEach(k -> documented.add(k.toUpperCase(Locale.ROOT)));
            HttpResponse<byte[]> options = api.send(HttpRequest.newBuilder(api.uri(path))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertEquals(204, options.statusCode(), path);
            assertEquals(documented, Set.of(options.headers().firstValue("Allow").orElseThrow().split(", ")), path);
            for (String verb : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                if (!documented.contains(verb)) {
                    HttpResponse<byte[]> refused = api.send(HttpRequest.newBuilder(api.uri(path))
                            .method(verb, HttpRequest.BodyPublishers.noBody()));
                    assertEquals(405, refused.statusCode(), verb + " " + path);
                }
            }
        }
        Api.error(api.get("/api/nothing"), 404);
    }

    /** Every form field of the document is taken by the server, and a field it does not list is refused. */
    @Test
    void everyFormFieldIsTheServers() {
        JsonObject schemas = document.getAsJsonObject("components").getAsJsonObject("schemas");
        assertEquals("#/components/schemas/FillForm", document.getAsJsonObject("paths").getAsJsonObject("/api/inpaint")
                .getAsJsonObject("post").getAsJsonObject("requestBody").getAsJsonObject("content")
                .getAsJsonObject("multipart/form-data").getAsJsonObject("schema").get("$ref").getAsString());
        JsonObject fill = schemas.getAsJsonObject("FillForm");
        JsonObject properties = fill.getAsJsonObject("properties").deepCopy();
        schemas.getAsJsonObject("MethodOptions").getAsJsonObject("properties").entrySet()
                .forEach(e -> properties.add(e.getKey(), e.getValue()));
        List<String> declared = Routes.FILL_FIELDS.stream().map(Routes.Field::name).toList();
        for (String name : properties.keySet()) {
            JsonObject property = properties.getAsJsonObject(name);
            if (declared.contains(name)) {
                continue;
            }
            // a method option: each method the document names takes it
            for (JsonElement method : property.getAsJsonArray("x-methods")) {
                var option = io.github.inpaint4j.Inpainters.describe(method.getAsString()).option(name).orElseThrow();
                String value = option.defaultText() != null ? option.defaultText()
                        : option.min() != null ? Long.toString(option.min().longValue()) : "1";
                HttpResponse<byte[]> answer = api.post("/api/estimate", estimateForm(method.getAsString(), name, value));
                assertEquals(200, answer.statusCode(), method + " " + name + "=" + value + ": "
                        + new String(answer.body(), StandardCharsets.UTF_8));
            }
        }
        for (String option : List.of("colour", "threads", "sample", "checkpoint")) {
            assertFalse(properties.has(option), option);
            Api.error(api.post("/api/estimate", new FormBody().file("mask", "m.png", TestPictures.png(
                    TestPictures.holes())).field("method", "criminisi").field(option, "1")), 400);
        }
        assertEquals(List.of("image", "method"), requiredOf(fill));
        HttpResponse<byte[]> extended = api.post("/api/inpaint", new FormBody().file("image", "a.png",
                TestPictures.png(TestPictures.picture())).field("method", "telea").field("extend-left", "3")
                .field("extend-top", "2").field("format", "png").field("strip-metadata", "true")
                .field("mask-rule", "nonzero"));
        assertEquals(200, extended.statusCode(), new String(extended.body(), StandardCharsets.UTF_8));
        assertEquals(TestPictures.WIDTH + 3, TestPictures.decode(extended.body()).getWidth());
    }

    private static FormBody estimateForm(String method, String option, String value) {
        return new FormBody().file("mask", "m.png", TestPictures.png(TestPictures.holes())).field("method", method)
                .field(option, value);
    }

    private static List<String> requiredOf(JsonObject schema) {
        List<String> required = new ArrayList<>();
        schema.getAsJsonArray("required").forEach(e -> required.add(e.getAsString()));
        return required;
    }

    /**
     * Every status the document lists for an operation is provoked and answered so (but a few that
     * need a fault or an overload), and the server answered no status the document does not list.
     */
    @Test
    void everyStatusOfEveryOperationIsTheServers() throws Exception {
        byte[] picture = TestPictures.png(TestPictures.picture());
        byte[] mask = TestPictures.png(TestPictures.holes());
        Function<String, FormBody> fill = Api::fill;
        String origin = "http://evil.example";
        Map<String, String> ops = new LinkedHashMap<>();
        JsonObject paths = document.getAsJsonObject("paths");
        for (String template : paths.keySet()) {
            for (String verb : paths.getAsJsonObject(template).keySet()) {
                JsonObject operation = paths.getAsJsonObject(template).get(verb) instanceof JsonObject o ? o : null;
                if (operation != null && operation.has("operationId") && !verb.equals("head") && !verb.equals("options")) {
                    ops.put(operation.get("operationId").getAsString(), verb.toUpperCase(Locale.ROOT) + " " + template);
                }
            }
        }
        // the page, the methods, the document: 200, and 403 from another site
        for (String op : List.of("page", "page-script", "page-style", "page-icon", "listMethods", "openApi")) {
            String path = ops.get(op).substring(4);
            seen(op, api.get(path));
            seen(op, api.send(HttpRequest.newBuilder(api.uri(path)).header("Origin", origin).GET()));
        }
        // the forms
        for (String op : List.of("inpaint", "submitJob", "estimate", "convert")) {
            String path = ops.get(op).substring(5);
            FormBody good = op.equals("convert") ? new FormBody().file("image", "a.png", picture).field("format", "jpeg")
                    : op.equals("estimate") ? new FormBody().file("mask", "m.png", mask).field("method", "telea")
                            : fill.apply("telea");
            HttpResponse<byte[]> ok = api.post(path, good);
            seen(op, ok);
            if (op.equals("submitJob")) {
                JobsApiTest.awaitEnd(api, Api.json(ok).get("id").getAsString());
            }
            seen(op, api.send(HttpRequest.newBuilder(api.uri(path)).header("Origin", origin)
                    .header("Content-Type", FormBody.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(
                            good.bytes()))));
            seen(op, api.post(path, new FormBody().field("method", "telea")));                               // 400
            seen(op, api.send(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "image/png")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(picture))));                                      // 415
            seen(op, tooLarge(path));                                                                              // 413
            seen(op, stalled(path));                                                                               // 408
        }
        // the budget: exact Efros–Leung on a 256² photo with a 128² hole is estimated over 3 s
        byte[] photo = Files.readAllBytes(Path.of("../docs/samples/astronaut-256.png"));
        byte[] bigHole = TestPictures.png(Mask.fromRectangles(256, 256, new Rect(64, 64, 128, 128)));
        for (String op : List.of("inpaint", "submitJob")) {
            HttpResponse<byte[]> over = api.post(ops.get(op).substring(5), new FormBody().file("image", "p.png", photo)
                    .file("mask", "m.png", bigHole).field("method", "efros-leung"));
            seen(op, over);
            assertEquals(422, over.statusCode(), new String(over.body(), StandardCharsets.UTF_8));
            assertTrue(Api.json(over).getAsJsonObject("estimate").get("seconds").getAsDouble() > 3);
        }
        // a fault: 500
        seen("inpaint", api.post("/api/inpaint", fill.apply("fault")));
        HttpResponse<byte[]> faulty = api.post("/api/jobs", fill.apply("fault"));
        seen("submitJob", faulty);
        assertEquals(500, JobsApiTest.awaitEnd(api, Api.json(faulty).get("id").getAsString()).get("status").getAsInt());
        // a job: found, not done (409), unknown (404), cancelled, removed
        HttpResponse<byte[]> queued = api.post("/api/jobs", fill.apply("gate"));
        seen("submitJob", queued);
        String id = Api.json(queued).get("id").getAsString();
        GATE.awaitEntered();
        seen("getJob", api.get("/api/jobs/" + id));
        seen("getJobResult", api.get("/api/jobs/" + id + "/result"));
        seen("submitJob", api.post("/api/jobs", fill.apply("gate")));                                            // queued
        seen("submitJob", api.post("/api/jobs", fill.apply("gate")));                                            // 503
        seen("inpaint", api.post("/api/inpaint", fill.apply("gate")));                                           // 503
        String unknown = "f".repeat(32);
        for (String op : List.of("getJob", "cancelJob", "getJobResult")) {
            String path = ops.get(op).substring(ops.get(op).indexOf(' ') + 1).replace("{id}", unknown);
            HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path));
            request = op.equals("cancelJob") ? request.DELETE() : request.GET();
            seen(op, api.send(request));
            seen(op, api.send(request.header("Origin", origin)));
        }
        seen("cancelJob", api.delete("/api/jobs/" + id));
        GATE.release(10);
        JobsApiTest.awaitEnd(api, id);
        HttpResponse<byte[]> done = api.post("/api/jobs", fill.apply("telea"));
        String doneId = Api.json(done).get("id").getAsString();
        JobsApiTest.awaitEnd(api, doneId);
        seen("getJobResult", api.get("/api/jobs/" + doneId + "/result"));
        seen("cancelJob", api.delete("/api/jobs/" + doneId));

        Map<String, Set<Integer>> documented = new HashMap<>();
        for (Map.Entry<String, String> op : ops.entrySet()) {
            String[] verbAndPath = op.getValue().split(" ", 2);
            JsonObject responses = paths.getAsJsonObject(verbAndPath[1]).getAsJsonObject(verbAndPath[0]
                    .toLowerCase(Locale.ROOT)).getAsJsonObject("responses");
            Set<Integer> statuses = new TreeSet<>();
            responses.keySet().forEach(code -> statuses.add(Integer.parseInt(code)));
            documented.put(op.getKey(), statuses);
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> op : documented.entrySet()) {
            Set<Integer> seen = SEEN.getOrDefault(op.getKey(), Set.of());
            for (int status : op.getValue()) {
                if (!seen.contains(status) && !NOT_PROVOKED.contains(op.getKey() + " " + status)) {
                    problems.add(op.getKey() + " documents " + status + " but never answered it");
                }
            }
            for (int status : seen) {
                if (!op.getValue().contains(status)) {
                    problems.add(op.getKey() + " answered " + status + ", which the document does not list");
                }
            }
        }
        assertEquals(List.of(), problems, "seen: " + SEEN);
    }

    /** A form that declares more than the body limit: refused from its Content-Length, before a byte of it is read. */
    private static HttpResponse<byte[]> tooLarge(String path) throws IOException {
        try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nContent-Type: " + FormBody.contentType() + "\r\nContent-Length: " + (600 * 1024)
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String type = answer.toLowerCase(Locale.ROOT).contains("content-type: application/json")
                    ? "application/json" : "?";
            return new RawAnswer(Integer.parseInt(answer.substring(9, 12)), type, answer);
        }
    }

    /** A form whose body comes slower than the least upload rate: answered 408 once the grace has passed. */
    private static HttpResponse<byte[]> stalled(String path) throws IOException, InterruptedException {
        try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nContent-Type: " + FormBody.contentType() + "\r\nContent-Length: 5000\r\n\r\n--"
                    + FormBody.BOUNDARY).getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            Thread.sleep(1500);
            socket.getOutputStream().write('\r');
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            String type = answer.toLowerCase(Locale.ROOT).contains("content-type: application/json")
                    ? "application/json" : "?";
            return new RawAnswer(status, type, answer);
        }
    }

    /** A raw answer as an {@code HttpResponse}, for {@link #seen}. */
    private record RawAnswer(int statusCode, String type, String text) implements HttpResponse<byte[]> {
        @Override
        public HttpRequest request() {
            return null;
        }

        @Override
        public java.util.Optional<HttpResponse<byte[]>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return java.net.http.HttpHeaders.of(Map.of("Content-Type", List.of(type)), (a, b) -> true);
        }

        @Override
        public byte[] body() {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.URI uri() {
            return null;
        }

        @Override
        public java.net.http.HttpClient.Version version() {
            return java.net.http.HttpClient.Version.HTTP_1_1;
        }
    }

}
