package io.github.inpaint4j.examples;

import io.github.inpaint4j.Resampling;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prepares photos for GAN training: writes each picture shrunk so that its longer side is each of
 * the given sizes (never enlarged), as {@code NAME-SIZE.png}. A GAN learns the statistics of its
 * crops at the pictures' scale, so large photos are shrunk to the scale of the holes to fill, and
 * several scales of one photo give it more variety than one (docs/training.md).
 *
 * <p>Run: {@code java -cp examples/target/examples.jar io.github.inpaint4j.examples.TrainingPictures
 * OUTPUT-FOLDER SIZE[,SIZE...] PICTURE...}. Existing outputs are an error, not overwritten.
 */
public final class TrainingPictures {

    private TrainingPictures() {
    }

    /**
     * Writes {@code picture} at each longer side of {@code sides} into {@code folder}.
     *
     * @return the files written
     */
    public static List<Path> write(Path picture, List<Integer> sides, Path folder) throws IOException {
        RgbImage image = ImageFiles.read(picture);
        String name = picture.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        List<Path> written = new ArrayList<>();
        for (int side : sides) {
            double scale = Math.min(1.0, side / (double) Math.max(image.width(), image.height()));
            int w = Math.max(1, (int) Math.round(image.width() * scale));
            int h = Math.max(1, (int) Math.round(image.height() * scale));
            Path out = folder.resolve(String.format(Locale.ROOT, "%s-%d.png", name, side));
            ImageFiles.write(scale == 1.0 ? image : Resampling.resize(image, w, h), out, false);
            written.add(out);
        }
        return written;
    }

    /** Runs the tool; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: TrainingPictures OUTPUT-FOLDER SIZE[,SIZE...] PICTURE...");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        List<Integer> sides = new ArrayList<>();
        for (String s : args[1].split(",")) {
            int side = Integer.parseInt(s.trim());
            if (side < 1) {
                throw new IllegalArgumentException("sizes must be positive, got " + side);
            }
            sides.add(side);
        }
        for (int i = 2; i < args.length; i++) {
            for (Path out : write(Path.of(args[i]), sides, folder)) {
                System.out.println(out);
            }
        }
    }
}
