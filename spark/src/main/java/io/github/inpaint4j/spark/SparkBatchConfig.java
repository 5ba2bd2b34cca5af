package io.github.inpaint4j.spark;

import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a {@link SparkInpaintBatch} runs: folders as Hadoop paths ({@code hdfs://…}, {@code s3a://…},
 * {@code file:/…} or plain paths of the default file system), the method by its registry name with
 * its options as text, and the batch settings of {@code inpaint batch}. Immutable; validated at
 * construction; start from {@link #of} and change fields with the {@code with…} copies. Serializable,
 * as it travels to the executors.
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
 */
public record SparkBatchConfig(String images, String masks, String output, String method, Map<String, String> options,
        String maskRule, boolean overwrite, int partitions, long maxPixels) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** @throws IllegalArgumentException naming the field and the value */
    public SparkBatchConfig {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(masks, "masks");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(method, "method");
        options = new TreeMap<>(Objects.requireNonNull(options, "options"));
        MaskRule.parse(Objects.requireNonNull(maskRule, "maskRule"));
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be >= 0 (0 for the default), got " + partitions);
        }
        ReadOptions.defaults().withMaxPixels(maxPixels);
    }

    /** The options, sorted by name; unmodifiable. */
    @Override
    public Map<String, String> options() {
        return Collections.unmodifiableMap(options);
    }

    /**
     * A batch of the pictures in {@code images} with their masks into {@code output} with {@code method}
     * at its default options: non-zero masks, no overwriting, default partitions and pixel limit.
     */
    public static SparkBatchConfig of(String images, String masks, String output, String method) {
        return new SparkBatchConfig(images, masks, output, method, Map.of(), MaskRule.nonZero().toString(), false, 0,
                ReadOptions.DEFAULT_MAX_PIXELS);
    }

    /** This configuration with other method options. */
    public SparkBatchConfig withOptions(Map<String, String> newOptions) {
        return new SparkBatchConfig(images, masks, output, method, newOptions, maskRule, overwrite, partitions, maxPixels);
    }

    /** This configuration with another mask rule. */
    public SparkBatchConfig withMaskRule(MaskRule newRule) {
        return new SparkBatchConfig(images, masks, output, method, options, newRule.toString(), overwrite, partitions,
                maxPixels);
    }

    /** This configuration, filling pictures whose output exists again, or not. */
    public SparkBatchConfig withOverwrite(boolean newOverwrite) {
        return new SparkBatchConfig(images, masks, output, method, options, maskRule, newOverwrite, partitions, maxPixels);
    }

    /** This configuration with another number of partitions (0 for the default). */
    public SparkBatchConfig withPartitions(int newPartitions) {
        return new SparkBatchConfig(images, masks, output, method, options, maskRule, overwrite, newPartitions, maxPixels);
    }

    /** This configuration with another pixel limit. */
    public SparkBatchConfig withMaxPixels(long newMaxPixels) {
        return new SparkBatchConfig(images, masks, output, method, options, maskRule, overwrite, partitions, newMaxPixels);
    }

    /** How the executors read pictures: the pixel limit, the orientation applied, warnings logged. */
    public ReadOptions reading() {
        return ReadOptions.defaults().withMaxPixels(maxPixels);
    }
}
