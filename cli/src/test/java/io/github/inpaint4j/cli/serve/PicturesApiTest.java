package io.github.inpaint4j.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.io.BufferedImages;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.Picture;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.testing.ImageFileFixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pictures the API answers: the canvas extended (outpainting), the result in the picture's
 * own format with its metadata (or without, or in another format), conversions, and the cost
 * estimate with the budget it is held to.
 */
class PicturesApiTest {

    @TempDir
    static Path temporary;

    private static InpaintServer server;
    private static Api api;

    @BeforeAll
    static void start() throws IOException {
        server = InpaintServer.start(ServeConfig.defaults().withPort(0).withThreads(1)
                .withMaxSeconds(Duration.ofSeconds(2)), ServedMethods.fromRegistry(1, Map.of("gan", Map.of())));
        api = new Api(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Picture read(byte[] file, String name) throws IOException {
        Path path = temporary.resolve(name);
        Files.write(path, file);
        return ImageFiles.readPicture(path, ReadOptions.defaults());
    }

    @Test
    void extendsTheCanvasKeepingThePictureAndFillingTheBorder() {
        BufferedImage input = TestPictures.decode(TestPictures.png(TestPictures.picture()));
        for (boolean withMask : new boolean[] {false, true}) {
            FormBody form = new FormBody().file("image", "p.png", TestPictures.png(TestPictures.picture()))
                    .field("method", "telea").field("extend-left", "4").field("extend-right", "2")
                    .field("extend-top", "3").field("extend-bottom", "1");
            if (withMask) {
                form.file("mask", "m.png", TestPictures.png(TestPictures.holes()));
            }
            HttpResponse<byte[]> answer = api.post("/api/inpaint", form);
            assertEquals(200, answer.statusCode(), () -> new String(answer.body(), StandardCharsets.UTF_8));
            BufferedImage result = TestPictures.decode(answer.body());
            assertEquals(TestPictures.WIDTH + 6, result.getWidth());
            assertEquals(TestPictures.HEIGHT + 4, result.getHeight());
            for (int y = 0; y < result.getHeight(); y++) {
                for (int x = 0; x < result.getWidth(); x++) {
                    boolean inner = x >= 4 && x < 4 + TestPictures.WIDTH && y >= 3 && y < 3 + TestPictures.HEIGHT;
                    if (inner && !(withMask && TestPictures.HOLE.contains(x - 4, y - 3))) {
                        assertEquals(input.getRGB(x - 4, y - 3), result.getRGB(x, y), "known pixel " + x + "," + y);
                    } else if (!inner) {
                        assertTrue((result.getRGB(x, y) & 0xffffff) != 0, "border pixel " + x + "," + y + " left black");
                    }
                }
            }
        }
    }

    @Test
    void refusesAFillWithNeitherAMaskNorAnExtension() {
        String message = Api.error(api.post("/api/inpaint", new FormBody().file("image", "p.png",
                TestPictures.png(TestPictures.picture())).field("method", "telea")), 400);
        assertTrue(message.startsWith("the form has no file field 'mask'"), message);
        assertTrue(Api.error(api.post("/api/inpaint", Api.fill("telea").field("extend-left", "-1")), 400)
                .contains("extend-left must be in [0, 65536], got -1"));
        assertTrue(Api.error(api.post("/api/inpaint", Api.fill("telea").field("extend-top", "ten")), 400)
                .contains("extend-top must be a whole number"));
    }

    @Test
    void aJpegComesBackAJpegWithItsExifUnlessAskedOtherwise() throws IOException {
        byte[] photo = ImageFileFixtures.jpegWithOrientation(BufferedImages.toBufferedImage(TestPictures.picture()), 1,
                ByteOrder.BIG_ENDIAN);
        assertTrue(read(photo, "in.jpg").metadata().exif().isPresent(), "the test photo has EXIF");
        FormBody form = new FormBody().file("image", "photo.jpg", photo)
                .file("mask", "m.png", TestPictures.png(TestPictures.holes())).field("method", "telea");
        HttpResponse<byte[]> same = api.post("/api/inpaint", form);
        assertEquals(200, same.statusCode());
        assertEquals("image/jpeg", same.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(read(same.body(), "same.jpg").metadata().exif().isPresent(), "the JPEG keeps its EXIF");

        HttpResponse<byte[]> png = api.post("/api/inpaint", new FormBody().file("image", "photo.jpg", photo)
                .file("mask", "m.png", TestPictures.png(TestPictures.holes())).field("method", "telea")
                .field("format", "png"));
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(read(png.body(), "as.png").metadata().exif().isPresent(), "a PNG carries the EXIF too");

        HttpResponse<byte[]> stripped = api.post("/api/inpaint", new FormBody().file("image", "photo.jpg", photo)
                .file("mask", "m.png", TestPictures.png(TestPictures.holes())).field("method", "telea")
                .field("strip-metadata", "true"));
        assertEquals("image/jpeg", stripped.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(read(stripped.body(), "stripped.jpg").metadata().isEmpty(), "strip-metadata drops it");

        // the page fills in PNG and downloads in the picture's own format: a conversion keeps the metadata
        HttpResponse<byte[]> converted = api.post("/api/convert", new FormBody().file("image", "r.png", png.body())
                .field("format", "jpeg"));
        assertEquals(200, converted.statusCode());
        assertEquals("image/jpeg", converted.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(read(converted.body(), "converted.jpg").metadata().exif().isPresent());
        assertTrue(Api.error(api.post("/api/convert", new FormBody().file("image", "r.png", png.body())
                .field("format", "gif")), 400).contains("format must be png, jpeg, bmp or tiff, got 'gif'"));
        assertTrue(Api.error(api.post("/api/convert", new FormBody().file("image", "r.png", png.body())
                .field("format", "png").field("method", "telea")), 400).contains("'method' is not one of"));
    }

    @Test
    void estimatesTheCostAndRefusesAFillOverTheBudgetNamingWhatDrivesIt() {
        byte[] mask = TestPictures.png(TestPictures.holes());
        JsonObject criminisi = Api.json(api.post("/api/estimate", new FormBody().file("mask", "m.png", mask)
                .field("method", "criminisi").field("patch", "7")));
        assertTrue(criminisi.get("known").getAsBoolean());
        assertEquals("pixel comparisons", criminisi.get("unit").getAsString());
        assertEquals("7", criminisi.getAsJsonObject("options").get("patch").getAsString());
        assertEquals("0", criminisi.getAsJsonObject("options").get("context").getAsString());
        assertEquals(TestPictures.HOLE.area(), criminisi.get("holePixels").getAsLong());
        assertEquals(2, criminisi.get("budgetSeconds").getAsLong());
        assertTrue(criminisi.get("withinBudget").getAsBoolean());
        JsonObject telea = Api.json(api.post("/api/estimate", new FormBody().file("mask", "m.png", mask)
                .field("method", "telea").field("extend-left", "10")));
        assertFalse(telea.get("known").getAsBoolean());
        assertEquals(TestPictures.HOLE.area() + 10L * TestPictures.HEIGHT, telea.get("holePixels").getAsLong());
        // dilate grows the holes (a disc of radius 1 adds the 4 side neighbours: the 6×5 hole's border of 22)
        JsonObject grown = Api.json(api.post("/api/estimate", new FormBody().file("mask", "m.png", mask)
                .field("method", "telea").field("dilate", "1")));
        assertEquals(TestPictures.HOLE.area() + 22, grown.get("holePixels").getAsLong());
        assertTrue(Api.error(api.post("/api/inpaint", Api.fill("telea").field("dilate", "-2")), 400).contains("dilate"));

        // a search radius past any picture no longer overflows the estimate
        assertEquals(200, api.post("/api/inpaint", Api.fill("criminisi").field("search-radius", "2147483647"))
                .statusCode());

        // exact Efros–Leung on a 256² picture with a 128² hole: about 9 s at the reference rate, over 2 s
        byte[] bigHole = TestPictures.png(Mask.fromRectangles(256, 256, new Rect(64, 64, 128, 128)));
        HttpResponse<byte[]> over = api.post("/api/inpaint", new FormBody().file("image", "p.png",
                TestPictures.png(io.github.inpaint4j.synthetic.SyntheticImages.gradient(256, 256)))
                .file("mask", "m.png", bigHole).field("method", "efros-leung").field("window", "11"));
        assertEquals(422, over.statusCode());
        JsonObject refused = Api.json(over);
        String message = refused.get("error").getAsString();
        assertTrue(message.startsWith("efros-leung is estimated at "), message);
        assertTrue(message.contains("over this server's budget of 2 s (--max-seconds); the cost is driven by"
                + " fast=false, context=0, window=11: the coarse-to-fine search (option fast)"), message);
        assertTrue(refused.getAsJsonObject("estimate").get("seconds").getAsDouble() > 2);
        assertFalse(refused.getAsJsonObject("estimate").get("withinBudget").getAsBoolean());
        // the same fill with the fast search is within it
        JsonObject fast = Api.json(api.post("/api/estimate", new FormBody().file("mask", "m.png", bigHole)
                .field("method", "efros-leung").field("fast", "true")));
        assertTrue(fast.get("seconds").getAsDouble() < refused.getAsJsonObject("estimate").get("seconds").getAsDouble());
    }
}
