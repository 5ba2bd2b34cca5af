package io.github.inpaint4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.batch.BatchReport;
import io.github.inpaint4j.batch.BatchResult;
import io.github.inpaint4j.batch.BatchStatus;
import io.github.inpaint4j.io.BitDepth;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ImageMetadata;
import io.github.inpaint4j.io.Picture;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.WriteOptions;
import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark batch in {@code local[2]}, bound to loopback, without the web UI; one session for the class. */
class SparkInpaintBatchTest {

    /** The generated pictures, by name relative to the picture folder; the odd ones' masks take the _mask suffix. */
    static final List<String> PICTURES = List.of("a.png", "b.png", "c.png", "d.png", "with space.png", "f.png",
            "sub/g.png", "sub/h.png", "sub/i.png", "sub/deeper/j.png", "sub/deeper/k.png", "l.png");

    static SparkSession spark;

    @TempDir
    Path dir;

    Path images;
    Path masks;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("inpaint4j-spark-test")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
        SparkInpaintBatch.closeLocalInpainters();
    }

    @BeforeEach
    void pictures() throws IOException {
        images = dir.resolve("photos");
        masks = dir.resolve("masks");
        for (int i = 0; i < PICTURES.size(); i++) {
            String name = PICTURES.get(i);
            int w = 20 + i;
            int h = 16 + i % 3;
            Files.createDirectories(images.resolve(name).getParent());
            if (i == 0) { // a 16-bit picture, which the job writes back at 16 bits
                ImageFiles.write(Picture.of(SyntheticImages.noise(w, h, i), BitDepth.SIXTEEN, false,
                        ImageMetadata.none()), images.resolve(name), false);
            } else {
                ImageFiles.write(SyntheticImages.noise(w, h, i), images.resolve(name), false);
            }
            Path mask = masks.resolve(i % 2 == 1 ? name.replace(".png", "_mask.png") : name);
            Files.createDirectories(mask.getParent());
            ImageFiles.writeMask(Mask.fromRectangles(w, h, new Rect(3, 3, 5 + i % 4, 4)), mask, false);
        }
        Files.writeString(images.resolve("corrupt.png"), "this is no PNG");
        ImageFiles.writeMask(Mask.fromRectangles(8, 8, new Rect(1, 1, 2, 2)), masks.resolve("corrupt.png"), false);
    }

    private Map<String, BatchResult> run(SparkBatchConfig config) throws IOException {
        BatchReport report = SparkInpaintBatch.report(SparkInpaintBatch.run(spark, config), 0);
        Map<String, BatchResult> rows = new TreeMap<>();
        String root = images.toUri().toString().replace("file:///", "file:/");
        for (BatchResult r : report.results()) {
            assertTrue(r.picture().startsWith(root), r.picture() + " under " + root);
            rows.put(r.picture().substring(root.length()), r);
        }
        return rows;
    }

    private SparkBatchConfig config(Path output, String method) {
        return SparkBatchConfig.of(images.toString(), masks.toString(), output.toString(), method);
    }

    private Mask maskOf(int i) throws IOException {
        String name = PICTURES.get(i);
        return ImageFiles.readMask(masks.resolve(i % 2 == 1 ? name.replace(".png", "_mask.png") : name), MaskRule.nonZero());
    }

    @Test
    void everyPairIsFilledAndTheCorruptPictureIsAFailedRow() throws IOException {
        Path out = dir.resolve("out");
        Map<String, BatchResult> rows = run(config(out, "telea"));
        assertEquals(13, rows.size(), rows.toString());
        for (int i = 0; i < PICTURES.size(); i++) {
            String name = PICTURES.get(i);
            assertEquals(BatchStatus.DONE, rows.get(name).status(), name + ": " + rows.get(name).message());
            assertTrue(rows.get(name).seconds() > 0, name);
            RgbImage picture = ImageFiles.read(images.resolve(name));
            RgbImage result = ImageFiles.read(out.resolve(name));
            assertEquals(picture.width(), result.width(), name);
            assertEquals(picture.height(), result.height(), name);
            InpainterContractTest.assertKnownPixelsUnchanged(picture, maskOf(i), result);
        }
        assertEquals(BitDepth.SIXTEEN, ImageFiles.readPicture(out.resolve(PICTURES.get(0)), ReadOptions.defaults()).depth());
        assertEquals(BitDepth.EIGHT, ImageFiles.readPicture(out.resolve(PICTURES.get(1)), ReadOptions.defaults()).depth());
        BatchResult corrupt = rows.get("corrupt.png");
        assertEquals(BatchStatus.FAILED, corrupt.status());
        assertTrue(corrupt.message().startsWith("unreadable picture: cannot read image "), corrupt.message());
        assertTrue(corrupt.message().contains("corrupt.png"), corrupt.message());
        assertFalse(corrupt.message().contains("inpaint4j-task-"), "names the real file: " + corrupt.message());
        assertFalse(Files.exists(out.resolve("corrupt.png")));
        assertEquals(List.of(), leftovers(out), "no temporary or checksum files in the output");
    }

    /** With {@code dilate} the executors fill the grown holes, and only them. */
    @Test
    void dilatedHolesAreFilled() throws IOException {
        Path out = dir.resolve("dilated");
        Map<String, BatchResult> rows = run(config(out, "telea").toBuilder().dilate(2).build());
        String name = PICTURES.get(2);
        assertEquals(BatchStatus.DONE, rows.get(name).status(), rows.get(name).message());
        RgbImage picture = ImageFiles.read(images.resolve(name));
        RgbImage result = ImageFiles.read(out.resolve(name));
        Mask drawn = maskOf(2);
        Mask grown = drawn.dilate(2);
        InpainterContractTest.assertKnownPixelsUnchanged(picture, grown, result);
        int ring = 0;
        for (int y = 0; y < picture.height(); y++) {
            for (int x = 0; x < picture.width(); x++) {
                ring += grown.isHole(x, y) && !drawn.isHole(x, y) && picture.get(x, y, 0) != result.get(x, y, 0) ? 1 : 0;
            }
        }
        assertTrue(ring > 0, "the ring around the drawn hole is filled");
    }

    /**
     * {@code depth 8} writes the 16-bit a.png 8-bit, each known level the nearest 8-bit one; the 8-bit pictures'
     * known pixels stay exact; {@code strip-metadata} drops a.png's XMP, which is kept otherwise.
     */
    @Test
    void theDepthAndTheMetadataOfTheOutputsAreChosen() throws IOException {
        String name = PICTURES.get(0);
        Picture deep = ImageFiles.readPicture(images.resolve(name), ReadOptions.defaults());
        byte[] xmp = "<x:xmpmeta xmlns:x='adobe:ns:meta/'/>".getBytes(StandardCharsets.UTF_8);
        Files.delete(images.resolve(name));
        ImageFiles.write(Picture.of(deep.image(), BitDepth.SIXTEEN, false, ImageMetadata.of(null, null, xmp)),
                images.resolve(name), false);
        Path kept = dir.resolve("kept");
        assertEquals(BatchStatus.DONE, run(config(kept, "telea")).get(name).status());
        Picture sixteen = ImageFiles.readPicture(kept.resolve(name), ReadOptions.defaults());
        assertEquals(BitDepth.SIXTEEN, sixteen.depth());
        assertArrayEquals(xmp, sixteen.metadata().xmp().orElseThrow());

        Path out = dir.resolve("eight");
        Map<String, BatchResult> rows = run(config(out, "telea").withWriting(WriteOptions.defaults()
                .withDepth(BitDepth.EIGHT).withKeepMetadata(false)));
        assertEquals(12, rows.values().stream().filter(r -> r.status() == BatchStatus.DONE).count(), rows.toString());
        Picture eight = ImageFiles.readPicture(out.resolve(name), ReadOptions.defaults());
        assertEquals(BitDepth.EIGHT, eight.depth());
        assertTrue(eight.metadata().isEmpty(), "strip-metadata writes none");
        Raster in = ImageIO.read(images.resolve(name).toFile()).getRaster();
        Raster written = ImageIO.read(out.resolve(name).toFile()).getRaster();
        assertEquals(16, in.getSampleModel().getSampleSize(0));
        assertEquals(8, written.getSampleModel().getSampleSize(0));
        Mask holes = maskOf(0);
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                for (int c = 0; c < 3 && !holes.isHole(x, y); c++) {
                    assertEquals(Math.round(in.getSample(x, y, c) / 257.0), written.getSample(x, y, c),
                            "(" + x + ", " + y + ", " + c + ")");
                }
            }
        }
        String other = PICTURES.get(1);
        InpainterContractTest.assertKnownPixelsUnchanged(ImageFiles.read(images.resolve(other)), maskOf(1),
                ImageFiles.read(out.resolve(other)));
    }

    @Test
    void aDepthThePngOutputsDoNotHoldIsRefusedNamingIt() {
        SettingException e = assertThrows(SettingException.class, () -> config(dir.resolve("x"), "telea")
                .withWriting(WriteOptions.defaults().withDepth(BitDepth.FLOAT)));
        assertEquals("depth must be 8 or 16 (the outputs are PNG), got 32", e.getMessage());
    }

    @Test
    void aRerunSkipsWhatIsDoneAndOverwritingFillsAgain() throws IOException {
        Path out = dir.resolve("out");
        SparkBatchConfig config = config(out, "telea").withPartitions(3);
        run(config);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(out.resolve("a.png"), old);
        Files.delete(out.resolve("sub/g.png"));
        Map<String, BatchResult> again = run(config);
        assertEquals(BatchStatus.SKIPPED, again.get("a.png").status());
        assertEquals("output exists", again.get("a.png").message());
        assertEquals(BatchStatus.DONE, again.get("sub/g.png").status());
        assertEquals(11, again.values().stream().filter(r -> r.status() == BatchStatus.SKIPPED).count());
        assertEquals(BatchStatus.FAILED, again.get("corrupt.png").status());
        assertEquals(old, Files.getLastModifiedTime(out.resolve("a.png")));
        Map<String, BatchResult> forced = run(config.withOverwrite(true));
        assertEquals(12, forced.values().stream().filter(r -> r.status() == BatchStatus.DONE).count());
        assertFalse(old.equals(Files.getLastModifiedTime(out.resolve("a.png"))));
        assertEquals(List.of(), leftovers(out));
    }

    @Test
    void oneMaskFileServesEveryPictureAndMissingMasksAreFailedRows() throws IOException {
        Path holes = dir.resolve("holes.png");
        ImageFiles.writeMask(Mask.fromRectangles(20, 16, new Rect(2, 2, 4, 4)), holes, false);
        Map<String, BatchResult> rows = run(SparkBatchConfig.of(images.toString(), holes.toString(),
                dir.resolve("one").toString(), "telea"));
        assertEquals(BatchStatus.DONE, rows.get("a.png").status(), rows.get("a.png").message());
        assertTrue(rows.get("a.png").mask().endsWith("holes.png"));
        assertEquals(BatchStatus.FAILED, rows.get("b.png").status(), "b.png is 21×17");
        assertTrue(rows.get("b.png").message().startsWith("wrong size"), rows.get("b.png").message());

        Files.delete(masks.resolve("c.png"));
        Map<String, BatchResult> missing = run(config(dir.resolve("two"), "telea"));
        assertEquals("no mask: none of c.* or c_mask.* in the mask folder", missing.get("c.png").message());
        assertEquals(BatchStatus.DONE, missing.get("d.png").status());
    }

    @Test
    void theMethodIsMadeOncePerExecutorAndClosedAtTheEnd() throws IOException {
        SparkInpaintBatch.closeLocalInpainters();
        int made = CountingProvider.MADE.get();
        int closed = CountingProvider.CLOSED.get();
        Map<String, BatchResult> rows = run(config(dir.resolve("counted"), "test-counting").withPartitions(4));
        assertEquals(12, rows.values().stream().filter(r -> r.status() == BatchStatus.DONE).count());
        assertEquals(made + 1, CountingProvider.MADE.get(), "one inpainter for 4 partitions on one executor");
        assertEquals(closed, CountingProvider.CLOSED.get(), "kept for the next partitions");
        SparkInpaintBatch.closeLocalInpainters();
        assertEquals(closed + 1, CountingProvider.CLOSED.get());
        RgbImage result = ImageFiles.read(dir.resolve("counted/a.png"));
        assertEquals(32768 / 65535f, result.get(4, 4, 1)); // the method's 0.5, in a.png's 16 bits
        assertEquals(128 / 255f, ImageFiles.read(dir.resolve("counted/b.png")).get(4, 4, 1)); // and in b.png's 8
    }

    @Test
    void badSettingsFailOnTheDriverBeforeAnyWork() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SparkInpaintBatch.run(spark, config(dir.resolve("x"), "no-such-method")));
        assertTrue(unknown.getMessage().startsWith("unknown method 'no-such-method'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SparkInpaintBatch.run(spark,
                config(dir.resolve("x"), "criminisi").withOptions(Map.of("patch", "2"))));
        IOException same = assertThrows(IOException.class,
                () -> SparkInpaintBatch.run(spark, config(images, "telea")));
        assertTrue(same.getMessage().contains("output folder is the picture folder"), same.getMessage());
        assertThrows(java.io.FileNotFoundException.class, () -> SparkInpaintBatch.run(spark,
                SparkBatchConfig.of(dir.resolve("none").toString(), masks.toString(), dir.resolve("x").toString(), "telea")));
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void theSubmitEntryPointWritesTheReportAndSaysWhetherEverythingSucceeded() throws IOException {
        Path report = dir.resolve("report.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = InpaintSparkJob.run(spark, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--images", images.toString(), "--masks",
                masks.toString(), "--output", dir.resolve("job").toString(), "--method", "criminisi",
                "--option", "patch=5", "--option", "threads=1", "--report", report.toString());
        assertEquals(InpaintSparkJob.FAILURE, code, "the corrupt picture failed");
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.startsWith("13 pictures: 12 done, 0 skipped, 1 failed, 0 cancelled in "), summary);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("InpaintSparkJob: failed: "), err.toString());
        List<String> lines = Files.readAllLines(report);
        assertEquals(BatchReport.CSV_HEADER, lines.get(0));
        assertEquals(14, lines.size());
        Files.delete(images.resolve("corrupt.png"));
        assertEquals(0, InpaintSparkJob.run(spark, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), "--images", images.toString(), "--masks",
                masks.toString(), "--output", dir.resolve("job").toString(), "--method", "criminisi"));
        assertEquals(InpaintSparkJob.USAGE, InpaintSparkJob.run(spark, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), "--images", images.toString()));
    }

    /** Hidden files (temporary uploads, Hadoop checksums) left in a folder. */
    private static List<String> leftovers(Path folder) throws IOException {
        List<String> hidden = new ArrayList<>();
        try (var all = Files.walk(folder)) {
            all.filter(p -> p.getFileName().toString().startsWith(".")).forEach(p -> hidden.add(p.toString()));
        }
        return hidden;
    }

    @Test
    void resultRowsHaveTheReportColumns() {
        assertEquals(List.of("picture", "mask", "status", "seconds", "message"),
                List.of(SparkInpaintBatch.RESULT_SCHEMA.fieldNames()));
        Row row = spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("p", "m", "done", 1.0, "")),
                SparkInpaintBatch.RESULT_SCHEMA).first();
        assertEquals("done", row.getString(2));
    }
}
