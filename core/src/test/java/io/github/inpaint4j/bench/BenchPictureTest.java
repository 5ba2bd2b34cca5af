package io.github.inpaint4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Resampling;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchPictureTest {

    @TempDir
    Path dir;

    private Path write(String name, RgbImage image) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        ImageFiles.write(image, file, false);
        return file;
    }

    @Test
    void readsEveryPictureOfTheFolderTreeAtTheBenchSize() throws IOException {
        Path aBmp = write("a.bmp", SyntheticImages.checkerboard(36, 30, 4));
        Path aPng = write("a.png", SyntheticImages.gradient(40, 40));
        Path y = write("sub/deeper/y.BMP", SyntheticImages.stripes(33, 50, 6));
        Path x = write("sub/x.jpg", SyntheticImages.gradient(48, 32));
        Path comma = write("b, c.png", SyntheticImages.gradient(32, 32));
        Path unnamed = write(".png", SyntheticImages.gradient(32, 32));
        Files.writeString(dir.resolve("fake.png"), "not an image");
        Files.writeString(dir.resolve("notes.txt"), "not a picture either");

        List<BenchPicture> pictures = BenchPicture.readFolder(dir, 32);

        assertEquals(List.of(".png", "a", "a.png", "b, c", "sub/deeper/y", "sub/x"),
                pictures.stream().map(BenchPicture::name).toList(), "relative paths without extension, sorted; the"
                        + " second 'a' and the nameless '.png' keep their extension; fake.png is skipped");
        List<Path> files = List.of(unnamed, aBmp, aPng, comma, y, x);
        for (int i = 0; i < files.size(); i++) {
            RgbImage image = pictures.get(i).image();
            assertEquals(32, image.width());
            assertEquals(32, image.height());
            assertEquals(Resampling.centreSquare(ImageFiles.read(files.get(i)), 32), image, pictures.get(i).name());
        }
    }

    @Test
    void picturesAlreadyAtTheSizeAreReadAsTheyAre() throws IOException {
        RgbImage image = eightBit(32, 32);
        write("p.png", image);
        List<BenchPicture> pictures = BenchPicture.readFolder(dir, 32);
        assertEquals(1, pictures.size());
        assertEquals(image, pictures.get(0).image());
    }

    @Test
    void aFolderWithoutAReadablePictureIsAnError() throws IOException {
        Files.writeString(dir.resolve("fake.png"), "not an image");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/also-fake.JPG"), "nor this");
        Files.writeString(dir.resolve("readme.md"), "# pictures");
        IOException e = assertThrows(IOException.class, () -> BenchPicture.readFolder(dir, 32));
        assertFalse(e instanceof NoSuchFileException);
        assertTrue(e.getMessage().contains("no readable picture") && e.getMessage().contains(dir.toString())
                && e.getMessage().contains("2 picture files"), e.getMessage());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        e = assertThrows(IOException.class, () -> BenchPicture.readFolder(empty, 32));
        assertTrue(e.getMessage().contains("(0 picture files"), e.getMessage());
    }

    @Test
    void picturesAboveThePixelLimitAreSkipped() throws IOException {
        write("small.png", SyntheticImages.gradient(32, 32));
        write("large.png", SyntheticImages.gradient(40, 40));
        List<BenchPicture> pictures = BenchPicture.readFolder(dir, 32, ReadOptions.defaults().withMaxPixels(32 * 32));
        assertEquals(List.of("small"), pictures.stream().map(BenchPicture::name).toList());
        assertEquals(2, BenchPicture.readFolder(dir, 32, ReadOptions.defaults().withMaxPixels(40 * 40)).size());
    }

    @Test
    void aSizeBelowOneIsRefusedBeforeReading() throws IOException {
        write("p.png", SyntheticImages.gradient(8, 8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchPicture.readFolder(dir, 0));
        assertTrue(e.getMessage().contains("size must be positive, got 0"), e.getMessage());
    }

    @Test
    void aMissingFolderOrAFileIsNamed() throws IOException {
        Path missing = dir.resolve("missing");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> BenchPicture.readFolder(missing, 32));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        Path file = write("p.png", SyntheticImages.gradient(8, 8));
        assertThrows(NotDirectoryException.class, () -> BenchPicture.readFolder(file, 32));
    }

    /** A picture whose samples are exact 8-bit levels, so that a PNG keeps it bit for bit. */
    private static RgbImage eightBit(int width, int height) {
        float[] s = new float[3 * width * height];
        for (int i = 0; i < s.length; i++) {
            s[i] = ((i * 37) % 256) / 255f;
        }
        return RgbImage.fromPlanar(width, height, s);
    }
}
