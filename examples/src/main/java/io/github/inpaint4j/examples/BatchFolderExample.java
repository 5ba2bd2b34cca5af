package io.github.inpaint4j.examples;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.Resampling;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.masks.FreeFormMaskGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds a folder of photos with masks for measuring batch throughput ({@code inpaint batch} and
 * the Spark job on the same pictures): {@code count} square photos cut from the source pictures at
 * seeded places and sizes and resampled to {@code size}, each with seeded DeepFill-style brush
 * strokes covering 5–15 % of it. The same sources and seed give the same folder, byte for byte.
 *
 * <p>Run: {@code java -cp examples/target/examples.jar io.github.inpaint4j.examples.BatchFolderExample
 * FOLDER COUNT SIZE SOURCE...}; it writes {@code FOLDER/images/photo-NN.png} and
 * {@code FOLDER/masks/photo-NN.png} and refuses to replace files that exist. The measurement in
 * docs/performance.md builds its folder from public-domain and CC0 scikit-image photos this way;
 * the folder is not committed.
 */
public final class BatchFolderExample {

    /** The seed of the cuts and the strokes. */
    public static final long SEED = 14;

    private BatchFolderExample() {
    }

    /**
     * Writes the folder.
     *
     * @param sources the pictures to cut from, each at least {@code size} on its shorter side
     * @param count the photos to make, at least 1
     * @param size the side of each photo, at least 16
     * @param folder where {@code images/} and {@code masks/} are made
     * @return the photos written, in order
     * @throws IllegalArgumentException for a count or size out of range, or a source smaller than {@code size}
     */
    public static List<Path> build(List<Path> sources, int count, int size, Path folder) throws IOException {
        if (sources.isEmpty() || count < 1 || size < 16) {
            throw new IllegalArgumentException("need sources, count >= 1 and size >= 16, got " + sources.size()
                    + " sources, count " + count + ", size " + size);
        }
        List<RgbImage> pictures = new ArrayList<>();
        for (Path source : sources) {
            RgbImage picture = ImageFiles.read(source);
            if (Math.min(picture.width(), picture.height()) < size) {
                throw new IllegalArgumentException(source + " is " + picture.width() + "×" + picture.height()
                        + ", smaller than " + size + " on a side");
            }
            pictures.add(picture);
        }
        Path images = Files.createDirectories(folder.resolve("images"));
        Path masks = Files.createDirectories(folder.resolve("masks"));
        SplittableRandom random = new SplittableRandom(SEED);
        FreeFormMaskGenerator strokes = FreeFormMaskGenerator.withCoverage(0.05, 0.15);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RgbImage source = pictures.get(i % pictures.size());
            int shorter = Math.min(source.width(), source.height());
            int side = size + random.nextInt(shorter - size + 1);
            int x = random.nextInt(source.width() - side + 1);
            int y = random.nextInt(source.height() - side + 1);
            RgbImage photo = Resampling.resize(source.crop(new Rect(x, y, side, side)), size, size);
            Mask holes = strokes.generate(size, size, SEED + i);
            String name = String.format("photo-%02d.png", i);
            ImageFiles.write(photo, images.resolve(name), false);
            ImageFiles.writeMask(holes, masks.resolve(name), false);
            written.add(images.resolve(name));
        }
        return written;
    }

    /** Builds the folder named by the arguments: FOLDER COUNT SIZE SOURCE... */
    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: BatchFolderExample FOLDER COUNT SIZE SOURCE...");
            System.exit(2);
        }
        List<Path> sources = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            sources.add(Path.of(args[i]));
        }
        List<Path> written = build(sources, Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[0]));
        System.out.println(written.size() + " photos with masks in " + args[0]);
    }
}
