package io.github.inpaint4j.gan;

import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small training folders for the tests. */
public final class TestData {

    private TestData() {
    }

    /**
     * Writes {@code count} PNG pictures of {@code side × side} into {@code folder} (created):
     * flat colours, gradients and stripes, each different.
     */
    public static Path pictures(Path folder, int count, int side) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            ImageFiles.write(picture(i, side), folder.resolve(String.format("p%02d.png", i)), false);
        }
        return folder;
    }

    /** Picture number {@code i}: a flat colour, a gradient or stripes, in turn. */
    public static RgbImage picture(int i, int side) {
        return switch (i % 3) {
            case 0 -> RgbImage.filled(side, side, 0.2f + 0.06f * (i % 10), 0.5f, 0.8f - 0.05f * (i % 10));
            case 1 -> SyntheticImages.gradient(side, side);
            default -> SyntheticImages.stripes(side, side, 4 + i % 5);
        };
    }
}
