package io.github.inpaint4j.gan.internal;

/**
 * Makes PyTorch's OpenMP threads spin only briefly, then sleep, while they wait for each other.
 *
 * <p>PyTorch's CPU kernels split every operation between its OpenMP threads and wait at a barrier
 * for the slowest. GNU OpenMP's waiting threads spin for 300,000 iterations before they sleep. On a
 * machine whose cores another process also uses, one of the threads regularly loses its core in the
 * middle of an operation; the others then spin at the barrier — taking the very cores it needs to
 * finish — until the scheduler gives it a turn again, operation after operation: a 2-thread
 * training beside one busy process ran 6× slower than alone and 4× slower than on one thread
 * (docs/performance.md). Sleeping at once ({@code OMP_WAIT_POLICY=PASSIVE}) cures that but costs a
 * third of the speed on an idle machine, where the barriers are short and a sleeping thread takes
 * long to wake; a spin of {@value #SPIN_COUNT} iterations (a few microseconds) keeps both: the
 * speed alone and the passive policy's rate beside a busy process.
 *
 * <p>libgomp reads its variables once, when it is loaded with PyTorch's native library, and Java
 * cannot set an environment variable; so this class sets {@code GOMP_SPINCOUNT} in the C library's
 * own environment ({@link ProcessEnvironment}) before the engine starts. A user who set
 * {@code GOMP_SPINCOUNT} or {@code OMP_WAIT_POLICY} keeps that choice. Where {@code setenv} is
 * missing (not POSIX) it logs and does nothing.
 */
final class OpenMpWaits {

    /** libgomp's spin count before a waiting thread sleeps. */
    static final String SPIN_VARIABLE = "GOMP_SPINCOUNT";
    /** The OpenMP wait policy, which also sets the spin count (0 for PASSIVE). */
    static final String POLICY_VARIABLE = "OMP_WAIT_POLICY";
    /** The spin count this library sets. */
    static final long SPIN_COUNT = 3000;

    private OpenMpWaits() {
    }

    /**
     * Sets {@value #SPIN_VARIABLE} to {@value #SPIN_COUNT} unless the user set it or
     * {@value #POLICY_VARIABLE}; call before PyTorch's native library is loaded.
     *
     * @return what is in force for this process, for the log
     */
    static String shortenSpins() {
        for (String variable : new String[] {SPIN_VARIABLE, POLICY_VARIABLE}) {
            String given = System.getenv(variable);
            if (given != null) {
                return variable + "=" + given + " (yours)";
            }
        }
        if (ProcessEnvironment.setUnlessGiven(SPIN_VARIABLE, Long.toString(SPIN_COUNT))) {
            return SPIN_VARIABLE + "=" + SPIN_COUNT;
        }
        return "libgomp's default (could not set " + SPIN_VARIABLE + ")";
    }
}
