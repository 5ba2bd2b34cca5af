package io.github.inpaint4j.gan.internal.data;

import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training pictures of a folder: every picture file in it and in its sub-folders
 * ({@link ImageFiles#list}), read in path order and kept in memory at 3 bytes per pixel. A file that cannot be read, or that is smaller than the training crops, is
 * skipped with a warning naming it.
 */
public final class ImageFolder {

    private static final Logger LOG = LoggerFactory.getLogger(ImageFolder.class);

    private final Path folder;
    private final List<Picture> pictures;

    private ImageFolder(Path folder, List<Picture> pictures) {
        this.folder = folder;
        this.pictures = List.copyOf(pictures);
    }

    /**
     * Reads the pictures of {@code folder} that are at least {@code minSide} pixels on each side.
     *
     * @throws NoSuchFileException if the folder does not exist
     * @throws NotDirectoryException if it is a file
     * @throws IOException if no usable picture is left (the message says how many files were skipped)
     */
    public static ImageFolder load(Path folder, int minSide) throws IOException {
        return load(folder, minSide, ReadOptions.defaults());
    }

    /**
     * Reads the pictures of {@code folder} that are at least {@code minSide} pixels on each side,
     * with the given read options; a picture larger than they allow is skipped with a warning.
     *
     * @throws NoSuchFileException if the folder does not exist
     * @throws NotDirectoryException if it is a file
     * @throws IOException if no usable picture is left (the message says how many files were skipped)
     */
    public static ImageFolder load(Path folder, int minSide, ReadOptions options) throws IOException {
        List<Path> files = imageFiles(folder);
        List<Picture> pictures = new ArrayList<>();
        int skipped = 0;
        for (Path file : files) {
            try {
                Picture p = Picture.of(file, ImageFiles.read(file, options));
                if (p.width() < minSide || p.height() < minSide) {
                    LOG.warn("skipping {}: {}×{} is smaller than the {}×{} training crops", file, p.width(), p.height(),
                            minSide, minSide);
                    skipped++;
                } else {
                    pictures.add(p);
                }
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("skipping {}: {}", file, e.getMessage());
                skipped++;
            }
        }
        if (pictures.isEmpty()) {
            throw new IOException("no usable training picture in " + folder + ": " + files.size()
                    + " picture files found, " + skipped + " skipped (unreadable or smaller than " + minSide + "×"
                    + minSide + ")");
        }
        LOG.info("{} pictures read from {} ({} skipped)", pictures.size(), folder, skipped);
        return new ImageFolder(folder, pictures);
    }

    /**
     * The picture files under {@code folder}: {@link ImageFiles#list}, with the folder named as the
     * training folder when it is missing.
     *
     * @throws NoSuchFileException if the folder does not exist
     * @throws NotDirectoryException if it is a file
     */
    public static List<Path> imageFiles(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "training folder does not exist");
        }
        return ImageFiles.list(folder);
    }

    /** The folder read. */
    public Path folder() {
        return folder;
    }

    /** The pictures, in path order. */
    public List<Picture> pictures() {
        return pictures;
    }

    /**
     * Splits the pictures into training and held-out ones: {@code round(fraction · n)} pictures,
     * at least one when {@code fraction > 0} and at least two pictures exist, are drawn with
     * {@code seed}; the training part keeps at least one picture.
     *
     * @throws IllegalArgumentException if the fraction is outside [0, 0.5]
     */
    public Split split(double fraction, long seed) {
        if (!(fraction >= 0 && fraction <= 0.5)) {
            throw new IllegalArgumentException("held-out fraction must be in [0, 0.5], got " + fraction);
        }
        int n = pictures.size();
        int heldOut = fraction == 0 || n < 2 ? 0 : Math.max(1, (int) Math.round(fraction * n));
        List<Picture> shuffled = new ArrayList<>(pictures);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return new Split(shuffled.subList(heldOut, n), shuffled.subList(0, heldOut));
    }

    /**
     * Pictures to train on and pictures held out for validation.
     *
     * @param training at least one picture
     * @param validation possibly none
     */
    public record Split(List<Picture> training, List<Picture> validation) {
        /** Copies both lists. */
        public Split {
            training = List.copyOf(training);
            validation = List.copyOf(validation);
        }
    }
}
