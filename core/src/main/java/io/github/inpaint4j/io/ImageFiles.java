package io.github.inpaint4j.io;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes images and masks. Reads PNG, JPEG, BMP, GIF (the first frame) and TIFF (the
 * first page); writes PNG, JPEG, BMP and TIFF. The format of a file read is recognised from its
 * content, the format of a file written from its name. Files are written atomically (see
 * {@link AtomicFiles}).
 *
 * <p>Depth and metadata: {@link #readPicture} reads a picture with its depth (8 or 16 bits, or
 * 32-bit float: {@link BitDepth}), its format and its EXIF, ICC profile and XMP
 * ({@link ImageMetadata}), and {@link #write(Picture, Path, boolean, WriteOptions)} writes it back
 * with them. {@link #read} gives the pixels alone, {@link #write(RgbImage, Path, boolean)} writes
 * 8-bit colour without metadata.
 *
 * <p>Reading ({@link ReadOptions} holds the settings):
 * <ul>
 *   <li>the pixel count in the header is checked against {@link ReadOptions#maxPixels()} before
 *       any pixel is decoded ({@link ImageTooLargeException});</li>
 *   <li>the orientation recorded by a JPEG's EXIF data or a TIFF's orientation tag is applied, so
 *       pictures and masks come back as viewers show them (a 90° turn swaps width and height);</li>
 *   <li>CMYK and YCCK JPEGs and CMYK TIFFs are converted to RGB as web browsers and other
 *       decoders convert them without colour management ({@code R = (1 − C)(1 − K)} and so on;
 *       four-channel JPEGs hold inverted ink, as Adobe's software writes them);</li>
 *   <li>an embedded ICC profile is never applied: samples come as stored (JDK's JPEG decoder, which
 *       would convert them to sRGB, is given the file without its profile), and the profile is
 *       carried in the {@link Picture}'s metadata to the output;</li>
 *   <li>a float picture with a NaN or infinite sample is refused, naming the file and the pixel;</li>
 *   <li>a file that is not a regular file (a pipe such as {@code <(cat in.png)}, {@code /dev/stdin})
 *       is read as a stream, at most {@link ReadOptions#maxStreamBytes()} bytes of it;</li>
 *   <li>a mask read with the default rule from a lossy file (JPEG) gives a warning that points to
 *       a threshold rule.</li>
 * </ul>
 */
public final class ImageFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ImageFiles.class);

    /** JPEG quality used when writing, unless {@link WriteOptions#jpegQuality()} says otherwise. */
    public static final float JPEG_QUALITY = WriteOptions.DEFAULT_JPEG_QUALITY;

    /** Extensions of the files {@link #list} finds, lower case: the formats read. */
    public static final Set<String> PICTURE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif", "tif", "tiff");

    private ImageFiles() {
    }

    /**
     * The picture files under {@code folder} and its sub-folders (PNG, JPEG, BMP, GIF and TIFF, by
     * extension, any case), sorted by path.
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
            return all.filter(Files::isRegularFile).filter(f -> hasPictureExtension(f.getFileName().toString()))
                    .sorted().toList();
        }
    }

    /** Whether a file name has the extension of a format read (PNG, JPEG, BMP, GIF, TIFF; any case), as {@link #list} finds them. */
    public static boolean hasPictureExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && PICTURE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Reads an image file as RGB with the {@linkplain ReadOptions#defaults() default options}.
     *
     * @see #read(Path, ReadOptions)
     */
    public static RgbImage read(Path file) throws IOException {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads an image file as RGB (conversion rules in {@link BufferedImages}).
     *
     * @throws NoSuchFileException if the file does not exist
     * @throws ImageTooLargeException if its header claims more than {@link ReadOptions#maxPixels()}
     * @throws ImageReadException naming the file if it is a folder, not an image, or corrupt
     */
    public static RgbImage read(Path file, ReadOptions options) throws IOException {
        return readPicture(file, options).image();
    }

    /**
     * Reads a picture with its depth, format and metadata (see {@link Picture}), to be written back
     * with {@link #write(Picture, Path, boolean, WriteOptions)}.
     *
     * @throws NoSuchFileException if the file does not exist
     * @throws ImageTooLargeException if its header claims more than {@link ReadOptions#maxPixels()}
     * @throws ImageReadException naming the file if it is a folder, not an image, corrupt, or a float
     *     picture with a NaN or infinite sample (the message names the pixel)
     * @since 0.2.0
     */
    public static Picture readPicture(Path file, ReadOptions options) throws IOException {
        Decoded decoded = decode(file, options);
        return PictureSamples.decode(decoded.image(), decoded.format(), decoded.metadata(), file);
    }

    /**
     * Reads a mask file with the given rule and the {@linkplain ReadOptions#defaults() default options}.
     *
     * @see #readMask(Path, MaskRule, ReadOptions)
     */
    public static Mask readMask(Path file, MaskRule rule) throws IOException {
        return readMask(file, rule, ReadOptions.defaults());
    }

    /**
     * Reads a mask file with the given rule. A lossy file (JPEG) read with {@link MaskRule#nonZero()}
     * gives a warning ({@link ReadOptions#warnings()}): its compression noise turns near-black
     * pixels around the drawn holes into holes, which a {@link MaskRule#threshold} rule avoids.
     *
     * @throws ImageReadException as {@link #read(Path, ReadOptions)}, or if the rule needs an alpha
     *     channel that the file does not have
     */
    public static Mask readMask(Path file, MaskRule rule, ReadOptions options) throws IOException {
        Decoded decoded = decode(file, options);
        if (decoded.lossy() && rule.kind() == MaskRule.Kind.NON_ZERO) {
            options.warnings().accept("mask " + file + " is compressed with loss (JPEG): its compression noise"
                    + " makes holes of near-black pixels under the rule nonzero; read it with the rule threshold=T"
                    + " (e.g. threshold=0.5), or save the mask as PNG");
        }
        try {
            return rule.apply(decoded.image());
        } catch (IllegalArgumentException e) {
            throw new ImageReadException(file, e.getMessage(), e);
        }
    }

    /**
     * Reads an image file as decoded, with the {@linkplain ReadOptions#defaults() default options}.
     *
     * @see #readBufferedImage(Path, ReadOptions)
     */
    public static BufferedImage readBufferedImage(Path file) throws IOException {
        return readBufferedImage(file, ReadOptions.defaults());
    }

    /**
     * Reads an image file as ImageIO decodes it, turned to its recorded orientation and with CMYK
     * converted to RGB (see the class comment).
     *
     * @throws NoSuchFileException if the file does not exist
     * @throws ImageTooLargeException if its header claims more than {@link ReadOptions#maxPixels()}
     * @throws ImageReadException naming the file if it is a folder, not an image, or corrupt
     */
    public static BufferedImage readBufferedImage(Path file, ReadOptions options) throws IOException {
        return decode(file, options).image();
    }

    /**
     * A decoded file.
     *
     * @param image the picture, oriented and in RGB
     * @param lossy whether its pixels were compressed with loss
     * @param format the file's format, as the library writes it
     * @param metadata its metadata, edited for the oriented picture
     */
    private record Decoded(BufferedImage image, boolean lossy, ImageFormat format, ImageMetadata metadata) {
    }

    /**
     * Checks from the file's header, decoding no pixel, that it is a picture this library reads and within
     * {@code options}' pixel limit: for a server or a queue that refuses a picture before it costs a decode.
     *
     * @throws ImageTooLargeException if it claims more pixels than allowed
     * @throws ImageReadException naming the file if it is not a picture or its header is corrupt
     * @throws java.nio.file.NoSuchFileException if it does not exist
     */
    public static void checkHeader(Path file, ReadOptions options) throws IOException {
        withReader(file, options, (in, reader) -> {
            reader.setInput(in, true, true);
            checkSize(file, reader, options);
            return null;
        });
    }

    /** What is done with an opened picture's decoder. */
    @FunctionalInterface
    private interface ReaderAction<T> {
        T apply(ImageInputStream in, ImageReader reader) throws IOException;
    }

    private static Decoded decode(Path file, ReadOptions options) throws IOException {
        return withReader(file, options, (in, reader) -> {
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            ImageHeader header = ImageHeader.read(in, reader.getFormatName());
            MetadataReader.Found found = MetadataReader.read(in, reader.getFormatName());
            reader.setInput(found.jpegIcc() ? JpegIcc.without(in) : in, true, true);
            checkSize(file, reader, options);
            BufferedImage image = header.cmykJpeg()
                    ? CmykConversion.fromJpeg(reader.readRaster(0, null), header.adobeTransform() == ImageHeader.ADOBE_YCCK)
                    : reader.read(0);
            checkWarnings(file, reader.getFormatName(), warnings, options);
            if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
                image = CmykConversion.fromInk(image);
            }
            boolean turned = options.applyOrientation() && header.orientation() != Orientation.NORMAL;
            if (turned) {
                LOG.debug("{}: turned to its recorded orientation {}", file, header.orientation().value());
                image = header.orientation().apply(image);
            }
            return new Decoded(image, header.lossy(), formatOf(reader.getFormatName()),
                    forDecoded(found.metadata(), turned, file, options));
        });
    }

    /** The format a picture decoded by ImageIO's reader of {@code name} is written back in: its own, PNG for a GIF. */
    private static ImageFormat formatOf(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "jpeg", "jpg" -> ImageFormat.JPEG;
            case "bmp" -> ImageFormat.BMP;
            case "tif", "tiff" -> ImageFormat.TIFF;
            default -> ImageFormat.PNG;
        };
    }

    /**
     * The metadata as read, made true of the decoded picture: no thumbnail of the old pixels, and
     * orientation 1 once it was applied. An EXIF block too damaged to edit is left out with a warning.
     */
    private static ImageMetadata forDecoded(ImageMetadata read, boolean turned, Path file, ReadOptions options) {
        if (read.isEmpty()) {
            return read;
        }
        byte[] exif = read.exifBytes();
        if (exif != null) {
            exif = Exif.edited(exif, turned);
            if (exif == null) {
                options.warnings().accept(file + ": its EXIF block is damaged and is left out of the outputs");
            }
        }
        byte[] xmp = read.xmpBytes();
        if (xmp != null && turned) {
            xmp = Exif.xmpWithOrientationReset(xmp);
        }
        return ImageMetadata.trusted(exif, read.iccBytes(), xmp);
    }

    /** Opens {@code file} (a bounded stream if it is a pipe), finds its decoder and runs {@code action} on them. */
    private static <T> T withReader(Path file, ReadOptions options, ReaderAction<T> action) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new ImageReadException(file, "it is a folder, not an image file", null);
        }
        // a regular file is read in place; anything else (a pipe, a device) as a bounded stream,
        // cached in memory so that the decoder can seek back
        try (InputStream stream = Files.isRegularFile(file) ? null : Files.newInputStream(file);
                ImageInputStream in = stream == null ? ImageIO.createImageInputStream(file.toFile())
                        : new MemoryCacheImageInputStream(new BoundedInputStream(stream, options.maxStreamBytes(),
                                () -> tooLongStream(file, options.maxStreamBytes())))) {
            if (in == null) {
                throw new ImageReadException(file, "the file cannot be opened", null);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageReadException(file, "not a PNG, JPEG, BMP, GIF or TIFF image (unrecognised content)",
                        null);
            }
            ImageReader reader = readers.next();
            try {
                return action.apply(in, reader);
            } catch (ImageReadException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                    if (cause instanceof ImageReadException bound) {
                        throw bound; // the stream's bound, wrapped by the decoder
                    }
                }
                throw new ImageReadException(file, "corrupt or truncated " + reader.getFormatName() + " data ("
                        + e.getMessage() + ")", e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The pixel count from the header, before decoding: a small file may claim a huge picture. */
    private static void checkSize(Path file, ImageReader reader, ReadOptions options) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if ((long) width * height > options.maxPixels()) {
            throw new ImageTooLargeException(file, width, height, options.maxPixels());
        }
    }

    /**
     * Decoders report a truncated file as a warning and return an image whose missing part is
     * grey; that is an error here. Other warnings (stray bytes the decoder skipped) are passed on.
     */
    private static void checkWarnings(Path file, String format, List<String> warnings, ReadOptions options)
            throws ImageReadException {
        for (String warning : warnings) {
            String w = warning.toLowerCase(Locale.ROOT);
            if (w.contains("truncat") || w.contains("premature end")) {
                throw new ImageReadException(file, "corrupt or truncated " + format + " data (" + warning + ")", null);
            }
            options.warnings().accept(file + ": " + warning);
        }
    }

    /**
     * Writes {@code image} atomically in the format named by the file's extension.
     *
     * @param overwrite whether an existing file may be replaced
     * @throws IllegalArgumentException if the extension is not .png, .jpg, .jpeg, .bmp, .tif or .tiff
     * @throws java.nio.file.FileAlreadyExistsException if the file exists and {@code overwrite} is false
     * @throws NoSuchFileException if the output folder does not exist
     */
    public static void write(RgbImage image, Path file, boolean overwrite) throws IOException {
        writeBufferedImage(BufferedImages.toBufferedImage(image), file, overwrite);
    }

    /**
     * Writes {@code picture} atomically in the format named by the file's extension, at its own depth
     * (reduced to what the format holds) and with its metadata.
     *
     * @see #write(Picture, Path, boolean, WriteOptions)
     * @since 0.2.0
     */
    public static void write(Picture picture, Path file, boolean overwrite) throws IOException {
        write(picture, file, overwrite, WriteOptions.defaults());
    }

    /**
     * Writes {@code picture} atomically in the format named by the file's extension: at
     * {@link WriteOptions#depth()} (or the picture's own depth, reduced to the deepest the format
     * holds), grey if the picture was and still is grey, and, in PNG and JPEG, with its EXIF, ICC
     * profile and XMP unless {@link WriteOptions#keepMetadata()} is false. TIFF files are written
     * with Deflate compression and no metadata; JPEG at {@link WriteOptions#jpegQuality()}.
     * {@link #checkWritable(Path, WriteOptions)} makes the same format checks before any work.
     *
     * @param overwrite whether an existing file may be replaced
     * @throws IllegalArgumentException if the extension is not a format written, or the depth asked
     *     is one the format does not hold (the message names both)
     * @throws java.nio.file.FileAlreadyExistsException if the file exists and {@code overwrite} is false
     * @throws NoSuchFileException if the output folder does not exist
     * @since 0.2.0
     */
    public static void write(Picture picture, Path file, boolean overwrite, WriteOptions options) throws IOException {
        ImageFormat format = checkWritable(file, options);
        BitDepth depth = options.depth() == null ? format.nearest(picture.depth()) : options.depth();
        RgbImage image = picture.image();
        boolean grey = picture.isGrey() && PictureSamples.isGrey(image.toPlanar(), image.pixelCount());
        BufferedImage encoded = PictureSamples.encode(picture, depth, grey);
        boolean carries = format == ImageFormat.PNG || format == ImageFormat.JPEG;
        ImageMetadata metadata = options.keepMetadata() && carries ? picture.metadata() : ImageMetadata.none();
        AtomicFiles.write(file, overwrite, temporary -> {
            encode(encoded, format, temporary, options.jpegQuality());
            if (!metadata.isEmpty()) {
                Path plain = Files.createTempFile(temporary.getParent(), "." + file.getFileName() + ".", ".plain");
                try {
                    Files.move(temporary, plain, StandardCopyOption.REPLACE_EXISTING);
                    MetadataWriter.splice(plain, temporary, format, metadata, grey, file, LOG::warn);
                } finally {
                    Files.deleteIfExists(plain);
                }
            }
        });
    }

    /**
     * Checks, before any work, that a picture can be written to {@code file} with {@code options}: the
     * extension names a format written, and that format holds the depth asked.
     *
     * @return the format
     * @throws IllegalArgumentException naming the file, the format and the depth otherwise
     * @since 0.2.0
     */
    public static ImageFormat checkWritable(Path file, WriteOptions options) {
        ImageFormat format = ImageFormat.fromFileName(file);
        if (options.depth() != null && !format.holds(options.depth())) {
            throw new IllegalArgumentException("cannot write " + file + " at depth " + options.depth().bits() + ": "
                    + format + " holds " + holdsText(format) + " (16 bits: .png or .tif; 32-bit float: .tif)");
        }
        return format;
    }

    private static String holdsText(ImageFormat format) {
        return switch (format) {
            case PNG -> "8 or 16 bits a sample";
            case TIFF -> "8 or 16 bits or 32-bit float";
            default -> "8 bits a sample only";
        };
    }

    /** Writes a mask as a black-and-white image (white = hole), atomically. */
    public static void writeMask(Mask mask, Path file, boolean overwrite) throws IOException {
        writeBufferedImage(BufferedImages.toBufferedImage(mask), file, overwrite);
    }

    /**
     * Writes a picture drawn with Java2D (a chart, a montage) atomically, in the format named by the
     * file's extension.
     *
     * @throws IllegalArgumentException if the extension is not .png, .jpg, .jpeg, .bmp, .tif or .tiff
     * @throws java.nio.file.FileAlreadyExistsException if the file exists and {@code overwrite} is false
     */
    public static void writeBufferedImage(BufferedImage image, Path file, boolean overwrite) throws IOException {
        ImageFormat format = ImageFormat.fromFileName(file);
        AtomicFiles.write(file, overwrite, temporary -> encode(image, format, temporary, JPEG_QUALITY));
    }

    private static void encode(BufferedImage image, ImageFormat format, Path target, float jpegQuality)
            throws IOException {
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
                param.setCompressionQuality(jpegQuality);
            } else if (format == ImageFormat.TIFF) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("ZLib"); // Adobe Deflate (compression 8), which every TIFF reader knows
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static ImageReadException tooLongStream(Path file, long limit) {
        return new ImageReadException(file, "the stream holds more than " + limit
                + " bytes, more than any picture within the pixel limit needs", null);
    }
}
