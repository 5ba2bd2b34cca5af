package io.github.inpaint4j;

/**
 * The one check of a user's thread count, shared by every method, the GAN and the command line.
 *
 * <p>A thread count above the machine's cores only adds waiting (and PyTorch's spinning OpenMP
 * threads can bring a machine to a halt), so counts are bounded by {@link #max()}: a small multiple
 * of the available processors, never less than {@value #MIN_BOUND}. Results never depend on the
 * thread count, so the bound changes speed only.
 */
public final class Threads {

    /** The bound is this many threads per available processor. */
    public static final int PER_PROCESSOR = 4;
    /** The bound is at least this, so that small machines can still test several threads. */
    public static final int MIN_BOUND = 8;

    private Threads() {
    }

    /** The largest thread count accepted on this machine: {@value #PER_PROCESSOR} × the available processors, at least {@value #MIN_BOUND}. */
    public static int max() {
        return Math.max(MIN_BOUND, PER_PROCESSOR * available());
    }

    /** The processors available to this JVM. */
    public static int available() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Checks a thread count.
     *
     * @param field the name of the setting, for the message (e.g. {@code "threads"})
     * @return {@code threads}
     * @throws io.github.inpaint4j.settings.SettingException naming the field, the bound and the value, if it is
     *     outside [1, {@link #max()}]
     */
    public static int require(String field, int threads) {
        int max = max();
        if (threads < 1 || threads > max) {
            throw new io.github.inpaint4j.settings.SettingException(field, Integer.toString(threads), "in [1, " + max
                    + "] (" + PER_PROCESSOR + " × the " + available() + " available processors, at least " + MIN_BOUND
                    + ")");
        }
        return threads;
    }
}
