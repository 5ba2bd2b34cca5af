package io.github.inpaint4j.batch;

import java.util.Objects;

/**
 * One row of a batch report: a picture, its mask, and what became of it.
 *
 * @param picture the picture's path, as the batch was given it
 * @param mask the mask's path; empty when no mask was found
 * @param status what became of the picture
 * @param seconds the wall-clock time spent on it, 0 when it was not started
 * @param message why it failed or was skipped, or a remark; empty when there is nothing to say
 */
public record BatchResult(String picture, String mask, BatchStatus status, double seconds, String message) {

    /** Checks that no field is null. */
    public BatchResult {
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    /** The row for a picture and the outcome of its work. */
    public static BatchResult of(String picture, String mask, PictureOutcome outcome) {
        return new BatchResult(picture, mask, outcome.status(), outcome.seconds(), outcome.message());
    }
}
