package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.Threads;
import ai.djl.Device;
import ai.djl.engine.Engine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts DJL's PyTorch engine and sets its thread count.
 *
 * <p>PyTorch's intra-op thread count is global to the process. Its default (one thread per core)
 * is catastrophic when another process uses the same cores: OpenMP threads spin while waiting, and
 * a training step measured 20× slower on a busy 2-core machine (DJL-NOTES §5). The library
 * therefore defaults to half the cores, sets the count explicitly on every start, makes OpenMP's
 * waiting threads sleep after a short spin ({@link OpenMpWaits}) and gives PyTorch's inter-op pool,
 * which eagerly run DJL blocks never use, one thread.
 *
 * <p>The engine API has no thread setting, and this module compiles against the engine-neutral
 * {@code ai.djl:api} only (the engine is a runtime dependency a GPU user swaps), so the PyTorch
 * call is made by reflection.
 */
public final class TorchRuntime {

    /** The engine this module runs on. */
    public static final String ENGINE = "PyTorch";
    /** DJL's system property for PyTorch's intra-op thread count, read when the engine starts. */
    public static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";
    /** DJL's system property for PyTorch's inter-op thread count, read when the engine starts. */
    public static final String INTEROP_THREADS_PROPERTY = "ai.djl.pytorch.num_interop_threads";

    private static final Logger LOG = LoggerFactory.getLogger(TorchRuntime.class);
    private static final String JNI_UTILS = "ai.djl.pytorch.jni.JniUtils";

    private static boolean started;

    private TorchRuntime() {
    }

    /**
     * The default thread count: the value of {@value #THREADS_PROPERTY} if set, otherwise half the
     * available processors (at least 1), which leaves room for whatever else runs on the machine.
     */
    public static int defaultThreads() {
        Integer property = Integer.getInteger(THREADS_PROPERTY);
        if (property != null && property > 0) {
            return property;
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /**
     * Starts the PyTorch engine if needed and sets its intra-op thread count (for the whole
     * process). Before the engine's first start it also sets, unless the user did,
     * {@value #THREADS_PROPERTY} (so that PyTorch starts with that many threads rather than one per
     * core), {@value #INTEROP_THREADS_PROPERTY} to 1 and libgomp's {@code GOMP_SPINCOUNT} to 3,000.
     *
     * @param threads in [1, {@link Threads#max()}]
     * @return the engine
     * @throws IllegalArgumentException if {@code threads} is outside that range (the message names the bound)
     * @throws IllegalStateException if the PyTorch engine is not on the class path
     */
    public static synchronized Engine start(int threads) {
        Threads.require("threads", threads);
        if (!started) {
            if (System.getProperty(THREADS_PROPERTY) == null) {
                System.setProperty(THREADS_PROPERTY, Integer.toString(threads));
            }
            if (System.getProperty(INTEROP_THREADS_PROPERTY) == null) {
                System.setProperty(INTEROP_THREADS_PROPERTY, "1");
            }
            LOG.debug("OpenMP waits: {}", OpenMpWaits.shortenSpins());
        }
        Engine engine;
        try {
            engine = Engine.getEngine(ENGINE);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the DJL PyTorch engine is not available: add ai.djl.pytorch:pytorch-engine"
                    + " and a pytorch-native-* library to the class path", e);
        }
        started = true;
        setThreads(threads);
        return engine;
    }

    /** The device models run on: the first GPU if DJL finds one, otherwise the CPU. */
    public static Device device(Engine engine) {
        return engine.defaultDevice();
    }

    private static void setThreads(int threads) {
        try {
            Class<?> jni = Class.forName(JNI_UTILS);
            Method set = jni.getMethod("setNumThreads", int.class);
            Method get = jni.getMethod("getNumThreads");
            if ((int) get.invoke(null) != threads) {
                set.invoke(null, threads);
                LOG.debug("PyTorch intra-op threads set to {}", threads);
            }
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            LOG.warn("cannot set the PyTorch thread count to {} ({}); set -D{}={} instead", threads, e.toString(),
                    THREADS_PROPERTY, threads);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("PyTorch refused the thread count " + threads, e.getCause());
        }
    }
}
