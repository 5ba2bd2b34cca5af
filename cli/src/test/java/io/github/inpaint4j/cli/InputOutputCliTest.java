package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.NamedPipes;
import io.github.inpaint4j.testing.SmallFileSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs that would destroy an input or cannot be written, and inputs that are pipes. */
class InputOutputCliTest {

    @TempDir
    Path dir;

    Path image;
    Path mask;
    byte[] imageBytes;
    byte[] maskBytes;

    @BeforeEach
    void writeInputs() throws IOException {
        Files.createDirectories(dir.resolve("pictures"));
        image = dir.resolve("pictures/in.png");
        mask = dir.resolve("pictures/mask.png");
        ImageFiles.write(SyntheticImages.noise(40, 30, 1), image, false);
        ImageFiles.writeMask(Mask.fromRectangles(40, 30, new Rect(10, 8, 12, 9)), mask, false);
        imageBytes = Files.readAllBytes(image);
        maskBytes = Files.readAllBytes(mask);
    }

    CliRun fill(Path picture, Path output, String... extra) {
        return CliRun.of(Stream.concat(Stream.of("fill", "--method", "telea", "--image", picture.toString(), "--mask",
                mask.toString(), "--output", output.toString(), "--no-progress", "--force"), Stream.of(extra))
                .toArray(String[]::new));
    }

    void assertRefusedNamingBoth(CliRun run, Path output, Path input) throws IOException {
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().startsWith("inpaint: error: " + output + ": is the same file as the input " + input),
                run.err());
        assertArrayEquals(imageBytes, Files.readAllBytes(image), "the picture is untouched");
        assertArrayEquals(maskBytes, Files.readAllBytes(mask), "the mask is untouched");
    }

    @Test
    void anOutputThatIsThePictureOrTheMaskIsRefusedEvenWithForce() throws IOException {
        assertRefusedNamingBoth(fill(image, image), image, image);
        Path spelled = dir.resolve("pictures/./../pictures/mask.png");
        assertRefusedNamingBoth(fill(image, spelled), spelled, mask);
    }

    @Test
    void linksToAnInputAreTheInput() throws IOException {
        Path symlink = Files.createSymbolicLink(dir.resolve("link.png"), image);
        assertRefusedNamingBoth(fill(image, symlink), symlink, image);
        // the picture given through a link, the output its target
        assertRefusedNamingBoth(fill(symlink, image), image, symlink);
        Path hardLink = Files.createLink(dir.resolve("hard.png"), mask);
        assertRefusedNamingBoth(fill(image, hardLink), hardLink, mask);
    }

    @Test
    void aSampleTextureIsAnInputToo() throws IOException {
        Path sample = dir.resolve("texture.png");
        ImageFiles.write(SyntheticImages.stripes(20, 20, 4), sample, false);
        byte[] before = Files.readAllBytes(sample);
        CliRun run = CliRun.of("fill", "--method", "efros-leung", "--window", "5", "--sample", sample.toString(),
                "--image", image.toString(), "--mask", mask.toString(), "--output", sample.toString(), "--force",
                "--no-progress");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("same file as the input " + sample), run.err());
        assertArrayEquals(before, Files.readAllBytes(sample));
        CliRun synth = CliRun.of("synth", "--sample", sample.toString(), "--width", "8", "--height", "8", "--output",
                sample.toString(), "--force", "--no-progress");
        assertEquals(1, synth.exitCode(), synth.err());
        assertTrue(synth.err().contains("same file as the input " + sample), synth.err());
        assertArrayEquals(before, Files.readAllBytes(sample));
    }

    @Test
    void anOutputThatIsAFolderIsRefusedBeforeAnyWork() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out.png"));
        // the picture does not exist: the output is checked first, so the error is about the folder
        CliRun run = fill(dir.resolve("missing.png"), folder);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("inpaint: error: " + folder + ": is a folder; the output must be a file", run.err().strip());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file beside the folder");
        }
    }

    @Test
    void aFullDiskNamesTheFileAndTheCause() throws Exception {
        ImageFiles.write(SyntheticImages.noise(256, 256, 4), image, true);
        ImageFiles.writeMask(Mask.fromRectangles(256, 256, new Rect(100, 100, 8, 8)), mask, true);
        try (SmallFileSystem disk = SmallFileSystem.mount(dir.resolve("small"), 64)) {
            Path output = disk.root().resolve("out.png");
            CliRun run = fill(image, output);
            assertEquals(1, run.exitCode(), run.err());
            assertEquals("inpaint: error: " + output + ": cannot write it: No space left on device", run.err().strip());
            try (Stream<Path> left = Files.list(disk.root())) {
                assertEquals(0, left.count(), "no partial output or temporary file");
            }
        }
    }

    @Test
    void picturesAndMasksAreReadFromPipes() throws Exception {
        Path picturePipe = NamedPipes.feeding(dir.resolve("picture-pipe"), imageBytes);
        Path maskPipe = NamedPipes.feeding(dir.resolve("mask-pipe"), maskBytes);
        Path output = dir.resolve("out.png");
        CliRun run = CliRun.of("fill", "--method", "telea", "--image", picturePipe.toString(), "--mask",
                maskPipe.toString(), "--output", output.toString(), "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("filled 108 hole pixels"), run.out());
        CliRun fromFiles = fill(image, dir.resolve("from-files.png"));
        assertEquals(0, fromFiles.exitCode(), fromFiles.err());
        assertEquals(ImageFiles.read(dir.resolve("from-files.png")), ImageFiles.read(output));
    }
}
