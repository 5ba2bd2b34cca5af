package io.github.inpaint4j.batch;

import java.util.Objects;

/**
 * What {@link PictureFill} did with one picture.
 *
 * @param status what became of it
 * @param seconds the wall-clock time spent on it (reading, filling, writing)
 * @param message why it failed or was skipped, or a remark on a done picture; empty when there is nothing to say
 */
public record PictureOutcome(BatchStatus status, double seconds, String message) {

    /** @throws IllegalArgumentException if {@code seconds} is negative or not finite */
    public PictureOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be finite and >= 0, got " + seconds);
        }
    }
}
