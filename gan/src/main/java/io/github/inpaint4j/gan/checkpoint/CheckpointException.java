package io.github.inpaint4j.gan.checkpoint;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A checkpoint that is missing a part, corrupt, or incompatible with this library; the message
 * names the file and the problem.
 */
public class CheckpointException extends IOException {

    /**
     * @param location the checkpoint folder or file at fault
     * @param problem what is wrong with it
     * @param cause the underlying error, or {@code null}
     */
    public CheckpointException(Path location, String problem, Throwable cause) {
        this(location.toString(), problem, cause);
    }

    /**
     * @param location the checkpoint (a folder, a file or a class-path resource) at fault
     * @param problem what is wrong with it
     * @param cause the underlying error, or {@code null}
     */
    public CheckpointException(String location, String problem, Throwable cause) {
        super("bad checkpoint " + location + ": " + problem, cause);
    }

    /** What went wrong in one of DJL's readers, for a message; its end-of-file error has no message. */
    public static String reason(Exception e) {
        if (e instanceof EOFException) {
            return "the file ends early: it is truncated";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
