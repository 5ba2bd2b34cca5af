package io.github.inpaint4j.batch;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
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
 */
public record BatchConfig(Path images, Path masks, Path output, MaskRule maskRule, boolean overwrite, int jobs,
        ReadOptions reading, int dilate, CanvasExtension extension) {

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
    /** The {@code jobs}, {@code images}, {@code masks}, {@code output} and {@code dilate} settings. */
    public static final Settings SETTINGS = Settings.of(IMAGES, MASKS, OUTPUT, JOBS, Mask.DILATE);

    /**
     * @throws io.github.inpaint4j.settings.SettingException naming the setting and the value; {@link NullPointerException}
     *     for a null field
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
    }

    /**
     * A configuration without dilation.
     *
     * @deprecated since 0.2.0: use {@link #of} and the {@code with…} copies, which keep the dilation
     */
    @Deprecated(since = "0.2.0")
    public BatchConfig(Path images, Path masks, Path output, MaskRule maskRule, boolean overwrite, int jobs,
            ReadOptions reading) {
        this(images, masks, output, maskRule, overwrite, jobs, reading, 0);
    }

    /**
     * A configuration that does not extend the canvas.
     *
     * @since 0.2.0
     */
    public BatchConfig(Path images, Path masks, Path output, MaskRule maskRule, boolean overwrite, int jobs,
            ReadOptions reading, int dilate) {
        this(images, masks, output, maskRule, overwrite, jobs, reading, dilate, CanvasExtension.none());
    }

    /**
     * A batch of the pictures in {@code images} with their masks, into {@code output}: non-zero masks,
     * no overwriting, one job per available core, {@linkplain ReadOptions#defaults() the default reading}.
     */
    public static BatchConfig of(Path images, Path masks, Path output) {
        return new BatchConfig(images, masks, output, MaskRule.nonZero(), false, Threads.available(),
                ReadOptions.defaults(), 0);
    }

    /** This configuration with another mask rule. */
    public BatchConfig withMaskRule(MaskRule newRule) {
        return new BatchConfig(images, masks, output, newRule, overwrite, jobs, reading, dilate, extension);
    }

    /** This configuration, filling pictures whose output exists again, or not. */
    public BatchConfig withOverwrite(boolean newOverwrite) {
        return new BatchConfig(images, masks, output, maskRule, newOverwrite, jobs, reading, dilate, extension);
    }

    /** This configuration with another number of jobs. */
    public BatchConfig withJobs(int newJobs) {
        return new BatchConfig(images, masks, output, maskRule, overwrite, newJobs, reading, dilate, extension);
    }

    /**
     * This configuration with holes grown by {@code newDilate} pixels before the fill.
     *
     * @since 0.2.0
     */
    public BatchConfig withDilate(int newDilate) {
        return new BatchConfig(images, masks, output, maskRule, overwrite, jobs, reading, newDilate, extension);
    }

    /** This configuration with other read options (a pixel limit, say). */
    public BatchConfig withReading(ReadOptions newReading) {
        return new BatchConfig(images, masks, output, maskRule, overwrite, jobs, newReading, dilate, extension);
    }

    /**
     * This configuration extending every picture's canvas, or not ({@link CanvasExtension#none()}).
     *
     * @since 0.2.0
     */
    public BatchConfig withExtension(CanvasExtension newExtension) {
        return new BatchConfig(images, masks, output, maskRule, overwrite, jobs, reading, dilate, newExtension);
    }
}
