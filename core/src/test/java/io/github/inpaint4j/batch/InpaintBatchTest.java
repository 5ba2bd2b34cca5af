package io.github.inpaint4j.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.BitDepth;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ImageMetadata;
import io.github.inpaint4j.io.Picture;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.io.WriteOptions;
import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InpaintBatchTest {

    /** Every hole pixel becomes mid grey (128/255 once written); known pixels are copied. */
    private static final Inpainter GREY = (image, mask, progress, cancel) -> {
        if (!InpaintCall.begin(image, mask, progress, cancel)) {
            return image;
        }
        float[] s = image.toPlanar();
        int plane = image.pixelCount();
        for (int i = 0; i < plane; i++) {
            if (mask.isHole(i)) {
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    s[c * plane + i] = 128 / 255f;
                }
            }
        }
        return RgbImage.fromPlanar(image.width(), image.height(), s);
    };

    @TempDir
    Path dir;

    private Path images;
    private Path masks;
    private Path out;

    /** Pictures a.png, b.jpg (as PNG content is fine: formats are read from the content), trip/c.png. */
    private void folders() throws IOException {
        images = Files.createDirectories(dir.resolve("photos"));
        masks = Files.createDirectories(dir.resolve("masks"));
        out = dir.resolve("out");
        picture("a.png", 12, 10, 1);
        picture("b.png", 9, 9, 2);
        picture("trip/c.png", 16, 8, 3);
        mask("a.png", 12, 10);
        mask("b_mask.png", 9, 9);
        mask("trip/c.png", 16, 8);
    }

    private void picture(String name, int w, int h, long seed) throws IOException {
        Path file = images.resolve(name);
        Files.createDirectories(file.getParent());
        ImageFiles.write(SyntheticImages.noise(w, h, seed), file, true);
    }

    private void mask(String name, int w, int h) throws IOException {
        Path file = masks.resolve(name);
        Files.createDirectories(file.getParent());
        ImageFiles.writeMask(Mask.fromRectangles(w, h, new Rect(2, 2, 3, 3)), file, true);
    }

    private BatchConfig config() {
        return BatchConfig.of(images, masks, out).withJobs(2);
    }

    private static Map<String, BatchResult> byName(BatchReport report, Path root) {
        Map<String, BatchResult> rows = new TreeMap<>();
        for (BatchResult r : report.results()) {
            rows.put(root.relativize(Path.of(r.picture())).toString().replace('\\', '/'), r);
        }
        return rows;
    }

    @Test
    void everyPictureIsFilledIntoTheMirroredOutputWithItsKnownPixelsUnchanged() throws IOException {
        folders();
        List<BatchResult> heard = new ArrayList<>();
        BatchReport report = InpaintBatch.run(config(), GREY, (r, finished, total) -> {
            assertEquals(3, total);
            assertEquals(heard.size() + 1, finished);
            heard.add(r);
        }, CancellationToken.create());
        assertTrue(report.succeeded(), report.csv());
        assertEquals(3, report.count(BatchStatus.DONE));
        assertEquals(3, heard.size());
        assertFalse(report.stopped());
        assertEquals(List.of("a.png", "b.png", "trip/c.png"), List.copyOf(byName(report, images).keySet()));
        assertEquals(masks.resolve("b_mask.png").toString(), byName(report, images).get("b.png").mask());
        for (String name : List.of("a.png", "b.png", "trip/c.png")) {
            RgbImage in = ImageFiles.read(images.resolve(name));
            Mask holes = ImageFiles.readMask(masks.resolve(name.equals("b.png") ? "b_mask.png" : name),
                    io.github.inpaint4j.io.MaskRule.nonZero());
            RgbImage result = ImageFiles.read(out.resolve(name));
            assertEquals(in.width(), result.width());
            assertEquals(in.height(), result.height());
            for (int y = 0; y < in.height(); y++) {
                for (int x = 0; x < in.width(); x++) {
                    for (int c = 0; c < RgbImage.CHANNELS; c++) {
                        float expected = holes.isHole(x, y) ? 128 / 255f : in.get(x, y, c);
                        assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(result.get(x, y, c)),
                                name + " at " + x + "," + y);
                    }
                }
            }
        }
    }

    /** With a dilation of 1 the 3×3 hole is filled as the 5×5 disc-grown hole (21 pixels), and only there. */
    @Test
    void dilatedHolesAreFilledWhole() throws IOException {
        folders();
        BatchReport report = InpaintBatch.run(config().withDilate(1), GREY, BatchListener.NONE, CancellationToken.create());
        assertTrue(report.succeeded(), report.csv());
        RgbImage in = ImageFiles.read(images.resolve("a.png"));
        RgbImage result = ImageFiles.read(out.resolve("a.png"));
        Mask grown = Mask.fromRectangles(12, 10, new Rect(2, 2, 3, 3)).dilate(1);
        assertEquals(21, grown.holeCount());
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 12; x++) {
                float expected = grown.isHole(x, y) ? 128 / 255f : in.get(x, y, 0);
                assertEquals(expected, result.get(x, y, 0), "(" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void badPicturesAreRecordedAndTheOthersGoOn() throws IOException {
        folders();
        Files.writeString(images.resolve("corrupt.png"), "not a picture");
        mask("corrupt.png", 4, 4);
        picture("lonely.png", 5, 5, 4);
        picture("small.png", 6, 6, 5);
        mask("small.png", 7, 6);
        picture("throws.png", 13, 5, 6);
        mask("throws.png", 13, 5);
        Inpainter picky = (image, mask, progress, cancel) -> {
            if (image.width() == 13) {
                throw new IllegalArgumentException("13 is unlucky");
            }
            return GREY.inpaint(image, mask, progress, cancel);
        };
        BatchReport report = InpaintBatch.run(config(), picky, BatchListener.NONE, CancellationToken.create());
        Map<String, BatchResult> rows = byName(report, images);
        assertEquals(7, rows.size());
        assertEquals(3, report.count(BatchStatus.DONE));
        assertEquals(4, report.count(BatchStatus.FAILED));
        assertFalse(report.succeeded());
        assertTrue(rows.get("corrupt.png").message().startsWith("unreadable picture: cannot read image "),
                rows.get("corrupt.png").message());
        assertEquals("no mask: none of lonely.* or lonely_mask.* in the mask folder", rows.get("lonely.png").message());
        assertEquals("", rows.get("lonely.png").mask());
        assertEquals("wrong size: the mask is 7×6 but the image is 6×6", rows.get("small.png").message());
        assertEquals("method error: 13 is unlucky", rows.get("throws.png").message());
        for (String failed : List.of("corrupt", "lonely", "small", "throws")) {
            assertFalse(Files.exists(out.resolve(failed + ".png")), failed);
        }
        assertTrue(report.csv().contains("\n" + images.resolve("small.png") + "," + masks.resolve("small.png") + ",failed,"),
                report.csv());
    }

    @Test
    void aRerunSkipsFinishedPicturesAndForceFillsThemAgain() throws IOException {
        folders();
        assertEquals(3, InpaintBatch.run(config(), GREY, BatchListener.NONE, CancellationToken.create())
                .count(BatchStatus.DONE));
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(out.resolve("a.png"), old);
        Files.delete(out.resolve("trip/c.png"));
        BatchReport rerun = InpaintBatch.run(config(), GREY, BatchListener.NONE, CancellationToken.create());
        Map<String, BatchResult> rows = byName(rerun, images);
        assertEquals(BatchStatus.SKIPPED, rows.get("a.png").status());
        assertEquals("output exists", rows.get("a.png").message());
        assertEquals(BatchStatus.SKIPPED, rows.get("b.png").status());
        assertEquals(BatchStatus.DONE, rows.get("trip/c.png").status());
        assertTrue(rerun.succeeded());
        assertEquals(old, Files.getLastModifiedTime(out.resolve("a.png")));
        BatchReport forced = InpaintBatch.run(config().withOverwrite(true), GREY, BatchListener.NONE,
                CancellationToken.create());
        assertEquals(3, forced.count(BatchStatus.DONE));
        assertFalse(old.equals(Files.getLastModifiedTime(out.resolve("a.png"))));
    }

    @Test
    void theOutputsDoNotDependOnTheNumberOfJobs() throws IOException {
        folders();
        Inpainter mean = (image, mask, progress, cancel) -> GREY.inpaint(image, mask, progress, cancel);
        Map<String, byte[]> bytes = new TreeMap<>();
        for (int jobs : new int[] {1, 3}) {
            Path target = dir.resolve("out-" + jobs);
            InpaintBatch.run(BatchConfig.of(images, masks, target).withJobs(jobs), mean, BatchListener.NONE,
                    CancellationToken.create());
            for (String name : List.of("a.png", "b.png", "trip/c.png")) {
                byte[] content = Files.readAllBytes(target.resolve(name));
                byte[] first = bytes.putIfAbsent(name, content);
                if (first != null) {
                    assertArrayEquals(first, content, name);
                }
            }
        }
    }

    @Test
    void oneMaskFileServesEveryPicture() throws IOException {
        folders();
        Path holes = dir.resolve("holes.png");
        ImageFiles.writeMask(Mask.fromRectangles(9, 9, new Rect(0, 0, 2, 2)), holes, false);
        BatchReport report = InpaintBatch.run(BatchConfig.of(images, holes, out), GREY, BatchListener.NONE,
                CancellationToken.create());
        Map<String, BatchResult> rows = byName(report, images);
        assertEquals(BatchStatus.DONE, rows.get("b.png").status());
        assertEquals(holes.toString(), rows.get("b.png").mask());
        assertEquals(BatchStatus.FAILED, rows.get("a.png").status(), "a.png is 12×10");
    }

    @Test
    void masksAndOutputsInsideThePictureFolderAreNotPictures() throws IOException {
        images = Files.createDirectories(dir.resolve("photos"));
        masks = Files.createDirectories(images.resolve("masks"));
        out = images.resolve("out");
        picture("a.png", 6, 6, 1);
        mask("a.png", 6, 6);
        Files.createDirectories(out);
        ImageFiles.write(SyntheticImages.noise(6, 6, 9), out.resolve("old.png"), false);
        BatchReport report = InpaintBatch.run(config(), GREY, BatchListener.NONE, CancellationToken.create());
        assertEquals(List.of("a.png"), List.copyOf(byName(report, images).keySet()));
        assertTrue(report.succeeded());
    }

    @Test
    void masksBesideThePicturesArePairedBySuffix() throws IOException {
        images = Files.createDirectories(dir.resolve("photos"));
        masks = images;
        out = dir.resolve("out");
        picture("a.png", 6, 6, 1);
        mask("a_mask.png", 6, 6);
        BatchReport report = InpaintBatch.run(config(), GREY, BatchListener.NONE, CancellationToken.create());
        assertEquals(1, report.results().size());
        assertEquals(BatchStatus.DONE, report.results().get(0).status());
        assertTrue(Files.exists(out.resolve("a.png")));
        assertFalse(Files.exists(out.resolve("a_mask.png")));
    }

    @Test
    void anOutputThatIsAnInputIsNeverOverwrittenEvenWhenForced() throws IOException {
        folders();
        Files.createDirectories(out);
        Files.createLink(out.resolve("a.png"), images.resolve("a.png"));
        byte[] before = Files.readAllBytes(images.resolve("a.png"));
        BatchReport report = InpaintBatch.run(config().withOverwrite(true), GREY, BatchListener.NONE,
                CancellationToken.create());
        BatchResult a = byName(report, images).get("a.png");
        assertEquals(BatchStatus.FAILED, a.status());
        assertTrue(a.message().contains("is the same file as the input"), a.message());
        assertArrayEquals(before, Files.readAllBytes(images.resolve("a.png")));
    }

    @Test
    void picturesAboveThePixelLimitFailBeforeDecoding() throws IOException {
        folders();
        BatchReport report = InpaintBatch.run(config().withReading(io.github.inpaint4j.io.ReadOptions.defaults().withMaxPixels(100)), GREY, BatchListener.NONE,
                CancellationToken.create());
        Map<String, BatchResult> rows = byName(report, images);
        assertEquals(BatchStatus.DONE, rows.get("b.png").status(), "9×9 = 81 pixels");
        assertEquals(BatchStatus.FAILED, rows.get("a.png").status());
        assertTrue(rows.get("a.png").message().startsWith("unreadable picture: ")
                && rows.get("a.png").message().contains("the picture is too large: 12×10"),
                rows.get("a.png").message());
    }

    @Test
    void aStoppedBatchFinishesThePictureInFlightAndARerunGoesOn() throws IOException {
        folders();
        CancellationToken stop = CancellationToken.create();
        // stopped while the first picture is in flight, as Ctrl-C would
        Inpainter stopsTheBatch = (image, mask, progress, cancel) -> {
            stop.cancel();
            return GREY.inpaint(image, mask, progress, cancel);
        };
        BatchReport first = InpaintBatch.run(config().withJobs(1), stopsTheBatch, BatchListener.NONE, stop);
        assertTrue(first.stopped());
        assertEquals(1, first.count(BatchStatus.DONE));
        assertEquals(2, first.count(BatchStatus.CANCELLED));
        assertEquals("not started: the batch was stopped", first.results().get(2).message());
        BatchReport second = InpaintBatch.run(config(), GREY, BatchListener.NONE, CancellationToken.create());
        assertEquals(1, second.count(BatchStatus.SKIPPED));
        assertEquals(2, second.count(BatchStatus.DONE));
    }

    @Test
    void interruptingTheBatchStopsThePicturesInFlightWithoutWritingThem() throws Exception {
        folders();
        CountDownLatch started = new CountDownLatch(1);
        Inpainter waits = (image, mask, progress, cancel) -> {
            started.countDown();
            while (true) {
                cancel.throwIfCancelled();
                Thread.onSpinWait();
            }
        };
        AtomicReference<BatchReport> report = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                report.set(InpaintBatch.run(config().withJobs(1), waits, BatchListener.NONE, CancellationToken.create()));
                flag.set(Thread.currentThread().isInterrupted());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        runner.start();
        assertTrue(started.await(30, TimeUnit.SECONDS));
        runner.interrupt();
        runner.join(30_000);
        assertFalse(runner.isAlive());
        assertTrue(flag.get(), "the interrupt flag is restored");
        assertTrue(report.get().stopped());
        assertEquals(3, report.get().count(BatchStatus.CANCELLED));
        assertFalse(Files.exists(out.resolve("a.png")));
    }

    @Test
    void unusableFoldersAreErrorsNamingThem() throws IOException {
        folders();
        NoSuchFileException missing = assertThrows(NoSuchFileException.class,
                () -> InpaintBatch.plan(BatchConfig.of(dir.resolve("nope"), masks, out)));
        assertEquals(dir.resolve("nope") + ": picture folder does not exist", missing.getMessage());
        assertThrows(NoSuchFileException.class, () -> InpaintBatch.plan(BatchConfig.of(images, dir.resolve("x"), out)));
        FileSystemException same = assertThrows(FileSystemException.class,
                () -> InpaintBatch.plan(BatchConfig.of(images, masks, images)));
        assertTrue(same.getMessage().contains("output folder is the picture folder"), same.getMessage());
        Files.writeString(dir.resolve("file"), "x");
        assertThrows(FileSystemException.class, () -> InpaintBatch.plan(BatchConfig.of(images, masks, dir.resolve("file"))));
    }

    @Test
    void configurationValuesAreChecked() {
        Function<Integer, BatchConfig> jobs = n -> BatchConfig.of(dir, dir, dir).withJobs(n);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> jobs.apply(0)).getMessage().startsWith("jobs must be"));
        assertThrows(NullPointerException.class, () -> BatchConfig.of(dir, dir, dir).withReading(null));
    }

    @Test
    void aSixteenBitPictureComesOutSixteenBitWithItsMetadata() throws IOException {
        images = Files.createDirectories(dir.resolve("photos"));
        masks = Files.createDirectories(dir.resolve("masks"));
        out = dir.resolve("out");
        float[] s = new float[3 * 12 * 10];
        for (int i = 0; i < s.length; i++) {
            s[i] = (i * 4099 % 65536) / 65535f;
        }
        RgbImage deep = RgbImage.fromPlanar(12, 10, s);
        byte[] xmp = "<x:xmpmeta xmlns:x='adobe:ns:meta/'/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImageFiles.write(Picture.of(deep, BitDepth.SIXTEEN, false, ImageMetadata.of(null, null, xmp)),
                images.resolve("deep.png"), false);
        mask("deep.png", 12, 10);
        BatchReport report = InpaintBatch.run(config(), GREY, BatchListener.NONE, CancellationToken.create());
        assertEquals(1, report.count(BatchStatus.DONE), report.summary());
        Picture written = ImageFiles.readPicture(out.resolve("deep.png"), ReadOptions.defaults());
        assertEquals(BitDepth.SIXTEEN, written.depth());
        assertArrayEquals(xmp, written.metadata().xmp().orElseThrow());
        Mask holes = Mask.fromRectangles(12, 10, new Rect(2, 2, 3, 3));
        float[] back = written.image().toPlanar();
        for (int i = 0; i < s.length; i++) {
            if (!holes.isHole(i % 120)) {
                assertEquals(s[i], back[i], "sample " + i);
            }
        }
    }

    /**
     * A folder of 16-bit PNGs: without a depth the outputs are 16-bit with the known pixels' levels exact; with
     * depth 8 they are 8-bit, each known level the nearest 8-bit one ({@code round(v / 257)}); stripping drops the
     * XMP.
     */
    @Test
    void theDepthAndTheMetadataOfTheOutputsAreChosen() throws IOException {
        images = Files.createDirectories(dir.resolve("photos"));
        masks = Files.createDirectories(dir.resolve("masks"));
        int[] levels = new int[3 * 12 * 10];
        float[] s = new float[levels.length];
        for (int i = 0; i < s.length; i++) {
            levels[i] = i == 0 ? 0 : i == 1 ? 65535 : i * 4099 % 65536;
            s[i] = levels[i] / 65535f;
        }
        byte[] xmp = "<x:xmpmeta xmlns:x='adobe:ns:meta/'/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String name : List.of("p.png", "q.png")) {
            ImageFiles.write(Picture.of(RgbImage.fromPlanar(12, 10, s), BitDepth.SIXTEEN, false,
                    ImageMetadata.of(null, null, xmp)), images.resolve(name), false);
            mask(name, 12, 10);
        }
        Mask holes = Mask.fromRectangles(12, 10, new Rect(2, 2, 3, 3));

        Path keep = dir.resolve("keep");
        BatchReport kept = InpaintBatch.run(BatchConfig.of(images, masks, keep), GREY, BatchListener.NONE,
                CancellationToken.create());
        assertEquals(2, kept.count(BatchStatus.DONE), kept.summary());
        Path eight = dir.resolve("eight");
        BatchReport reduced = InpaintBatch.run(BatchConfig.of(images, masks, eight)
                .withWriting(WriteOptions.defaults().withDepth(BitDepth.EIGHT)), GREY, BatchListener.NONE,
                CancellationToken.create());
        assertEquals(2, reduced.count(BatchStatus.DONE), reduced.summary());
        Path stripped = dir.resolve("stripped");
        InpaintBatch.run(BatchConfig.of(images, masks, stripped).withWriting(WriteOptions.defaults()
                .withKeepMetadata(false)), GREY, BatchListener.NONE, CancellationToken.create());

        for (String name : List.of("p.png", "q.png")) {
            Picture sixteen = ImageFiles.readPicture(keep.resolve(name), ReadOptions.defaults());
            assertEquals(BitDepth.SIXTEEN, sixteen.depth(), name);
            assertArrayEquals(xmp, sixteen.metadata().xmp().orElseThrow());
            Picture reducedPicture = ImageFiles.readPicture(eight.resolve(name), ReadOptions.defaults());
            assertEquals(BitDepth.EIGHT, reducedPicture.depth(), name);
            assertArrayEquals(xmp, reducedPicture.metadata().xmp().orElseThrow(), "depth 8 keeps the metadata");
            java.awt.image.Raster raster16 = javax.imageio.ImageIO.read(keep.resolve(name).toFile()).getRaster();
            java.awt.image.Raster raster8 = javax.imageio.ImageIO.read(eight.resolve(name).toFile()).getRaster();
            assertEquals(8, raster8.getSampleModel().getSampleSize(0));
            for (int i = 0; i < levels.length; i++) {
                int pixel = i % 120;
                int x = pixel % 12;
                int y = pixel / 12;
                int c = i / 120;
                if (holes.isHole(pixel)) {
                    assertEquals(32896, raster16.getSample(x, y, c), "the fill's 128/255 at 16 bits");
                    assertEquals(128, raster8.getSample(x, y, c));
                } else {
                    assertEquals(levels[i], raster16.getSample(x, y, c), name + " level " + i);
                    assertEquals(Math.round(levels[i] / 257.0), raster8.getSample(x, y, c), name + " level " + i);
                }
            }
            Picture bare = ImageFiles.readPicture(stripped.resolve(name), ReadOptions.defaults());
            assertEquals(BitDepth.SIXTEEN, bare.depth());
            assertTrue(bare.metadata().isEmpty(), "strip-metadata writes none");
        }
    }

    @Test
    void aDepthThePngOutputsDoNotHoldIsRefusedNamingIt() {
        SettingException e = assertThrows(SettingException.class, () -> BatchConfig.of(dir, dir, dir)
                .withWriting(WriteOptions.defaults().withDepth(BitDepth.FLOAT)));
        assertEquals("depth must be 8 or 16 (the outputs are PNG), got 32", e.getMessage());
        assertThrows(NullPointerException.class, () -> BatchConfig.of(dir, dir, dir).withWriting(null));
    }
}
