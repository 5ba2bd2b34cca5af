package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dilate PX} of fill, batch and bench: the holes grow by a disc before the fill. */
class DilateCliTest {

    @TempDir
    Path dir;

    Path image;
    Path mask;
    RgbImage picture;
    Mask drawn;

    @BeforeEach
    void writeInputs() throws IOException {
        image = dir.resolve("in.png");
        mask = dir.resolve("mask.png");
        drawn = Mask.fromRectangles(40, 30, new Rect(15, 10, 8, 7));
        ImageFiles.write(SyntheticImages.noise(40, 30, 4), image, false);
        picture = ImageFiles.read(image);
        ImageFiles.writeMask(drawn, mask, false);
    }

    /** The pixels of {@code out} that differ from the picture. */
    private Mask changed(RgbImage out) {
        boolean[] differ = new boolean[40 * 30];
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                for (int c = 0; c < 3; c++) {
                    differ[y * 40 + x] |= out.get(x, y, c) != picture.get(x, y, c);
                }
            }
        }
        return Mask.of(40, 30, differ);
    }

    @Test
    void fillFillsTheGrownHole() throws IOException {
        Path output = dir.resolve("out.png");
        CliRun run = CliRun.of("fill", "--method", "telea", "--image", image.toString(), "--mask", mask.toString(),
                "--output", output.toString(), "--dilate", "3", "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        Mask grown = drawn.dilate(3);
        assertTrue(run.out().contains("filled " + grown.holeCount() + " hole pixels"), run.out());
        Mask changed = changed(ImageFiles.read(output));
        assertTrue(grown.union(changed).equals(grown), "only the grown hole is written");
        assertTrue(changed.holeCount() > drawn.holeCount(), "the ring around the drawn hole is filled too: "
                + changed.holeCount());
    }

    @Test
    void aBadRadiusIsAUsageErrorNamingTheOption() {
        CliRun run = CliRun.of("fill", "--method", "telea", "--image", image.toString(), "--mask", mask.toString(),
                "--output", dir.resolve("out.png").toString(), "--dilate", "-2", "--no-progress");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--dilate must be in [0, 1000], got -2"), run.err());
        assertFalse(Files.exists(dir.resolve("out.png")));
    }

    @Test
    void batchFillsTheGrownHoles() throws IOException {
        Path images = Files.createDirectories(dir.resolve("images"));
        Path masks = Files.createDirectories(dir.resolve("masks"));
        ImageFiles.write(picture, images.resolve("a.png"), false);
        ImageFiles.writeMask(drawn, masks.resolve("a.png"), false);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", "--method", "telea", "--images", images.toString(), "--masks", masks.toString(),
                "--output", out.toString(), "--dilate", "2", "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        Mask changed = changed(ImageFiles.read(out.resolve("a.png")));
        Mask grown = drawn.dilate(2);
        assertTrue(grown.union(changed).equals(grown));
        assertTrue(changed.holeCount() > drawn.holeCount(), "grown: " + changed.holeCount());
    }

    @Test
    void benchScoresTheGrownHoles() throws IOException {
        Path pictures = Files.createDirectories(dir.resolve("pictures"));
        ImageFiles.write(SyntheticImages.noise(64, 64, 1), pictures.resolve("noise.png"), false);
        Path out = dir.resolve("bench");
        CliRun run = CliRun.of("bench", "--images", pictures.toString(), "--output", out.toString(), "--methods", "telea",
                "--masks", "center", "--size", "64", "--dilate", "2", "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = Files.readAllLines(out.resolve("results.csv"));
        // the centre hole is 16×16; grown by a disc of radius 2: 16·16 + 4 sides · 16 · 2 + 4 corners · 1 (offset (1, 1)) = 388
        int grown = Mask.fromRectangles(64, 64, new Rect(24, 24, 16, 16)).dilate(2).holeCount();
        assertEquals(388, grown);
        assertEquals(String.valueOf(grown), rows.get(1).split(",")[3], rows.get(1));
    }
}
