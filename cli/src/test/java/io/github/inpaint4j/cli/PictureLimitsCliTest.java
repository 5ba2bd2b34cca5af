package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.ImageFileFixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-pixels} on every command that reads pictures, out-of-memory, and the thread bound. */
class PictureLimitsCliTest {

    @TempDir
    Path dir;

    Path image;
    Path mask;
    Path output;

    @BeforeEach
    void writeInputs() throws IOException {
        image = dir.resolve("in.png");
        mask = dir.resolve("mask.png");
        output = dir.resolve("out.png");
        ImageFiles.write(SyntheticImages.noise(40, 30, 1), image, false);
        ImageFiles.writeMask(Mask.fromRectangles(40, 30, new Rect(10, 8, 12, 9)), mask, false);
    }

    CliRun fill(Path picture, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("fill", "--method", "telea", "--image", picture.toString(),
                "--mask", mask.toString(), "--output", output.toString(), "--no-progress"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aHeaderClaimingAHugePictureIsOneLineNamingTheSizeTheLimitAndTheOption() throws IOException {
        for (int side : new int[] {25000, 100000}) {
            Path bomb = dir.resolve("bomb-" + side + ".png");
            Files.write(bomb, ImageFileFixtures.pngHeader(side, side));
            CliRun run = fill(bomb);
            assertEquals(1, run.exitCode(), run.err());
            assertEquals(1, run.errLines(), run.err());
            assertTrue(run.err().contains("too large: " + side + "×" + side) && run.err().contains("50,000,000 pixels")
                    && run.err().contains("--max-pixels"), run.err());
        }
    }

    @Test
    void maxPixelsLowersAndRaisesTheLimitAndIsValidated() {
        CliRun refused = fill(image, "--max-pixels", "1199");
        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("40×30 = 1,200 pixels, more than the limit of 1,199"), refused.err());
        assertEquals(0, fill(image, "--max-pixels", "1200").exitCode());
        for (String bad : new String[] {"0", "-3", "999999999999"}) {
            CliRun run = fill(image, "--max-pixels", bad, "--force");
            assertEquals(2, run.exitCode(), bad + ": " + run.err());
            assertTrue(run.err().contains("--max-pixels") && run.err().contains(bad), run.err());
        }
    }

    @Test
    void everyCommandThatReadsPicturesTakesTheLimit() throws IOException {
        CliRun synth = CliRun.of("synth", "--sample", image.toString(), "--width", "8", "--height", "8", "--output",
                output.toString(), "--no-progress", "--max-pixels", "100");
        assertEquals(1, synth.exitCode(), synth.err());
        assertTrue(synth.err().contains("more than the limit of 100"), synth.err());

        Path folder = Files.createDirectories(dir.resolve("folder"));
        ImageFiles.write(SyntheticImages.gradient(40, 40), folder.resolve("a.png"), false);
        CliRun bench = CliRun.of("bench", "--images", folder.toString(), "--output", dir.resolve("bench").toString(),
                "--methods", "telea", "--masks", "center", "--size", "32", "--no-progress", "--max-pixels", "100");
        assertEquals(1, bench.exitCode(), bench.err());
        assertTrue(bench.err().contains("no readable picture"), bench.err());

        CliRun train = CliRun.of("train", "--data", folder.toString(), "--checkpoint", dir.resolve("run").toString(),
                "--crop-size", "16", "--steps", "1", "--no-progress", "--max-pixels", "100");
        assertEquals(1, train.exitCode(), train.err());
        assertTrue(train.err().contains("no usable training picture"), train.err());
    }

    @Test
    void threadCountsAboveTheBoundAreUsageErrorsNamingTheBound() {
        String bound = "[1, " + Threads.max() + "]";
        List<CliRun> runs = List.of(
                fill(image, "--threads", "100000"),
                CliRun.of("synth", "--sample", image.toString(), "--width", "8", "--height", "8", "--output",
                        output.toString(), "--threads", "100000"),
                CliRun.of("train", "--data", dir.toString(), "--checkpoint", dir.resolve("run").toString(),
                        "--threads", "100000"));
        for (CliRun run : runs) {
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("--threads must be in " + bound) && run.err().contains("100000"), run.err());
        }
        assertTrue(Files.notExists(dir.resolve("run")), "train stopped before creating anything");
    }

    @Test
    void outOfMemoryIsOneLineAndExitCodeOne() throws Exception {
        // a 3000×3000 picture needs about 110 MB as floats: a 48 MB heap runs out while reading it
        BufferedImage large = new BufferedImage(3000, 3000, BufferedImage.TYPE_BYTE_GRAY);
        Path picture = dir.resolve("large.png");
        ImageIO.write(large, "png", picture.toFile());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                InpaintCommand.class.getName(), "fill", "--method", "telea", "--image", picture.toString(), "--mask",
                mask.toString(), "--output", output.toString(), "--no-progress")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run ends");
        assertEquals(InpaintCommand.FAILURE, p.exitValue(), err);
        assertEquals("inpaint: error: out of memory (give Java more with -Xmx, e.g. java -Xmx4g -jar ...)", err.strip());
        assertTrue(Files.notExists(output));
    }
}
