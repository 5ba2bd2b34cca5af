package io.github.inpaint4j.spark.internal;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.io.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inpainters of this JVM (an executor, or the driver in local mode), one per method and
 * options, shared by every partition and every task slot that runs here: a GAN's model is loaded
 * once per executor, not once per partition.
 *
 * <p>They are closed when the JVM ends (a shutdown hook), not when the last partition using one
 * ends: an executor runs its partitions one after another, so a count of the partitions in flight
 * falls to zero between two of them, and closing then would load the model again for the next.
 * An executor's JVM ends with its application, so nothing outlives the job on a cluster; a
 * long-lived local driver can free them earlier with {@link #closeAll()}. Thread-safe.
 */
public final class ExecutorInpainters {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorInpainters.class);
    private static final Map<String, Inpainter> SHARED = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ExecutorInpainters::closeAll, "inpaint4j-close-inpainters"));
    }

    private ExecutorInpainters() {
    }

    /**
     * The inpainter of {@code method} with {@code options}, made on first use (tasks asking for it
     * meanwhile wait for that one).
     *
     * @throws IOException if a file an option names cannot be read (a GAN checkpoint not shipped to this executor)
     * @throws IllegalArgumentException for an unknown method or a bad option
     */
    public static Inpainter get(String method, Map<String, String> options, ReadOptions reading) throws IOException {
        String key = method + " " + new TreeMap<>(options);
        try {
            return SHARED.computeIfAbsent(key, k -> {
                try {
                    LOG.info("loading {} with {} on this executor", method, options);
                    return Inpainters.create(method, options, reading);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** How many inpainters this JVM holds. */
    public static int size() {
        return SHARED.size();
    }

    /** Closes and forgets every inpainter of this JVM; the next {@link #get} makes a new one. */
    public static void closeAll() {
        List<Inpainter> open = new ArrayList<>(SHARED.values());
        SHARED.clear();
        for (Inpainter inpainter : open) {
            try {
                inpainter.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed: {}", inpainter, e.toString());
            }
        }
    }
}
