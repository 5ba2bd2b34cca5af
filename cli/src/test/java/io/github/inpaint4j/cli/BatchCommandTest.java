package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.io.BitDepth;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ImageMetadata;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.Picture;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    @TempDir
    Path dir;

    Path images;
    Path masks;
    Path out;

    @BeforeEach
    void folders() throws IOException {
        images = Files.createDirectories(dir.resolve("photos/trip")).getParent();
        masks = Files.createDirectories(dir.resolve("masks/trip")).getParent();
        out = dir.resolve("out");
        for (String name : List.of("a", "b", "trip/c")) {
            ImageFiles.write(SyntheticImages.noise(20, 16, name.length()), images.resolve(name + ".png"), false);
            ImageFiles.writeMask(Mask.fromRectangles(20, 16, new Rect(5, 4, 6, 5)),
                    masks.resolve(name + (name.equals("b") ? "_mask.png" : ".png")), false);
        }
    }

    CliRun batch(String... extra) {
        List<String> args = new ArrayList<>(List.of("batch", "--method", "telea", "--images", images.toString(),
                "--masks", masks.toString(), "--output", out.toString(), "--no-progress"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void extendsEveryPictureWithOrWithoutMasks() throws IOException {
        CliRun withMasks = batch("--left", "3", "--bottom", "2");
        assertEquals(0, withMasks.exitCode(), withMasks.err());
        assertEquals(23, ImageFiles.read(out.resolve("trip/c.png")).width());
        assertEquals(18, ImageFiles.read(out.resolve("trip/c.png")).height());
        Path wider = dir.resolve("wider");
        CliRun alone = CliRun.of("batch", "--method", "telea", "--images", images.toString(), "--output",
                wider.toString(), "--right", "5", "--no-progress");
        assertEquals(0, alone.exitCode(), alone.err());
        assertTrue(alone.out().contains("3 pictures: 3 done"), alone.out());
        for (String name : List.of("a", "b", "trip/c")) {
            var picture = ImageFiles.read(images.resolve(name + ".png"));
            var result = ImageFiles.read(wider.resolve(name + ".png"));
            assertEquals(25, result.width());
            assertEquals(picture, result.crop(new Rect(0, 0, 20, 16)), name + ": the picture is kept, bit for bit");
        }
        CliRun neither = CliRun.of("batch", "--method", "telea", "--images", images.toString(), "--output",
                dir.resolve("x").toString());
        assertEquals(InpaintCommand.USAGE, neither.exitCode());
        assertTrue(neither.err().contains("missing --masks"), neither.err());
    }

    @Test
    void fillsEveryPictureAndWritesTheReport() throws IOException {
        Path report = dir.resolve("report.csv");
        CliRun run = batch("--jobs", "2", "--report", report.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("inpaint batch: telea, 2 jobs × 1 thread"), run.out());
        assertTrue(run.out().contains("3 pictures: 3 done, 0 skipped, 0 failed, 0 cancelled in "), run.out());
        for (String name : List.of("a", "b", "trip/c")) {
            Path mask = masks.resolve(name + (name.equals("b") ? "_mask.png" : ".png"));
            InpainterContractTest.assertKnownPixelsUnchanged(ImageFiles.read(images.resolve(name + ".png")),
                    ImageFiles.readMask(mask, MaskRule.nonZero()), ImageFiles.read(out.resolve(name + ".png")));
        }
        List<String> rows = Files.readAllLines(report);
        assertEquals("picture,mask,status,seconds,message", rows.get(0));
        assertEquals(4, rows.size());
        assertTrue(rows.get(2).startsWith(images.resolve("b.png") + "," + masks.resolve("b_mask.png") + ",done,"),
                rows.get(2));
    }

    @Test
    void aBadPictureIsNamedTheOthersAreFilledAndTheExitCodeSaysSo() throws IOException {
        Files.writeString(images.resolve("broken.png"), "no picture");
        ImageFiles.writeMask(Mask.empty(3, 3), masks.resolve("broken.png"), false);
        CliRun run = batch();
        assertEquals(InpaintCommand.FAILURE, run.exitCode());
        assertTrue(run.err().startsWith("inpaint: failed: " + images.resolve("broken.png") + ": unreadable picture: "),
                run.err());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.out().contains("4 pictures: 3 done, 0 skipped, 1 failed"), run.out());
        CliRun again = batch();
        assertTrue(again.out().contains("4 pictures: 0 done, 3 skipped, 1 failed"), again.out());
        assertEquals(InpaintCommand.FAILURE, again.exitCode());
    }

    @Test
    void aRerunSkipsWhatIsDoneAndForceRedoesIt() {
        assertEquals(0, batch().exitCode());
        CliRun again = batch();
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("3 pictures: 0 done, 3 skipped"), again.out());
        CliRun forced = batch("--force");
        assertTrue(forced.out().contains("3 pictures: 3 done, 0 skipped"), forced.out());
    }

    @Test
    void givenThreadsSetTheJobs() {
        CliRun run = CliRun.of("batch", "--method", "criminisi", "--patch", "5", "--threads", "2", "--images",
                images.toString(), "--masks", masks.toString(), "--output", out.toString(), "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("criminisi, " + Math.max(1, Runtime.getRuntime().availableProcessors() / 2)
                + " job"), run.out());
        assertTrue(run.out().contains("× 2 threads"), run.out());
    }

    @Test
    void badUsageIsAUsageErrorAndUnusableFoldersOneLine() {
        assertEquals(InpaintCommand.USAGE, batch("--jobs", "0").exitCode());
        assertEquals(InpaintCommand.USAGE, batch("--patch", "9").exitCode(), "telea has no --patch");
        CliRun same = CliRun.of("batch", "--method", "telea", "--images", images.toString(), "--masks",
                masks.toString(), "--output", images.toString());
        assertEquals(InpaintCommand.FAILURE, same.exitCode());
        assertEquals(1, same.errLines(), same.err());
        assertTrue(same.err().contains("output folder is the picture folder"), same.err());
        CliRun missing = CliRun.of("batch", "--method", "telea", "--images", dir.resolve("nope").toString(), "--masks",
                masks.toString(), "--output", out.toString());
        assertEquals("inpaint: error: " + dir.resolve("nope") + ": picture folder does not exist", missing.err().strip());
        assertFalse(Files.exists(out));
    }

    /** A 16-bit folder: {@code --depth 8} gives 8-bit outputs, none 16-bit ones; depths PNG does not hold are refused. */
    @Test
    void depthAndStripMetadataChooseHowOutputsAreWritten() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("deep"));
        ImageFiles.write(Picture.of(SyntheticImages.noise(20, 16, 7), BitDepth.SIXTEEN, false,
                ImageMetadata.of(null, null, "<x:xmpmeta xmlns:x='adobe:ns:meta/'/>".getBytes(StandardCharsets.UTF_8))),
                deep.resolve("a.png"), false);
        Path mask = masks.resolve("a.png");
        CliRun keep = CliRun.of("batch", "--method", "telea", "--images", deep.toString(), "--masks", mask.toString(),
                "--output", dir.resolve("keep").toString(), "--no-progress");
        assertEquals(0, keep.exitCode(), keep.err());
        Picture sixteen = ImageFiles.readPicture(dir.resolve("keep/a.png"), ReadOptions.defaults());
        assertEquals(BitDepth.SIXTEEN, sixteen.depth());
        assertFalse(sixteen.metadata().isEmpty());
        CliRun eight = CliRun.of("batch", "--method", "telea", "--images", deep.toString(), "--masks", mask.toString(),
                "--output", dir.resolve("eight").toString(), "--depth", "8", "--strip-metadata", "--no-progress");
        assertEquals(0, eight.exitCode(), eight.err());
        Picture reduced = ImageFiles.readPicture(dir.resolve("eight/a.png"), ReadOptions.defaults());
        assertEquals(BitDepth.EIGHT, reduced.depth());
        assertTrue(reduced.metadata().isEmpty());

        CliRun floats = batch("--depth", "32");
        assertEquals(InpaintCommand.USAGE, floats.exitCode());
        assertEquals(1, floats.errLines(), floats.err());
        assertTrue(floats.err().startsWith("inpaint: usage: --depth must be 8 or 16 (the outputs are PNG), got 32"),
                floats.err());
        CliRun twelve = batch("--depth", "12");
        assertEquals(InpaintCommand.USAGE, twelve.exitCode());
        assertEquals(1, twelve.errLines(), twelve.err());
        assertTrue(twelve.err().contains("--depth must be 8, 16 or 32, got '12'"), twelve.err());
        assertEquals(InpaintCommand.USAGE, batch("--jpeg-quality", "0.5").exitCode(), "PNG outputs have no quality");
        assertFalse(Files.exists(out));
    }
}
