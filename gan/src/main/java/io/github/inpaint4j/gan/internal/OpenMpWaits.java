package io.github.inpaint4j.gan.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes PyTorch's OpenMP threads sleep, not spin, while they wait for each other.
 *
 * <p>PyTorch's CPU kernels split every operation between its OpenMP threads and wait at a barrier
 * for the slowest. GNU OpenMP's waiting threads spin for a while before they sleep. On a machine
 * whose cores another process also uses, one of the threads regularly loses its core in the middle
 * of an operation; the others then spin at the barrier — taking the very cores it needs to finish —
 * until the scheduler gives it a turn again, operation after operation: a 2-thread training beside
 * one busy process ran 6× slower than alone and 4× slower than on one thread (docs/performance.md).
 * {@code OMP_WAIT_POLICY=PASSIVE} makes them sleep at once instead.
 *
 * <p>libgomp reads the variable once, when it is loaded with PyTorch's native library, and Java
 * cannot set an environment variable; so this class sets it in the C library's own environment
 * ({@code setenv}, through JNA, which DJL already depends on) before the engine starts. A value the
 * user set is kept. Where that is impossible (no POSIX {@code setenv}) it logs and does nothing.
 */
final class OpenMpWaits {

    /** The libgomp variable. */
    static final String VARIABLE = "OMP_WAIT_POLICY";

    private static final Logger LOG = LoggerFactory.getLogger(OpenMpWaits.class);

    /** The C library's {@code setenv}. */
    private interface C extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private OpenMpWaits() {
    }

    /**
     * Sets {@value #VARIABLE} to {@code PASSIVE} unless the user set it; call before PyTorch's
     * native library is loaded.
     *
     * @return the policy in force for this process: the user's, {@code PASSIVE}, or {@code null}
     *     if it could not be set
     */
    static String makePassive() {
        String given = System.getenv(VARIABLE);
        if (given != null) {
            return given;
        }
        try {
            C c = Native.load("c", C.class);
            if (c.setenv(VARIABLE, "PASSIVE", 0) == 0) {
                return "PASSIVE";
            }
            LOG.debug("setenv({}) failed", VARIABLE);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.debug("cannot set {} in this process ({}); start Java with {}=PASSIVE instead", VARIABLE, e.toString(),
                    VARIABLE);
        }
        return null;
    }
}
