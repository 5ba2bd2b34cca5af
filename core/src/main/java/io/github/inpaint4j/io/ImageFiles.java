package io.github.inpaint4j.io;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes images and masks. PNG, JPEG and BMP are supported (GIF reads too, through
 * ImageIO); the format of a file read is recognised from its content, the format of a file written
 * from its name. Files are written 8-bit and atomically (see {@link AtomicFiles}).
 */
public final class ImageFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ImageFiles.class);

    /** JPEG quality used when writing. */
    public static final float JPEG_QUALITY = 0.95f;

    private ImageFiles() {
    }

    /**
     * The PNG, JPEG and BMP files under {@code folder} and its sub-folders (by extension, any case),
     * sorted by path.
     *
     * @throws NoSuchFileException if the folder does not exist
     * @throws NotDirectoryException if it is a file
     */
    public static List<Path> list(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "folder does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).filter(ImageFiles::hasImageExtension).sorted().toList();
        }
    }

    private static boolean hasImageExtension(Path file) {
        try {
            ImageFormat.fromFileName(file);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Reads an image file as RGB (conversion rules in {@link BufferedImages}).
     *
     * @throws NoSuchFileException if the file does not exist
     * @throws ImageReadException naming the file if it is a folder, not an image, or corrupt
     */
    public static RgbImage read(Path file) throws IOException {
        return BufferedImages.toRgbImage(readBufferedImage(file));
    }

    /**
     * Reads a mask file with the given rule.
     *
     * @throws ImageReadException as {@link #read}, or if the rule needs an alpha channel that the
     *     file does not have
     */
    public static Mask readMask(Path file, MaskRule rule) throws IOException {
        BufferedImage image = readBufferedImage(file);
        try {
            return rule.apply(image);
        } catch (IllegalArgumentException e) {
            throw new ImageReadException(file, e.getMessage(), e);
        }
    }

    /**
     * Reads an image file as ImageIO decodes it.
     *
     * @throws NoSuchFileException if the file does not exist
     * @throws ImageReadException naming the file if it is a folder, not an image, or corrupt
     */
    public static BufferedImage readBufferedImage(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new ImageReadException(file, "it is a folder, not an image file", null);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new ImageReadException(file, "the file cannot be opened", null);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageReadException(file, "not a PNG, JPEG or BMP image (unrecognised content)", null);
            }
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            try {
                reader.setInput(in, true, true);
                BufferedImage image = reader.read(0);
                checkWarnings(file, reader.getFormatName(), warnings);
                return image;
            } catch (ImageReadException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new ImageReadException(file, "corrupt or truncated " + reader.getFormatName() + " data ("
                        + e.getMessage() + ")", e);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Decoders report a truncated file as a warning and return an image whose missing part is
     * grey; that is an error here. Other warnings (stray bytes the decoder skipped) are logged.
     */
    private static void checkWarnings(Path file, String format, List<String> warnings) throws ImageReadException {
        for (String warning : warnings) {
            String w = warning.toLowerCase(Locale.ROOT);
            if (w.contains("truncat") || w.contains("premature end")) {
                throw new ImageReadException(file, "corrupt or truncated " + format + " data (" + warning + ")", null);
            }
            LOG.warn("{}: {}", file, warning);
        }
    }

    /**
     * Writes {@code image} atomically in the format named by the file's extension.
     *
     * @param overwrite whether an existing file may be replaced
     * @throws IllegalArgumentException if the extension is not .png, .jpg, .jpeg or .bmp
     * @throws java.nio.file.FileAlreadyExistsException if the file exists and {@code overwrite} is false
     * @throws NoSuchFileException if the output folder does not exist
     */
    public static void write(RgbImage image, Path file, boolean overwrite) throws IOException {
        writeBufferedImage(BufferedImages.toBufferedImage(image), file, overwrite);
    }

    /** Writes a mask as a black-and-white image (white = hole), atomically. */
    public static void writeMask(Mask mask, Path file, boolean overwrite) throws IOException {
        writeBufferedImage(BufferedImages.toBufferedImage(mask), file, overwrite);
    }

    /**
     * Writes a picture drawn with Java2D (a chart, a montage) atomically, in the format named by the
     * file's extension.
     *
     * @throws IllegalArgumentException if the extension is not .png, .jpg, .jpeg or .bmp
     * @throws java.nio.file.FileAlreadyExistsException if the file exists and {@code overwrite} is false
     */
    public static void writeBufferedImage(BufferedImage image, Path file, boolean overwrite) throws IOException {
        ImageFormat format = ImageFormat.fromFileName(file);
        AtomicFiles.write(file, overwrite, temporary -> encode(image, format, temporary));
    }

    private static void encode(BufferedImage image, ImageFormat format, Path target) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.imageIoName());
        if (!writers.hasNext()) {
            throw new IOException("no ImageIO writer for " + format + " in this Java runtime");
        }
        ImageWriter writer = writers.next();
        Files.deleteIfExists(target);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
