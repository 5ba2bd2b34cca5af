package io.github.inpaint4j.gan.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.data.MaskMix;
import io.github.inpaint4j.gan.internal.GeneratorTensors;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderTest {

    @Test
    void readsPngJpegAndBmpFilesRecursivelyInPathOrder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub/deeper"));
        ImageFiles.write(SyntheticImages.gradient(20, 20), dir.resolve("b.png"), false);
        ImageFiles.write(SyntheticImages.gradient(20, 20), dir.resolve("sub/deeper/a.JPG"), false);
        ImageFiles.write(SyntheticImages.gradient(20, 20), dir.resolve("sub/c.jpeg"), false);
        ImageFiles.write(SyntheticImages.gradient(20, 20), dir.resolve("sub/b.bmp"), false);
        Files.writeString(dir.resolve("readme.txt"), "text");
        Files.writeString(dir.resolve("notes.gif.txt"), "text");
        assertEquals(List.of(dir.resolve("b.png"), dir.resolve("sub/b.bmp"), dir.resolve("sub/c.jpeg"),
                        dir.resolve("sub/deeper/a.JPG")),
                ImageFolder.imageFiles(dir));
        assertEquals(4, ImageFolder.load(dir, 16).pictures().size());
    }

    @Test
    void skipsUnreadableAndTooSmallFilesWithAWarningNamingThem(@TempDir Path dir) throws IOException {
        ImageFiles.write(SyntheticImages.gradient(20, 20), dir.resolve("good.png"), false);
        ImageFiles.write(SyntheticImages.gradient(20, 10), dir.resolve("small.png"), false);
        Files.writeString(dir.resolve("broken.png"), "this is not a PNG");
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ImageFolder folder;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            folder = ImageFolder.load(dir, 16);
        } finally {
            System.setErr(original);
        }
        assertEquals(List.of(dir.resolve("good.png")), folder.pictures().stream().map(Picture::file).toList());
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("skipping " + dir.resolve("broken.png")), log);
        assertTrue(log.contains("skipping " + dir.resolve("small.png") + ": 20×10 is smaller than the 16×16"), log);
    }

    @Test
    void picturesAboveThePixelLimitAreSkipped(@TempDir Path dir) throws IOException {
        ImageFiles.write(SyntheticImages.gradient(20, 20), dir.resolve("a.png"), false);
        ImageFiles.write(SyntheticImages.gradient(30, 20), dir.resolve("b.png"), false);
        ImageFolder folder = ImageFolder.load(dir, 16, ReadOptions.defaults().withMaxPixels(400));
        assertEquals(List.of(dir.resolve("a.png")), folder.pictures().stream().map(Picture::file).toList());
        IOException e = assertThrows(IOException.class,
                () -> ImageFolder.load(dir, 16, ReadOptions.defaults().withMaxPixels(399)));
        assertTrue(e.getMessage().contains("2 skipped"), e.getMessage());
    }

    @Test
    void aFileIsNotAFolder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.png"), "x");
        assertThrows(NotDirectoryException.class, () -> ImageFolder.load(file, 16));
    }

    @Test
    void holdsOutAFractionChosenByTheSeed(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 10; i++) {
            ImageFiles.write(SyntheticImages.noise(16, 16, i), dir.resolve("p" + i + ".png"), false);
        }
        ImageFolder folder = ImageFolder.load(dir, 16);
        ImageFolder.Split a = folder.split(0.2, 1);
        assertEquals(8, a.training().size());
        assertEquals(2, a.validation().size());
        assertEquals(a, folder.split(0.2, 1));
        assertNotEquals(a.validation(), folder.split(0.2, 2).validation());
        assertEquals(0, folder.split(0, 1).validation().size());
        assertEquals(1, folder.split(0.01, 1).validation().size());
    }

    @Test
    void cropsAndFlipsInSignedRange() {
        RgbImage image = SyntheticImages.gradient(5, 4);
        Picture p = Picture.of(Path.of("g.png"), image);
        float[] plain = new float[3 * 9];
        float[] flipped = new float[3 * 9];
        GeneratorTensors.writeSigned(p.crop(1, 1, 3, false), plain, 0);
        GeneratorTensors.writeSigned(p.crop(1, 1, 3, true), flipped, 0);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 3; x++) {
                    float expected = 2 * (Math.round(image.get(1 + x, 1 + y, c) * 255) / 255f) - 1;
                    assertEquals(expected, plain[c * 9 + y * 3 + x], 1e-6f);
                    assertEquals(expected, flipped[c * 9 + y * 3 + 2 - x], 1e-6f);
                }
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.crop(3, 0, 3));
        assertTrue(e.getMessage().contains("not inside the 5×4 picture g.png"), e.getMessage());
    }

    /** With every crop drawn grey, every real crop and every known input sample has R = G = B. */
    @Test
    void greyCropsAreGrey() {
        List<Picture> pictures = List.of(Picture.of(Path.of("a"), SyntheticImages.gradient(30, 30)));
        Batch b = new BatchSampler(pictures, 16, 4, 9, MaskMix.defaults().generator(), 0, 1).batch(1);
        int plane = 16 * 16;
        for (int i = 0; i < 4; i++) {
            for (int p = 0; p < plane; p++) {
                float r = b.real()[i * 3 * plane + p];
                assertEquals(r, b.real()[i * 3 * plane + plane + p]);
                assertEquals(r, b.real()[i * 3 * plane + 2 * plane + p]);
            }
        }
        Batch colour = new BatchSampler(pictures, 16, 4, 9, MaskMix.defaults().generator(), 0, 0).batch(1);
        int coloured = 0;
        for (int p = 0; p < plane; p++) {
            coloured += colour.real()[p] != colour.real()[plane + p] ? 1 : 0;
        }
        assertTrue(coloured > plane / 2, "without grey crops the gradient keeps its colour");
    }

    @Test
    void theBatchOfAStepDependsOnlyOnTheSeedAndTheStep() {
        List<Picture> pictures = List.of(Picture.of(Path.of("a"), SyntheticImages.noise(30, 30, 1)),
                Picture.of(Path.of("b"), SyntheticImages.noise(20, 40, 2)));
        BatchSampler sampler = new BatchSampler(pictures, 16, 4, 9, MaskMix.defaults().generator(), 0.5, 0);
        Batch b7 = sampler.batch(7);
        sampler.batch(3);
        Batch again = new BatchSampler(pictures, 16, 4, 9, MaskMix.defaults().generator(), 0.5, 0).batch(7);
        assertEquals(java.util.Arrays.toString(b7.real()), java.util.Arrays.toString(again.real()));
        assertEquals(java.util.Arrays.toString(b7.input()), java.util.Arrays.toString(again.input()));
        assertEquals(java.util.Arrays.toString(b7.mask()), java.util.Arrays.toString(again.mask()));
        assertNotEquals(java.util.Arrays.toString(b7.real()), java.util.Arrays.toString(sampler.batch(8).real()));
        for (float v : b7.real()) {
            assertTrue(v >= -1 && v <= 1, "sample " + v);
        }
        int plane = 16 * 16;
        for (int i = 0; i < 4; i++) {
            float holes = 0;
            for (int j = 0; j < plane; j++) {
                holes += b7.mask()[i * plane + j];
            }
            assertTrue(holes > 0 && holes < plane, "crop " + i + " has " + holes + " hole pixels");
        }
    }

    /**
     * A guided crop's hole holds the guide's samples, marked in the guide plane; its known samples
     * stay the crop's; the guide is asked for at 2× or 4×, with the crop's own mask.
     */
    @Test
    void guidedHolesHoldTheGuidesSamples() {
        List<Picture> pictures = List.of(Picture.of(Path.of("a"), SyntheticImages.noise(30, 30, 1)));
        List<Integer> factors = new java.util.ArrayList<>();
        Guides flat = (crop, mask, factor) -> {
            assertEquals(16, crop.width());
            assertEquals(16, mask.width());
            factors.add(factor);
            return RgbImage.filled(crop.width(), crop.height(), 0.25f, 0.5f, 0.75f);
        };
        BatchSampler sampler = new BatchSampler(pictures, 16, 4, 9, MaskMix.defaults().generator(), 1, 0);
        Batch b = sampler.batch(5, flat);
        assertEquals(4, factors.size());
        assertTrue(factors.stream().allMatch(f -> f == 2 || f == 4), factors.toString());
        int plane = 16 * 16;
        int planes = GeneratorTensors.INPUT_PLANES;
        float[] guide = {-0.5f, 0f, 0.5f};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < plane; j++) {
                boolean hole = b.mask()[i * plane + j] == 1f;
                for (int c = 0; c < 3; c++) {
                    float in = b.input()[i * planes * plane + c * plane + j];
                    assertEquals(hole ? guide[c] : b.real()[i * 3 * plane + c * plane + j], in, "crop " + i);
                }
                assertEquals(hole ? 1f : 0f, b.input()[i * planes * plane + GeneratorTensors.GUIDE_PLANE * plane + j]);
            }
        }
        assertEquals(java.util.Arrays.toString(sampler.batch(5, flat).input()), java.util.Arrays.toString(b.input()));
        assertNotEquals(java.util.Arrays.toString(sampler.batch(5).input()), java.util.Arrays.toString(b.input()),
                "the truth's guides are not flat");
    }
}
