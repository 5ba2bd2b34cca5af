package io.github.inpaint4j.io;

import io.github.inpaint4j.RgbImage;
import java.util.Objects;

/**
 * A picture as its file holds it: the pixels for the methods, and what writing it back keeps — the
 * file's depth, whether it was grey, its format and its metadata. Immutable.
 *
 * <p>The usual round trip reads a picture, fills its {@link #image()} and writes the result with
 * everything else the file carried:
 * <pre>{@code
 * Picture picture = ImageFiles.readPicture(Path.of("scan.png"), ReadOptions.defaults());   // 16-bit grey, say
 * RgbImage filled = inpainter.inpaint(picture.image(), holes);
 * ImageFiles.write(picture.withImage(filled), Path.of("scan-filled.png"), false, WriteOptions.defaults());
 * }</pre>
 * The output is then a 16-bit grey PNG with the input's EXIF, ICC profile and XMP, and every pixel
 * outside the holes equal to the input's, bit for bit. {@link WriteOptions} chooses another depth
 * or drops the metadata; the output's format follows its file name, and {@link #format()} tells
 * the input's, for a front end that answers in the picture's own format.
 *
 * <p><b>A server or a page</b> that answers "in the picture's own format, with its metadata" reads
 * the upload as a {@code Picture}, fills {@link #image()}, and writes {@code withImage(result)} to a
 * file named with {@link #format()}'s {@link ImageFormat#extension() extension} (a JPEG is answered as
 * a JPEG at {@link WriteOptions#jpegQuality()}, a GIF as a PNG), sent with
 * {@link ImageFormat#mediaType()}; {@link WriteOptions#withKeepMetadata(boolean)} {@code false} when
 * the user asks to strip the metadata. A 16-bit upload written as PNG stays 16-bit.
 *
 * <p><b>Values.</b> {@link #image()} holds samples in [0, 1], mapped from the file's values as
 * {@link BitDepth} describes. A 32-bit float picture whose values leave [0, 1] is mapped by its own
 * range ({@link #low()} and {@link #high()}); this object keeps its original values, so that writing
 * a fill back at 32 bits gives every pixel the methods left unchanged its original value, bit for
 * bit, and each filled pixel {@code low + s · (high − low)}.
 *
 * <p><b>Grey.</b> A grey file (one colour channel) gives an image whose three channels are equal;
 * it is written grey again as long as they still are everywhere (exemplar methods copy and average
 * all channels alike), and in colour if a method made a pixel coloured.
 *
 * @since 0.2.0
 */
public final class Picture {

    private final RgbImage image;
    private final BitDepth depth;
    private final boolean grey;
    private final ImageFormat format;
    private final ImageMetadata metadata;
    private final double low;
    private final double high;
    /** The file's float values (one plane if grey, else three), kept only when they were scaled; else null. */
    private final float[] original;

    Picture(RgbImage image, BitDepth depth, boolean grey, ImageFormat format, ImageMetadata metadata, double low,
            double high, float[] original) {
        this.image = Objects.requireNonNull(image, "image");
        this.depth = Objects.requireNonNull(depth, "depth");
        this.grey = grey;
        this.format = Objects.requireNonNull(format, "format");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.low = low;
        this.high = high;
        this.original = original;
    }

    /** An 8-bit colour PNG picture of {@code image}, without metadata: what {@link ImageFiles#write(RgbImage, java.nio.file.Path, boolean)} writes. */
    public static Picture of(RgbImage image) {
        return new Picture(image, BitDepth.EIGHT, false, ImageFormat.PNG, ImageMetadata.none(), 0, 1, null);
    }

    /**
     * A picture of {@code image} to be written at {@code depth} (unless {@link WriteOptions} says
     * otherwise) with {@code metadata}; grey if {@code grey} and the image's channels are equal.
     * Its values are the [0, 1] samples themselves ({@link #low()} 0, {@link #high()} 1).
     */
    public static Picture of(RgbImage image, BitDepth depth, boolean grey, ImageMetadata metadata) {
        return new Picture(image, depth, grey, ImageFormat.PNG, metadata, 0, 1, null);
    }

    /** The pixels, samples in [0, 1]: what the methods fill. */
    public RgbImage image() {
        return image;
    }

    /** The file's depth: what a result is written at by default. */
    public BitDepth depth() {
        return depth;
    }

    /** Whether the file was grey (one colour channel). */
    public boolean isGrey() {
        return grey;
    }

    /**
     * The file's format among those the library writes: the input's own (PNG, JPEG, BMP, TIFF), PNG
     * for a GIF or a picture made in memory. A front end that writes the result "in the picture's own
     * format" writes this one.
     */
    public ImageFormat format() {
        return format;
    }

    /** The EXIF, ICC profile and XMP the file carried, edited for the decoded picture (see {@link ImageMetadata}). */
    public ImageMetadata metadata() {
        return metadata;
    }

    /** The file value that sample 0 stands for: 0, or a float picture's smallest value if that is below 0. */
    public double low() {
        return low;
    }

    /**
     * The file value that sample 1 stands for: 1 for a float picture within [0, 1] or its largest value
     * above 1, and for integer pictures their largest level (255, 65535).
     */
    public double high() {
        return depth == BitDepth.FLOAT ? high : (1 << depth.bits()) - 1;
    }

    /**
     * This picture with other pixels, e.g. a method's result; depth, format, metadata and value range
     * stay. The original float values are kept if the size is the same, so that unchanged pixels are
     * written back bit for bit.
     */
    public Picture withImage(RgbImage image) {
        boolean sameSize = image.width() == this.image.width() && image.height() == this.image.height();
        return new Picture(image, depth, grey, format, metadata, low, high, sameSize ? original : null);
    }

    /** This picture with other metadata ({@link ImageMetadata#none()} to drop it). */
    public Picture withMetadata(ImageMetadata metadata) {
        return new Picture(image, depth, grey, format, metadata, low, high, original);
    }

    /** The file's float values, or {@code null} when they were not scaled (the image's samples are them). */
    float[] original() {
        return original;
    }

    /** The [0, 1] sample of a float file value, as reading computes it. */
    float toSample(float value) {
        return depth == BitDepth.FLOAT ? toSample(value, low, high) : value;
    }

    /** The float file value of a [0, 1] sample. */
    float toValue(float sample) {
        return depth == BitDepth.FLOAT ? toValue(sample, low, high) : sample;
    }

    /** The [0, 1] sample of a value of the range [low, high]: the value itself for [0, 1]. */
    static float toSample(float value, double low, double high) {
        return low == 0 && high == 1 ? value : (float) ((value - low) / (high - low));
    }

    /** The value of the range [low, high] of a [0, 1] sample. */
    static float toValue(float sample, double low, double high) {
        return low == 0 && high == 1 ? sample : (float) (low + sample * (high - low));
    }

    @Override
    public String toString() {
        return "Picture[" + image.width() + "×" + image.height() + ", " + depth + (grey ? " grey" : "") + ", "
                + format + ", " + metadata + "]";
    }
}
