package io.github.inpaint4j.batch;

import io.github.inpaint4j.CanvasExtension;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.io.WriteOptions;
import java.util.Objects;

/**
 * How {@link PictureFill} reads, fills and writes one picture: the settings that every picture of a
 * batch shares, in one object so that a new one is a field here rather than another overload of
 * {@link PictureFill#run}. Immutable; validated at construction; start from {@link #defaults()} and
 * change fields with the {@code with…} copies ({@link BatchConfig#pictureOptions()} gives a batch's).
 *
 * @param maskRule how the mask file marks holes
 * @param reading how the picture and the mask are read (the pixel limit, checked from the header before decoding)
 * @param writing the output's depth, metadata and JPEG quality
 * @param dilate pixels by which every hole is {@linkplain Mask#dilate grown} before the fill ({@link Mask#DILATE})
 * @param extension pixels added on each side of the picture and filled with its holes (outpainting);
 *     {@link CanvasExtension#none()} for none
 * @param overwrite whether an existing output is replaced; if not, the picture is {@link BatchStatus#SKIPPED}
 * @since 0.2.0
 */
public record PictureFillOptions(MaskRule maskRule, ReadOptions reading, WriteOptions writing, int dilate,
        CanvasExtension extension, boolean overwrite) {

    /**
     * @throws io.github.inpaint4j.settings.SettingException naming {@code dilate} and the value;
     *     {@link NullPointerException} naming a null field
     */
    public PictureFillOptions {
        Objects.requireNonNull(maskRule, "maskRule");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(writing, "writing");
        Mask.DILATE.check(dilate);
        Objects.requireNonNull(extension, "extension");
    }

    /**
     * Non-zero masks, {@linkplain ReadOptions#defaults() the default reading} and
     * {@linkplain WriteOptions#defaults() writing} (the picture's depth and metadata), no dilation, no
     * extension, no overwriting.
     */
    public static PictureFillOptions defaults() {
        return new PictureFillOptions(MaskRule.nonZero(), ReadOptions.defaults(), WriteOptions.defaults(), 0,
                CanvasExtension.none(), false);
    }

    /** These options with another mask rule. */
    public PictureFillOptions withMaskRule(MaskRule newRule) {
        return new PictureFillOptions(newRule, reading, writing, dilate, extension, overwrite);
    }

    /** These options with other read options. */
    public PictureFillOptions withReading(ReadOptions newReading) {
        return new PictureFillOptions(maskRule, newReading, writing, dilate, extension, overwrite);
    }

    /** These options with other write options. */
    public PictureFillOptions withWriting(WriteOptions newWriting) {
        return new PictureFillOptions(maskRule, reading, newWriting, dilate, extension, overwrite);
    }

    /** These options with holes grown by {@code newDilate} pixels. */
    public PictureFillOptions withDilate(int newDilate) {
        return new PictureFillOptions(maskRule, reading, writing, newDilate, extension, overwrite);
    }

    /** These options extending the canvas, or not ({@link CanvasExtension#none()}). */
    public PictureFillOptions withExtension(CanvasExtension newExtension) {
        return new PictureFillOptions(maskRule, reading, writing, dilate, newExtension, overwrite);
    }

    /** These options, replacing an existing output, or not. */
    public PictureFillOptions withOverwrite(boolean newOverwrite) {
        return new PictureFillOptions(maskRule, reading, writing, dilate, extension, newOverwrite);
    }
}
