package io.github.inpaint4j.bench;

import io.github.inpaint4j.Resampling;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A picture to bench, with the name its rows and montage carry.
 *
 * @param name non-blank, no line break
 * @param image the picture; the bench brings it to its square size
 */
public record BenchPicture(String name, RgbImage image) {

    private static final Logger LOG = LoggerFactory.getLogger(BenchPicture.class);

    /** @throws IllegalArgumentException if the name is blank or has a line break */
    public BenchPicture {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        if (name.isBlank() || name.matches("(?s).*[\\r\\n].*")) {
            throw new IllegalArgumentException("picture name must be non-blank without line breaks, got '"
                    + name + "'");
        }
    }

    /**
     * {@link #readFolder(Path, int, ReadOptions)} with the {@linkplain ReadOptions#defaults() default
     * read options}.
     */
    public static List<BenchPicture> readFolder(Path folder, int size) throws IOException {
        return readFolder(folder, size, ReadOptions.defaults());
    }

    /**
     * The pictures of {@code folder} and its sub-folders ({@link ImageFiles#list}), each brought to
     * {@code size × size} as it is read ({@link Resampling#centreSquare}), so a folder of large photos
     * does not fill the memory. A picture is named by its path in the folder without the extension
     * ({@code trips/beach}); the extension is kept when two files would share a name (or the name
     * would be empty: {@code .png}). A file that
     * cannot be read (or is larger than the options allow) is skipped with a warning naming it.
     *
     * @throws java.nio.file.NoSuchFileException if the folder does not exist
     * @throws java.nio.file.NotDirectoryException if it is a file
     * @throws IllegalArgumentException if {@code size} is not positive
     * @throws IOException if no picture in it can be read (the message says how many files were tried)
     */
    public static List<BenchPicture> readFolder(Path folder, int size, ReadOptions options) throws IOException {
        if (size < 1) {
            throw new IllegalArgumentException("picture size must be positive, got " + size);
        }
        List<Path> files = ImageFiles.list(folder);
        List<BenchPicture> pictures = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            String name = relative.substring(0, relative.lastIndexOf('.'));
            if (name.isBlank() || name.endsWith("/") || !names.add(name)) {
                name = relative;
                names.add(name);
            }
            try {
                pictures.add(new BenchPicture(name, Resampling.centreSquare(ImageFiles.read(file, options), size)));
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("skipping {}: {}", file, e.getMessage());
            }
        }
        if (pictures.isEmpty()) {
            throw new IOException("no readable picture in " + folder + " (" + files.size()
                    + " picture files found)");
        }
        return pictures;
    }
}
