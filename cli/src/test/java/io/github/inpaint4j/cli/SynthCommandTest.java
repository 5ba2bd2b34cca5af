package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {

    @TempDir
    Path dir;

    Path sample;
    Path output;

    @BeforeEach
    void writeSample() throws IOException {
        sample = dir.resolve("sample.png");
        output = dir.resolve("texture.png");
        ImageFiles.write(SyntheticImages.stripes(20, 20, 6), sample, false);
    }

    CliRun synth(String... extra) {
        String[] base = {"synth", "--sample", sample.toString(), "--output", output.toString(), "--no-progress"};
        return CliRun.of(Stream.concat(Arrays.stream(base), Arrays.stream(extra)).toArray(String[]::new));
    }

    @Test
    void growsATextureOfTheRequestedSize() throws IOException {
        CliRun run = synth("--width", "30", "--height", "18", "--window", "7", "--seed", "5", "--threads", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("synthesised 30×18 from") && run.out().contains("(20×20)"), run.out());
        RgbImage out = ImageFiles.read(output);
        assertEquals(30, out.width());
        assertEquals(18, out.height());
        for (int x = 0; x + 6 < 30; x++) {
            assertEquals(out.get(x, 9, 0), out.get(x + 6, 9, 0), "stripes of period 6 at column " + x);
        }
    }

    @Test
    void sameSeedSameTexture() throws IOException {
        assertEquals(0, synth("--width", "16", "--height", "16", "--window", "5", "--fast").exitCode());
        RgbImage first = ImageFiles.read(output);
        assertEquals(0, synth("--width", "16", "--height", "16", "--window", "5", "--fast", "--force").exitCode());
        assertEquals(first, ImageFiles.read(output));
    }

    @Test
    void badInputs() throws IOException {
        CliRun zero = synth("--width", "0", "--height", "10");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().contains("--width and --height must be in [1, 8192], got 0×10"), zero.err());
        CliRun evenWindow = synth("--width", "10", "--height", "10", "--window", "4");
        assertEquals(2, evenWindow.exitCode());
        assertTrue(evenWindow.err().contains("window must be odd and >= 3, got 4"), evenWindow.err());
        CliRun bigWindow = synth("--width", "10", "--height", "10", "--window", "21");
        assertEquals(1, bigWindow.exitCode());
        assertTrue(bigWindow.err().contains("sample of 20×20 is smaller than the 21×21 window"), bigWindow.err());
        assertEquals(2, synth("--width", "10").exitCode(), "--height is required");
        assertFalse(Files.exists(output));
        Files.writeString(output, "keep me");
        CliRun exists = synth("--width", "10", "--height", "10");
        assertEquals(1, exists.exitCode());
        assertTrue(exists.err().contains("--force"), exists.err());
        assertEquals("keep me", Files.readString(output));
    }
}
