package io.github.inpaint4j.batch;

import java.util.Objects;

/**
 * One picture of a batch as {@link BatchPairing} planned it. Names are relative, with {@code /}
 * between folders, so that a local folder and a distributed file system share the rules.
 *
 * @param picture the picture, relative to the picture folder, e.g. {@code trip/a.jpg}
 * @param mask the mask, relative to the mask folder (or the one mask file's own name); empty when none was found
 * @param output the result, relative to the output folder, e.g. {@code trip/a.png}
 * @param problem why the picture cannot be filled (no mask, several masks, an output shared with
 *     another picture); empty when it can
 */
public record BatchItem(String picture, String mask, String output, String problem) {

    /** Checks that no field is null. */
    public BatchItem {
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(problem, "problem");
    }

    /** Whether the picture can be filled: it has one mask and its own output. */
    public boolean isRunnable() {
        return problem.isEmpty();
    }
}
