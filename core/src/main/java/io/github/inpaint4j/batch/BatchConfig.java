package io.github.inpaint4j.batch;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.io.WriteOptions;
import io.github.inpaint4j.CanvasExtension;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.Settings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What an {@link InpaintBatch} runs on and how. Immutable; validated at construction; start from
 * {@link #of} and change fields with the {@code with…} copies.
 *
 * @param images the picture folder, walked with its sub-folders
 * @param masks the mask folder (masks paired by name, see {@link BatchPairing}), or one mask file for every picture
 * @param output the output folder, made if missing; sub-folders mirror the picture folder's
 * @param maskRule how mask files mark holes
 * @param overwrite whether outputs that exist are filled again; if not, their pictures are skipped
 * @param jobs pictures filled at once, in [1, {@link Threads#max()}] (see {@link BatchThreads})
 * @param reading how pictures and masks are read: the pixel limit (checked from the header; a larger
 *     picture is a failed picture), orientation, where read warnings go
 * @param dilate pixels by which every hole is {@linkplain io.github.inpaint4j.Mask#dilate grown} before the
 *     fill ({@link io.github.inpaint4j.Mask#DILATE}); default 0
 * @param extension pixels added on each side of every picture and filled with its holes (outpainting);
 *     {@link CanvasExtension#none()} for none (since 0.2.0). When it extends, {@code masks} may be
 *     {@code null}: then only the new border of each picture is filled
 * @param writing how outputs are written (since 0.2.0): by default at each picture's depth as far as PNG holds
 *     it (8 or 16 bits; a float picture is written 16-bit) with its EXIF, ICC profile and XMP; a depth asked
 *     ({@link WriteOptions#DEPTH}) must be one that PNG holds, {@link WriteOptions#STRIP_METADATA} writes no
 *     metadata
 */
public record BatchConfig(Path images, Path masks, Path output, MaskRule maskRule, boolean overwrite, int jobs,
        ReadOptions reading, int dilate, CanvasExtension extension, WriteOptions writing) {

    /** The {@code images} setting: the picture folder. */
    public static final Setting<Path> IMAGES = Setting.file("images").label("DIR")
            .help("the folder of pictures (walked with its sub-folders)");
    /** The {@code masks} setting: the mask folder, or one mask file. */
    public static final Setting<Path> MASKS = Setting.file("masks").label("DIR|FILE")
            .help("the folder of masks, paired by name; or one mask file for every picture");
    /** The {@code output} setting: the output folder. */
    public static final Setting<Path> OUTPUT = Setting.file("output").label("DIR")
            .help("the folder of results (PNG), made if missing");
    /** The {@code jobs} setting; without it, {@link BatchThreads} shares the cores out. */
    public static final Setting<Integer> JOBS = Setting.threads("jobs", "pictures filled at once (default: one per core with"
            + " 1 method thread each; with --threads T, cores / T)").withDefault(null);
    /**
     * The {@code images}, {@code masks}, {@code output}, {@code jobs}, {@code dilate}, {@code depth} and
     * {@code strip-metadata} settings (the last two {@link WriteOptions}'; the outputs are PNG, so JPEG's quality is
     * not one of them).
     */
    public static final Settings SETTINGS = Settings.of(IMAGES, MASKS, OUTPUT, JOBS, Mask.DILATE, WriteOptions.DEPTH,
            WriteOptions.STRIP_METADATA);

    /**
     * @throws io.github.inpaint4j.settings.SettingException naming the setting and the value (a depth that PNG does
     *     not hold: {@code depth must be 8 or 16 (the outputs are PNG), got 32}); {@link NullPointerException} for a
     *     null field
     */
    public BatchConfig {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(extension, "extension");
        if (masks == null && extension.isNone()) {
            throw new NullPointerException("masks: a batch needs masks unless it extends the canvas");
        }
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(maskRule, "maskRule");
        JOBS.check(jobs);
        Objects.requireNonNull(reading, "reading");
        Mask.DILATE.check(dilate);
        Objects.requireNonNull(writing, "writing").requireFormat(BatchPairing.OUTPUT_FORMAT);
    }

    /**
     * A configuration without dilation.
     *
     * @deprecated since 0.2.0: use {@link #of} and the {@code with…} copies, which keep the dilation
     */
    @Deprecated(since = "0.2.0")
    public BatchConfig(Path images, Path masks, Path output, MaskRule maskRule, boolean overwrite, int jobs,
            ReadOptions reading) {
        this(images, masks, output, maskRule, overwrite, jobs, reading, 0, CanvasExtension.none(),
                WriteOptions.defaults());
    }

    /**
     * A batch of the pictures in {@code images} with their masks, into {@code output}: non-zero masks,
     * no overwriting, one job per available core, {@linkplain ReadOptions#defaults() the default reading} and
     * {@linkplain WriteOptions#defaults() writing} (each picture's depth and metadata kept), no dilation, no
     * extension.
     */
    public static BatchConfig of(Path images, Path masks, Path output) {
        return new BatchConfig(images, masks, output, MaskRule.nonZero(), false, Threads.available(),
                ReadOptions.defaults(), 0, CanvasExtension.none(), WriteOptions.defaults());
    }

    /** This configuration with another mask rule. */
    public BatchConfig withMaskRule(MaskRule newRule) {
        return new BatchConfig(images, masks, output, newRule, overwrite, jobs, reading, dilate, extension, writing);
    }

    /** This configuration, filling pictures whose output exists again, or not. */
    public BatchConfig withOverwrite(boolean newOverwrite) {
        return new BatchConfig(images, masks, output, maskRule, newOverwrite, jobs, reading, dilate, extension,
                writing);
    }

    /** This configuration with another number of jobs. */
    public BatchConfig withJobs(int newJobs) {
        return new BatchConfig(images, masks, output, maskRule, overwrite, newJobs, reading, dilate, extension,
                writing);
    }

    /**
     * This configuration with holes grown by {@code newDilate} pixels before the fill.
     *
     * @since 0.2.0
     */
    public BatchConfig withDilate(int newDilate) {
        return new BatchConfig(images, masks, output, maskRule, overwrite, jobs, reading, newDilate, extension,
                writing);
    }

    /** This configuration with other read options (a pixel limit, say). */
    public BatchConfig withReading(ReadOptions newReading) {
        return new BatchConfig(images, masks, output, maskRule, overwrite, jobs, newReading, dilate, extension,
                writing);
    }

    /**
     * This configuration extending every picture's canvas, or not ({@link CanvasExtension#none()}).
     *
     * @since 0.2.0
     */
    public BatchConfig withExtension(CanvasExtension newExtension) {
        return new BatchConfig(images, masks, output, maskRule, overwrite, jobs, reading, dilate, newExtension,
                writing);
    }

    /**
     * This configuration writing its outputs with {@code newWriting}: a depth (one PNG holds), no metadata.
     *
     * @throws io.github.inpaint4j.settings.SettingException if PNG does not hold the depth asked
     * @since 0.2.0
     */
    public BatchConfig withWriting(WriteOptions newWriting) {
        return new BatchConfig(images, masks, output, maskRule, overwrite, jobs, reading, dilate, extension,
                newWriting);
    }

    /**
     * How {@link PictureFill} treats each picture of this batch: its mask rule, reading, writing, dilation,
     * extension and overwriting.
     *
     * @since 0.2.0
     */
    public PictureFillOptions pictureOptions() {
        return new PictureFillOptions(maskRule, reading, writing, dilate, extension, overwrite);
    }
}
