package io.github.inpaint4j.batch;

import java.util.Locale;

/** What became of one picture of a batch. */
public enum BatchStatus {
    /** Filled and written. */
    DONE,
    /** Not filled: its output already existed (a previous run finished it). */
    SKIPPED,
    /** Not filled: missing or ambiguous mask, unreadable file, wrong size, method or write error (see the message). */
    FAILED,
    /** Not filled: the batch was stopped before the picture started, or while it ran. */
    CANCELLED;

    /** The status as written in reports: {@code done}, {@code skipped}, {@code failed}, {@code cancelled}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status a report label names.
     *
     * @throws IllegalArgumentException naming the label if it is none of the four
     */
    public static BatchStatus ofLabel(String label) {
        for (BatchStatus status : values()) {
            if (status.label().equals(label)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown batch status '" + label + "' (done, skipped, failed or cancelled)");
    }

    /** Whether the picture needs no more work: {@link #DONE} or {@link #SKIPPED}. */
    public boolean succeeded() {
        return this == DONE || this == SKIPPED;
    }
}
