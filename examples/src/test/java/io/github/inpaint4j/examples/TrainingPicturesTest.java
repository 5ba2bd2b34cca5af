package io.github.inpaint4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingPicturesTest {

    @Test
    void writesEachLongerSideAndNeverEnlarges(@TempDir Path dir) throws IOException {
        Path picture = dir.resolve("wide.png");
        ImageFiles.write(SyntheticImages.gradient(40, 20), picture, false);
        List<Path> written = TrainingPictures.write(picture, List.of(10, 100), dir);
        assertEquals(List.of(dir.resolve("wide-10.png"), dir.resolve("wide-100.png")), written);
        RgbImage small = ImageFiles.read(written.get(0));
        assertEquals(List.of(10, 5), List.of(small.width(), small.height()));
        RgbImage kept = ImageFiles.read(written.get(1));
        assertEquals(List.of(40, 20), List.of(kept.width(), kept.height()), "never enlarged");
        assertThrows(FileAlreadyExistsException.class, () -> TrainingPictures.write(picture, List.of(10), dir));
    }
}
