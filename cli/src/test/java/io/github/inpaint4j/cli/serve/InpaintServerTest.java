package io.github.inpaint4j.cli.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.io.BufferedImages;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.testing.ImageFileFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API of a server on an ephemeral port: fills, bad input, limits, other sites, the page's files. */
class InpaintServerTest {

    private static final long MAX_BODY = 256 * 1024;
    private static final long MAX_PIXELS = 1_000_000;

    private static InpaintServer server;
    private static Api api;

    @BeforeAll
    static void start() throws IOException {
        ServeConfig config = ServeConfig.defaults().withPort(0).withThreads(2).withMaxPixels(MAX_PIXELS)
                .withMaxBody(MAX_BODY);
        server = InpaintServer.start(config, ServedMethods.fromRegistry(2, Map.of("gan", Map.of())));
        api = new Api(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsTheRegistrysMethodsWithTheOptionsARequestMaySet() {
        HttpResponse<byte[]> answer = api.get("/api/methods");
        assertEquals(200, answer.statusCode());
        JsonObject json = Api.json(answer);
        List<String> names = new ArrayList<>();
        for (JsonElement method : json.getAsJsonArray("methods")) {
            JsonObject m = method.getAsJsonObject();
            names.add(m.get("name").getAsString());
            var description = Inpainters.describe(m.get("name").getAsString());
            assertEquals(description.summary(), m.get("summary").getAsString());
            for (JsonElement option : m.getAsJsonArray("options")) {
                String name = option.getAsJsonObject().get("name").getAsString();
                var declared = description.option(name).orElseThrow();
                assertFalse(name.equals(MethodDescription.THREADS) || declared.type().name().equals("FILE"), name);
                assertEquals(declared.type().name().toLowerCase(), option.getAsJsonObject().get("type").getAsString());
            }
        }
        // every registered method, the GAN with the default model shipped in its jar
        assertEquals(new ArrayList<>(Inpainters.names()), names);
        JsonObject telea = json.getAsJsonArray("methods").get(names.indexOf("telea")).getAsJsonObject();
        JsonObject radius = telea.getAsJsonArray("options").get(0).getAsJsonObject();
        assertEquals("radius", radius.get("name").getAsString());
        assertEquals("5", radius.get("default").getAsString());
        assertEquals(1.0, radius.get("min").getAsDouble());
        assertEquals(50.0, radius.get("max").getAsDouble());
        assertEquals(MAX_PIXELS, json.getAsJsonObject("limits").get("maxPixels").getAsLong());
        assertEquals(MAX_BODY, json.getAsJsonObject("limits").get("maxBodyBytes").getAsLong());
    }

    @Test
    void fillsWithEveryMethodAndLeavesKnownPixelsAlone() {
        BufferedImage input = TestPictures.decode(TestPictures.png(TestPictures.picture()));
        List<String> methods = api.methodNames();
        assertTrue(methods.containsAll(List.of("telea", "criminisi", "efros-leung")), methods.toString());
        for (String method : methods) {
            HttpResponse<byte[]> answer = api.post("/api/inpaint", Api.fill(method));
            assertEquals(200, answer.statusCode(), () -> method + ": " + new String(answer.body(), StandardCharsets.UTF_8));
            assertEquals("image/png", answer.headers().firstValue("Content-Type").orElseThrow());
            BufferedImage result = TestPictures.decode(answer.body());
            assertEquals(TestPictures.WIDTH, result.getWidth(), method);
            assertEquals(TestPictures.HEIGHT, result.getHeight(), method);
            int changed = 0;
            for (int y = 0; y < TestPictures.HEIGHT; y++) {
                for (int x = 0; x < TestPictures.WIDTH; x++) {
                    if (TestPictures.HOLE.contains(x, y)) {
                        changed += result.getRGB(x, y) != input.getRGB(x, y) ? 1 : 0;
                    } else {
                        assertEquals(input.getRGB(x, y), result.getRGB(x, y), method + " changed the known pixel " + x + "," + y);
                    }
                }
            }
            assertTrue(changed > 0, method + " left the hole as it was");
        }
    }

    /** {@code dilate} grows the holes before the fill: the changed pixels spread past the hole, within the grown one. */
    @Test
    void dilatesTheHolesBeforeTheFill() {
        BufferedImage input = TestPictures.decode(TestPictures.png(TestPictures.picture()));
        HttpResponse<byte[]> answer = api.post("/api/inpaint", Api.fill("telea").field("dilate", "2"));
        assertEquals(200, answer.statusCode(), () -> new String(answer.body(), StandardCharsets.UTF_8));
        BufferedImage result = TestPictures.decode(answer.body());
        Mask grown = TestPictures.holes().dilate(2);
        int outside = 0;
        for (int y = 0; y < TestPictures.HEIGHT; y++) {
            for (int x = 0; x < TestPictures.WIDTH; x++) {
                boolean changed = result.getRGB(x, y) != input.getRGB(x, y);
                if (!grown.isHole(x, y)) {
                    assertEquals(input.getRGB(x, y), result.getRGB(x, y), "known pixel " + x + "," + y);
                }
                outside += changed && !TestPictures.HOLE.contains(x, y) ? 1 : 0;
            }
        }
        assertTrue(outside > 0, "the ring around the hole is filled too");
    }

    @Test
    void passesOptionsToTheMethod() {
        FormBody seeded = Api.fill("efros-leung").field("seed", "5").field("window", "5");
        HttpResponse<byte[]> first = api.post("/api/inpaint", seeded);
        HttpResponse<byte[]> again = api.post("/api/inpaint", Api.fill("efros-leung").field("seed", "5").field("window", "5"));
        assertEquals(200, first.statusCode());
        assertArrayEquals(first.body(), again.body(), "the same seed gives the same fill");
    }

    @Test
    void refusesBadInputWith400AndAMessage() {
        byte[] picture = TestPictures.png(TestPictures.picture());
        byte[] mask = TestPictures.png(TestPictures.holes());
        Map<FormBody, String> cases = Map.ofEntries(
                Map.entry(new FormBody().file("image", "a.png", "not a picture".getBytes(StandardCharsets.UTF_8))
                        .file("mask", "m.png", mask).field("method", "telea"), "image: not a PNG, JPEG, BMP, GIF or TIFF image"),
                Map.entry(new FormBody().file("image", "a.png", picture).file("mask", "m.png",
                        TestPictures.png(Mask.full(8, 8))).field("method", "telea"),
                        "the mask is 8×8 but the image is 32×24"),
                Map.entry(Api.fill("no-such-method"), "unknown method 'no-such-method' (offered: "),
                Map.entry(Api.fill("telea").field("colour", "red"), "method telea has no option 'colour'"),
                Map.entry(Api.fill("telea").field("radius", "99"), "option radius of telea must be in [1, 50], got 99"),
                Map.entry(Api.fill("telea").field("radius", "five"), "must be a whole number, got 'five'"),
                Map.entry(Api.fill("criminisi").field("threads", "64"), "has no option 'threads' that a request may set"),
                Map.entry(Api.fill("efros-leung").field("sample", "/etc/passwd"),
                        "has no option 'sample' that a request may set"),
                Map.entry(Api.fill("telea").field("mask-rule", "sideways"), "mask-rule must be nonzero, alpha or threshold=T (T in [0, 1)), got 'sideways'"),
                Map.entry(Api.fill("telea").field("dilate", "-1"), "dilate must be in [0, 1000], got -1"),
                Map.entry(Api.fill("telea").field("dilate", "wide"), "dilate must be a whole number, got 'wide'"),
                Map.entry(new FormBody().file("image", "a.png", picture).field("method", "telea"),
                        "the form has no file field 'mask'"),
                Map.entry(new FormBody().file("image", "a.png", picture).file("mask", "m.png", mask),
                        "the form has no field 'method'"));
        for (Map.Entry<FormBody, String> c : cases.entrySet()) {
            for (String endpoint : List.of("/api/inpaint", "/api/jobs")) {
                HttpResponse<byte[]> answer = api.post(endpoint, c.getKey());
                if (endpoint.equals("/api/jobs") && answer.statusCode() == 202) {
                    // found only when the pictures are decoded: the job fails with the same message and status
                    JsonObject job = JobsApiTest.awaitEnd(api, Api.json(answer).get("id").getAsString());
                    assertEquals("failed", job.get("state").getAsString());
                    assertEquals(400, job.get("status").getAsInt());
                    assertTrue(job.get("error").getAsString().contains(c.getValue()), job.toString());
                    continue;
                }
                String message = Api.error(answer, 400);
                assertTrue(message.contains(c.getValue()), endpoint + ": " + message + " should contain " + c.getValue());
            }
        }
    }

    @Test
    void turnsAPhotoAsItsExifOrientationSaysAsTheBrowserShowsIt() {
        // stored 32×24, recorded as turned a quarter clockwise (orientation 6): shown, and painted on, 24×32
        byte[] photo = ImageFileFixtures.jpegWithOrientation(BufferedImages.toBufferedImage(TestPictures.picture()), 6,
                ByteOrder.BIG_ENDIAN);
        byte[] shownMask = TestPictures.png(Mask.fromRectangles(TestPictures.HEIGHT, TestPictures.WIDTH,
                new Rect(8, 12, 5, 6)));
        HttpResponse<byte[]> answer = api.post("/api/inpaint", new FormBody().file("image", "photo.jpg", photo)
                .file("mask", "mask.png", shownMask).field("method", "telea"));
        assertEquals(200, answer.statusCode(), () -> new String(answer.body(), StandardCharsets.UTF_8));
        BufferedImage result = TestPictures.decode(answer.body());
        assertEquals(TestPictures.HEIGHT, result.getWidth());
        assertEquals(TestPictures.WIDTH, result.getHeight());
        String stored = Api.error(api.post("/api/inpaint", new FormBody().file("image", "photo.jpg", photo)
                .file("mask", "mask.png", TestPictures.png(TestPictures.holes())).field("method", "telea")), 400);
        assertTrue(stored.startsWith("the mask is 32×24 but the image is 24×32: the picture is stored 32×24 and shown"
                + " turned a quarter turn clockwise (its EXIF orientation 6)"), stored);
    }

    @Test
    void answersASixteenBitPngAtSixteenBitsWithItsKnownPixelsExact() throws java.io.IOException {
        java.awt.image.ComponentColorModel cm = new java.awt.image.ComponentColorModel(
                java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB), false, false,
                java.awt.Transparency.OPAQUE, java.awt.image.DataBuffer.TYPE_USHORT);
        java.awt.image.WritableRaster raster = cm.createCompatibleWritableRaster(TestPictures.WIDTH, TestPictures.HEIGHT);
        int[] values = new int[3 * TestPictures.WIDTH * TestPictures.HEIGHT];
        for (int i = 0; i < values.length; i++) {
            values[i] = (int) ((i * 40503L) % 65536);
        }
        raster.setPixels(0, 0, TestPictures.WIDTH, TestPictures.HEIGHT, values);
        byte[] deep = TestPictures.png(new BufferedImage(cm, raster, false, null));
        HttpResponse<byte[]> answer = api.post("/api/inpaint", new FormBody().file("image", "deep.png", deep)
                .file("mask", "mask.png", TestPictures.png(TestPictures.holes())).field("method", "telea"));
        assertEquals(200, answer.statusCode(), () -> new String(answer.body(), StandardCharsets.UTF_8));
        BufferedImage result = TestPictures.decode(answer.body());
        assertEquals(16, result.getColorModel().getComponentSize(0));
        int[] written = result.getRaster().getPixels(0, 0, TestPictures.WIDTH, TestPictures.HEIGHT, (int[]) null);
        for (int i = 0; i < values.length; i++) {
            int p = i / 3;
            if (!TestPictures.HOLE.contains(p % TestPictures.WIDTH, p / TestPictures.WIDTH)) {
                assertEquals(values[i], written[i], "sample " + i);
            }
        }
    }

    @Test
    void refusesABodyThatIsNotAFormWith415() {
        HttpResponse<byte[]> answer = api.send(HttpRequest.newBuilder(api.uri("/api/inpaint"))
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10])));
        assertTrue(Api.error(answer, 415).contains("multipart/form-data"));
    }

    @Test
    void refusesAnOversizedBodyBeforeReadingIt() {
        int before = server.jobs().started();
        String answer = api.raw("POST /api/inpaint HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Type: "
                + FormBody.contentType() + "\r\nContent-Length: 1000000000000\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("the request body is too large: 1,000,000,000,000 bytes, more than this server's"
                + " limit of 262,144 bytes"), answer);
        // a body that does not say its length is counted as it arrives
        byte[] big = new FormBody().field("method", "telea").file("image", "big.png", new byte[(int) MAX_BODY]).bytes();
        HttpResponse<byte[]> chunked = api.send(HttpRequest.newBuilder(api.uri("/api/jobs"))
                .header("Content-Type", FormBody.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertTrue(Api.error(chunked, 413).contains("more than this server's limit of 262,144 bytes"));
        assertEquals(before, server.jobs().started(), "nothing was filled");
    }

    @Test
    void refusesAPixelBombFromItsHeaderWith413() {
        int before = server.jobs().started();
        byte[] bomb = ImageFileFixtures.pngHeader(100_000, 100_000);
        assertTrue(bomb.length < 200, "a bomb is small: " + bomb.length);
        byte[] mask = TestPictures.png(TestPictures.holes());
        for (String endpoint : List.of("/api/inpaint", "/api/jobs")) {
            String message = Api.error(api.post(endpoint, new FormBody().file("image", "bomb.png", bomb)
                    .file("mask", "m.png", mask).field("method", "telea")), 413);
            assertEquals("image: the picture is too large: 100000×100000 = 10,000,000,000 pixels, more than the"
                    + " limit of 1,000,000 pixels", message);
            String maskMessage = Api.error(api.post(endpoint, new FormBody().file("image", "a.png",
                    TestPictures.png(TestPictures.picture())).file("mask", "bomb.png", bomb).field("method", "telea")), 413);
            assertTrue(maskMessage.startsWith("mask: the picture is too large"), maskMessage);
        }
        assertEquals(before, server.jobs().started(), "nothing was decoded: no fill started");
    }

    @Test
    void refusesOtherSitesWith403() {
        HttpResponse<byte[]> foreign = api.send(HttpRequest.newBuilder(api.uri("/api/inpaint"))
                .header("Origin", "http://evil.example").header("Content-Type", FormBody.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(Api.fill("telea").bytes())));
        assertTrue(Api.error(foreign, 403).contains("Origin 'http://evil.example'"));
        HttpResponse<byte[]> own = api.send(HttpRequest.newBuilder(api.uri("/api/methods"))
                .header("Origin", "http://127.0.0.1:" + server.port()).GET());
        assertEquals(200, own.statusCode());
        String rebound = api.raw("GET /api/methods HTTP/1.1\r\nHost: evil.example:" + server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
        assertTrue(rebound.contains("the Host header 'evil.example:" + server.port() + "' does not name this server"), rebound);
    }

    @Test
    void servesThePageFromTheJarAndNothingElse() {
        HttpResponse<byte[]> page = api.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("<script src=\"/app.js\""));
        for (String file : List.of("/app.js", "/style.css", "/favicon.svg")) {
            assertEquals(200, api.get(file).statusCode(), file);
        }
        for (String path : List.of("/index.html", "/static/app.js", "/api", "/api/jobs/123")) {
            assertTrue(Api.error(api.get(path), 404).contains("no such page or endpoint"), path);
        }
        // an encoded dot segment is ambiguous: Jetty refuses it before routing, in JSON too
        assertEquals("the request is malformed", Api.error(api.get("/%2e%2e/pom.xml"), 400));
        String traversal = api.raw("GET /../../../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(traversal.startsWith("HTTP/1.1 400"), traversal); // above the root: refused by Jetty
        assertTrue(traversal.contains("{\"error\":\"the request is malformed"), traversal);
        HttpResponse<byte[]> post = api.send(HttpRequest.newBuilder(api.uri("/"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals("POST is not allowed here; use GET, HEAD, OPTIONS", Api.error(post, 405));
        assertEquals("GET, HEAD, OPTIONS", post.headers().firstValue("Allow").orElseThrow());
        assertEquals(Set.of("GET, HEAD, DELETE, OPTIONS"), Set.of(api.send(HttpRequest.newBuilder(api.uri("/api/jobs/"
                + "0".repeat(32))).PUT(HttpRequest.BodyPublishers.noBody())).headers().firstValue("Allow").orElseThrow()));
    }
}
