package io.github.inpaint4j.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchFolderExampleTest {

    @TempDir
    Path dir;

    @Test
    void buildsSeededPhotosWithStrokeMasks() throws IOException {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        ImageFiles.write(SyntheticImages.noise(60, 40, 1), a, false);
        ImageFiles.write(SyntheticImages.gradient(48, 48), b, false);
        List<Path> photos = BatchFolderExample.build(List.of(a, b), 5, 32, dir.resolve("one"));
        assertEquals(5, photos.size());
        for (Path photo : photos) {
            RgbImage picture = ImageFiles.read(photo);
            assertEquals(32, picture.width());
            assertEquals(32, picture.height());
            Mask holes = ImageFiles.readMask(dir.resolve("one/masks").resolve(photo.getFileName()), MaskRule.nonZero());
            double coverage = holes.holeCount() / (double) holes.pixelCount();
            assertTrue(coverage > 0.02 && coverage < 0.3, photo + ": " + coverage);
        }
        BatchFolderExample.build(List.of(a, b), 5, 32, dir.resolve("two"));
        for (Path photo : photos) {
            assertArrayEquals(Files.readAllBytes(photo),
                    Files.readAllBytes(dir.resolve("two/images").resolve(photo.getFileName())), "the same seed");
        }
        assertThrows(FileAlreadyExistsException.class, () -> BatchFolderExample.build(List.of(a), 1, 32, dir.resolve("one")));
        assertThrows(IllegalArgumentException.class, () -> BatchFolderExample.build(List.of(a), 1, 41, dir.resolve("x")));
    }
}
