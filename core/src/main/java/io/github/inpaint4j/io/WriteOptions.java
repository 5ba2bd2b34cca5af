package io.github.inpaint4j.io;

import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import java.io.Serializable;

/**
 * How {@link ImageFiles#write(Picture, java.nio.file.Path, boolean, WriteOptions)} writes a picture.
 * Immutable; {@link #defaults()} and the {@code with…} copies give the usual settings.
 *
 * <p>Each field is a {@link Setting} declared here once for every front end that writes a filled
 * picture ({@code inpaint fill} and {@code extend}, {@code inpaint batch}, the Spark job):
 * {@link #DEPTH} ({@code --depth 8|16|32}), {@link #STRIP_METADATA} ({@code --strip-metadata}) and
 * {@link #JPEG_QUALITY} ({@code --jpeg-quality Q}); {@link #of(SettingValues)} reads them.
 * Serializable, for the Spark job's configuration.
 *
 * @param depth the depth to write, or {@code null} for the picture's own, reduced to the deepest
 *     the format holds ({@link ImageFormat#nearest}); a depth asked explicitly that the format
 *     does not hold (16 bits in a JPEG, float in a PNG) is an error
 * @param keepMetadata whether the picture's EXIF, ICC profile and XMP are written (PNG and JPEG;
 *     default {@code true}); {@code false} writes none of them
 * @param jpegQuality the JPEG quality, in (0, 1] (default {@value #DEFAULT_JPEG_QUALITY}); other formats are lossless
 * @since 0.2.0
 */
public record WriteOptions(BitDepth depth, boolean keepMetadata, float jpegQuality) implements Serializable {

    /** The JPEG quality written unless asked otherwise: 0.95 (ImageIO's scale, where 1 is best). */
    public static final float DEFAULT_JPEG_QUALITY = 0.95f;

    /**
     * The {@code depth} setting: the bits of a sample of the output, 8, 16 or 32 (float); without it, the
     * picture's own depth, as far as the output's format holds it.
     */
    public static final Setting<BitDepth> DEPTH = Setting.parsed("depth", null, WriteOptions::parseDepth,
            depth -> Integer.toString(depth.bits()), "8, 16 or 32").label("BITS")
            .help("bits a sample of the output, one its format holds (PNG: 8 or 16; TIFF: 8, 16 or 32, float; JPEG,"
                    + " BMP: 8); default: the input's, as far as the format holds it");
    /** The {@code strip-metadata} setting: write no EXIF, ICC profile or XMP. */
    public static final Setting<Boolean> STRIP_METADATA = Setting.flag("strip-metadata")
            .help("write no EXIF, ICC profile or XMP (by default the output keeps the input's)");
    /** The {@code jpeg-quality} setting: the quality of a JPEG output. */
    public static final Setting<Double> JPEG_QUALITY = Setting.number("jpeg-quality", Double.valueOf(Float.toString(DEFAULT_JPEG_QUALITY)))
            .above(0).atMost(1).label("Q").help("quality of a JPEG output (ImageIO's scale, 1 is best)");
    /** The three settings, in the order of the help texts. */
    public static final Settings SETTINGS = Settings.of(DEPTH, STRIP_METADATA, JPEG_QUALITY);

    /**
     * @throws SettingException naming {@code jpeg-quality}, the range and the value if {@code jpegQuality} is out of
     *     range
     */
    public WriteOptions {
        JPEG_QUALITY.check((double) jpegQuality);
    }

    /** The picture's own depth, its metadata kept, JPEG quality {@value #DEFAULT_JPEG_QUALITY}. */
    public static WriteOptions defaults() {
        return new WriteOptions(null, true, DEFAULT_JPEG_QUALITY);
    }

    /**
     * The write options that {@code values} give; a setting of {@link #SETTINGS} that is not in their group
     * (a front end that offers only some of them) keeps its default.
     *
     * @throws SettingException if a value is not allowed
     */
    public static WriteOptions of(SettingValues values) {
        Settings group = values.settings();
        WriteOptions options = defaults();
        if (group.contains(DEPTH)) {
            options = options.withDepth(values.find(DEPTH).orElse(null));
        }
        if (group.contains(STRIP_METADATA)) {
            options = options.withKeepMetadata(!values.get(STRIP_METADATA));
        }
        if (group.contains(JPEG_QUALITY)) {
            options = options.withJpegQuality(values.get(JPEG_QUALITY).floatValue());
        }
        return options;
    }

    /**
     * These options, checked against the one format that every output is written in (a batch writes PNG):
     * the depth asked must be one that the format holds.
     *
     * @return these options
     * @throws SettingException naming {@code depth}, the depths the format holds and the value otherwise
     */
    public WriteOptions requireFormat(ImageFormat format) {
        if (depth != null && !format.holds(depth)) {
            throw new SettingException(DEPTH.name(), DEPTH.format(depth), format.depthsText() + " (the outputs are "
                    + format + ")");
        }
        return this;
    }

    private static BitDepth parseDepth(String text) {
        return BitDepth.ofBits(Integer.parseInt(text.trim()));
    }

    /** A copy that writes {@code depth} ({@code null}: the picture's own). */
    public WriteOptions withDepth(BitDepth depth) {
        return new WriteOptions(depth, keepMetadata, jpegQuality);
    }

    /** A copy that keeps or drops the metadata. */
    public WriteOptions withKeepMetadata(boolean keepMetadata) {
        return new WriteOptions(depth, keepMetadata, jpegQuality);
    }

    /** A copy with another JPEG quality. */
    public WriteOptions withJpegQuality(float jpegQuality) {
        return new WriteOptions(depth, keepMetadata, jpegQuality);
    }
}
