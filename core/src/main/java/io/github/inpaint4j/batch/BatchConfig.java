package io.github.inpaint4j.batch;

import io.github.inpaint4j.Threads;
import io.github.inpaint4j.io.MaskRule;
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
 * @param maxPixels the largest width × height read, at least 1; a larger picture or mask is a failed picture
 */
public record BatchConfig(Path images, Path masks, Path output, MaskRule maskRule, boolean overwrite, int jobs,
        long maxPixels) {

    /** The default pixel limit: 50 megapixels. */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

    /** @throws IllegalArgumentException naming the field and the value */
    public BatchConfig {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(masks, "masks");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(maskRule, "maskRule");
        Threads.require("jobs", jobs);
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be >= 1, got " + maxPixels);
        }
    }

    /**
     * A batch of the pictures in {@code images} with their masks, into {@code output}: non-zero masks,
     * no overwriting, one job per available core, {@value #DEFAULT_MAX_PIXELS} pixels at most.
     */
    public static BatchConfig of(Path images, Path masks, Path output) {
        return new BatchConfig(images, masks, output, MaskRule.nonZero(), false, Threads.available(), DEFAULT_MAX_PIXELS);
    }

    /** This configuration with another mask rule. */
    public BatchConfig withMaskRule(MaskRule newRule) {
        return new BatchConfig(images, masks, output, newRule, overwrite, jobs, maxPixels);
    }

    /** This configuration, filling pictures whose output exists again, or not. */
    public BatchConfig withOverwrite(boolean newOverwrite) {
        return new BatchConfig(images, masks, output, maskRule, newOverwrite, jobs, maxPixels);
    }

    /** This configuration with another number of jobs. */
    public BatchConfig withJobs(int newJobs) {
        return new BatchConfig(images, masks, output, maskRule, overwrite, newJobs, maxPixels);
    }

    /** This configuration with another pixel limit. */
    public BatchConfig withMaxPixels(long newMaxPixels) {
        return new BatchConfig(images, masks, output, maskRule, overwrite, jobs, newMaxPixels);
    }
}
