package io.github.inpaint4j.gan.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets a variable in the C library's own environment ({@code setenv}, through JNA, which DJL
 * already depends on), where native libraries read their settings: Java cannot change the
 * environment it was started with. A variable the user set is never changed.
 */
final class ProcessEnvironment {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessEnvironment.class);

    /** The C library's {@code setenv}. */
    private interface C extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private ProcessEnvironment() {
    }

    /**
     * Sets {@code name} to {@code value} unless it is already set to a value that is not empty.
     *
     * @return whether the variable now holds {@code value} because of this call; {@code false} if
     *     the user set it, or where {@code setenv} is missing (not POSIX; logged at DEBUG)
     */
    static boolean setUnlessGiven(String name, String value) {
        String given = System.getenv(name);
        if (given != null && !given.isEmpty()) {
            return false;
        }
        try {
            if (Native.load("c", C.class).setenv(name, value, 1) == 0) {
                return true;
            }
            LOG.debug("setenv({}) failed", name);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.debug("cannot set {} in this process ({}); set it in the environment instead", name, e.toString());
        }
        return false;
    }
}
