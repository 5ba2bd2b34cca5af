package io.github.inpaint4j.spark;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.batch.BatchPairing;
import io.github.inpaint4j.io.BitDepth;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.io.WriteOptions;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a {@link SparkInpaintBatch} runs: folders as Hadoop paths ({@code hdfs://…}, {@code s3a://…},
 * {@code file:/…} or plain paths of the default file system), the method by its registry name with
 * its options as text, and the batch settings of {@code inpaint batch}. Immutable; validated at
 * construction; start from {@link #of} and change fields with the {@code with…} copies or
 * {@link #toBuilder()}. Serializable, as it travels to the executors. Each field is a {@link Setting}
 * declared below, as {@link InpaintSparkJob}'s arguments spell it ({@code --images}, {@code --force}):
 * the compact constructor checks the fields against them, and the job reads its arguments through them.
 *
 * @param images the picture folder, walked with its sub-folders
 * @param masks the mask folder (masks paired by name) or one mask file for every picture
 * @param output the output folder; sub-folders mirror the picture folder's
 * @param method a registered method's name, e.g. {@code telea}
 * @param options the method's options as text (see {@link io.github.inpaint4j.Inpainters#create}); without
 *     {@code threads}, a method that has it gets {@code spark.task.cpus} threads
 * @param maskRule how mask files mark holes, as {@link MaskRule#parse} reads it ({@code nonzero}, {@code alpha}, {@code threshold=T})
 * @param overwrite whether outputs that exist are filled again; if not, their pictures are skipped
 * @param partitions the partitions the pictures are spread over; 0 for twice the default parallelism
 * @param maxPixels the largest width × height read, in [1, {@link ReadOptions#LARGEST_MAX_PIXELS}]
 * @param dilate pixels by which every hole is {@linkplain Mask#dilate grown} before the fill ({@link Mask#DILATE});
 *     default 0
 * @param writing how outputs are written (since 0.2.0), as {@code inpaint batch} writes them: PNG, by default at
 *     each picture's depth (8 or 16 bits) with its EXIF, ICC profile and XMP; a depth asked
 *     ({@link WriteOptions#DEPTH}) must be one that PNG holds, {@link WriteOptions#STRIP_METADATA} writes none
 */
public record SparkBatchConfig(String images, String masks, String output, String method, Map<String, String> options,
        String maskRule, boolean overwrite, int partitions, long maxPixels, int dilate, WriteOptions writing)
        implements Serializable {

    private static final long serialVersionUID = 3L;

    /** The {@code images} setting: the picture folder. */
    public static final Setting<String> IMAGES = Setting.text("images", null).matching(".*\\S.*", "a folder")
            .label("DIR").help("the picture folder (a Hadoop path), walked with its sub-folders");
    /** The {@code masks} setting: the mask folder or file. */
    public static final Setting<String> MASKS = Setting.text("masks", null).matching(".*\\S.*", "a folder or a file")
            .label("DIR|FILE").help("the mask folder, masks paired by name, or one mask file for every picture");
    /** The {@code output} setting: the output folder. */
    public static final Setting<String> OUTPUT = Setting.text("output", null).matching(".*\\S.*", "a folder")
            .label("DIR").help("the output folder; sub-folders mirror the picture folder's");
    /** The {@code method} setting. */
    public static final Setting<String> METHOD = Setting.text("method", null).matching("\\S+", "a method's name")
            .label("NAME").help("a registered method's name, e.g. telea");
    /** The {@code option} setting: one of the method's options, {@code NAME=VALUE}, each time it is given. */
    public static final Setting<List<String>> OPTION = Setting.list("option", Setting.text("option", null)
            .matching("[^=]+=.*", "NAME=VALUE").label("NAME=VALUE"), List.of())
            .help("an option of the method, e.g. patch=13; repeatable");
    /** The {@code mask-rule} setting ({@link MaskRule#SETTING}). */
    public static final Setting<MaskRule> MASK_RULE = MaskRule.SETTING;
    /** The {@code force} setting: fill pictures whose output exists again. */
    public static final Setting<Boolean> FORCE = Setting.flag("force").help("fill again the pictures whose output"
            + " exists (by default they are skipped)");
    /** The {@code partitions} setting. */
    public static final Setting<Integer> PARTITIONS = Setting.integer("partitions", 0).atLeast(0)
            .note("0: twice the default parallelism").help("the partitions the pictures are spread over");
    /** The {@code max-pixels} setting. */
    public static final Setting<Long> MAX_PIXELS = Setting.longInteger("max-pixels", ReadOptions.DEFAULT_MAX_PIXELS)
            .range(1, ReadOptions.LARGEST_MAX_PIXELS).help("the largest width × height read");

    /**
     * The settings, in the order of the job's usage line; {@code depth} and {@code strip-metadata} are
     * {@link WriteOptions}' ({@link WriteOptions#DEPTH}, {@link WriteOptions#STRIP_METADATA}).
     */
    public static final Settings SETTINGS = Settings.of(IMAGES, MASKS, OUTPUT, METHOD, OPTION, MASK_RULE, Mask.DILATE,
            FORCE, PARTITIONS, MAX_PIXELS, WriteOptions.DEPTH, WriteOptions.STRIP_METADATA);

    /**
     * @throws io.github.inpaint4j.settings.SettingException naming the setting and the value (a depth that PNG does
     *     not hold: {@code depth must be 8 or 16 (the outputs are PNG), got 32})
     */
    public SparkBatchConfig {
        IMAGES.check(images);
        MASKS.check(masks);
        OUTPUT.check(output);
        METHOD.check(method);
        options = new TreeMap<>(Objects.requireNonNull(options, "options"));
        MASK_RULE.parse(maskRule == null ? "null" : maskRule);
        PARTITIONS.check(partitions);
        MAX_PIXELS.check(maxPixels);
        Mask.DILATE.check(dilate);
        Objects.requireNonNull(writing, "writing").requireFormat(BatchPairing.OUTPUT_FORMAT);
    }

    /**
     * A configuration without dilation.
     *
     * @deprecated since 0.2.0: use {@link #builder} or {@link #of}, which keep the dilation
     */
    @Deprecated(since = "0.2.0")
    public SparkBatchConfig(String images, String masks, String output, String method, Map<String, String> options,
            String maskRule, boolean overwrite, int partitions, long maxPixels) {
        this(images, masks, output, method, options, maskRule, overwrite, partitions, maxPixels, 0,
                WriteOptions.defaults());
    }

    /** The options, sorted by name; unmodifiable. */
    @Override
    public Map<String, String> options() {
        return Collections.unmodifiableMap(options);
    }

    /**
     * A batch of the pictures in {@code images} with their masks into {@code output} with {@code method}
     * at its default options: non-zero masks, no overwriting, default partitions and pixel limit, each picture's
     * depth and metadata kept.
     */
    public static SparkBatchConfig of(String images, String masks, String output, String method) {
        return builder(images, masks, output, method).build();
    }

    /** A builder of a batch of the pictures in {@code images}, its other settings at their defaults. */
    public static Builder builder(String images, String masks, String output, String method) {
        return new Builder(images, masks, output, method);
    }

    /**
     * The batch that {@code values} give (the job's arguments).
     *
     * @throws io.github.inpaint4j.settings.SettingException if a value is not allowed
     * @throws IllegalStateException if images, masks, output or method is missing
     */
    public static SparkBatchConfig of(SettingValues values) {
        Map<String, String> options = new TreeMap<>();
        for (String option : values.get(OPTION)) {
            int eq = option.indexOf('=');
            options.put(option.substring(0, eq), option.substring(eq + 1));
        }
        return builder(values.get(IMAGES), values.get(MASKS), values.get(OUTPUT), values.get(METHOD))
                .options(options).maskRule(values.get(MASK_RULE)).dilate(values.get(Mask.DILATE))
                .overwrite(values.get(FORCE)).partitions(values.get(PARTITIONS)).maxPixels(values.get(MAX_PIXELS))
                .writing(WriteOptions.of(values)).build();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder(images, masks, output, method).options(options).maskRule(MaskRule.parse(maskRule))
                .dilate(dilate).overwrite(overwrite).partitions(partitions).maxPixels(maxPixels).writing(writing);
    }

    /** This configuration with other method options. */
    public SparkBatchConfig withOptions(Map<String, String> newOptions) {
        return toBuilder().options(newOptions).build();
    }

    /** This configuration with another mask rule. */
    public SparkBatchConfig withMaskRule(MaskRule newRule) {
        return toBuilder().maskRule(newRule).build();
    }

    /** This configuration, filling pictures whose output exists again, or not. */
    public SparkBatchConfig withOverwrite(boolean newOverwrite) {
        return toBuilder().overwrite(newOverwrite).build();
    }

    /** This configuration with another number of partitions (0 for the default). */
    public SparkBatchConfig withPartitions(int newPartitions) {
        return toBuilder().partitions(newPartitions).build();
    }

    /** This configuration with another pixel limit. */
    public SparkBatchConfig withMaxPixels(long newMaxPixels) {
        return toBuilder().maxPixels(newMaxPixels).build();
    }

    /**
     * This configuration writing its outputs with {@code newWriting}: a depth (one PNG holds), no metadata.
     *
     * @throws io.github.inpaint4j.settings.SettingException if PNG does not hold the depth asked
     * @since 0.2.0
     */
    public SparkBatchConfig withWriting(WriteOptions newWriting) {
        return toBuilder().writing(newWriting).build();
    }

    /** How the executors read pictures: the pixel limit, the orientation applied, warnings logged. */
    public ReadOptions reading() {
        return ReadOptions.defaults().withMaxPixels(maxPixels);
    }

    /**
     * Builds a {@link SparkBatchConfig}; the folders and the method are given up front, the rest
     * start at their defaults.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final String images;
        private final String masks;
        private final String output;
        private final String method;
        private Map<String, String> options = Map.of();
        private MaskRule maskRule = MASK_RULE.defaultValue().orElseThrow();
        private boolean overwrite;
        private int partitions = PARTITIONS.defaultValue().orElseThrow();
        private long maxPixels = MAX_PIXELS.defaultValue().orElseThrow();
        private int dilate = Mask.DILATE.defaultValue().orElseThrow();
        private WriteOptions writing = WriteOptions.defaults();

        private Builder(String images, String masks, String output, String method) {
            this.images = images;
            this.masks = masks;
            this.output = output;
            this.method = method;
        }

        /** The method's options as text. */
        public Builder options(Map<String, String> value) {
            options = value;
            return this;
        }

        /** How mask files mark holes. */
        public Builder maskRule(MaskRule value) {
            maskRule = value;
            return this;
        }

        /** Pixels by which every hole grows before the fill ({@link Mask#DILATE}). */
        public Builder dilate(int value) {
            dilate = value;
            return this;
        }

        /** Whether outputs that exist are filled again. */
        public Builder overwrite(boolean value) {
            overwrite = value;
            return this;
        }

        /** The partitions (0 for the default). */
        public Builder partitions(int value) {
            partitions = value;
            return this;
        }

        /** The pixel limit. */
        public Builder maxPixels(long value) {
            maxPixels = value;
            return this;
        }

        /**
         * How outputs are written: a depth that PNG holds ({@link BitDepth#EIGHT} or {@link BitDepth#SIXTEEN}),
         * the metadata kept or not.
         */
        public Builder writing(WriteOptions value) {
            writing = value;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws io.github.inpaint4j.settings.SettingException naming the setting and the value
         */
        public SparkBatchConfig build() {
            return new SparkBatchConfig(images, masks, output, method, options, MASK_RULE.check(maskRule).toString(),
                    overwrite, partitions, maxPixels, dilate, writing);
        }
    }
}
