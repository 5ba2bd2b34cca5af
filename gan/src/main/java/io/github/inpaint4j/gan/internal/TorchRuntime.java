package io.github.inpaint4j.gan.internal;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import io.github.inpaint4j.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts DJL's PyTorch engine and sets its thread count.
 *
 * <p>PyTorch's intra-op thread count is global to the process. Its default (one thread per core)
 * is catastrophic when another process uses the same cores: OpenMP threads spin while waiting, and
 * a training step measured 20× slower on a busy 2-core machine (docs/djl.md#cpu-threads). The
 * library therefore defaults to half the cores, sets the count explicitly on every start, makes OpenMP's
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
    /**
     * DJL's offline switch (or the environment variable {@value #OFFLINE_VARIABLE}): no download of
     * natives or models and no usage probe of the cloud metadata address, read whenever DJL is about
     * to go online.
     */
    public static final String OFFLINE_PROPERTY = "ai.djl.offline";
    /** The environment variable form of {@value #OFFLINE_PROPERTY}, which DJL prefers when both are set. */
    public static final String OFFLINE_VARIABLE = "DJL_OFFLINE";
    /** DJL's switch of PyTorch's TorchScript graph optimiser, which only logs a line for this module's models. */
    public static final String GRAPH_OPTIMIZER_PROPERTY = "ai.djl.pytorch.graph_optimizer";
    /**
     * This library's switch of DJL's warning when it finds a CUDA runtime but cannot count GPUs
     * ({@code "Failed to detect GPU count"}, twice per start on a CPU machine with a CUDA library):
     * {@code false} keeps the warning; the default silences it.
     */
    public static final String QUIET_PROPERTY = "inpaint4j.djl.quiet";

    private static final Logger LOG = LoggerFactory.getLogger(TorchRuntime.class);
    private static final String JNI_UTILS = "ai.djl.pytorch.jni.JniUtils";
    private static final String CUDA_UTILS = "ai.djl.util.cuda.CudaUtils";
    /** pytorch-engine's resource naming the PyTorch version it loads. */
    private static final String ENGINE_PROPERTIES = "pytorch-engine.properties";

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
     * core), {@value #INTEROP_THREADS_PROPERTY} to 1, libgomp's {@code GOMP_SPINCOUNT} to 3,000,
     * and starts DJL offline and quietly: {@value #OFFLINE_PROPERTY} {@code true} (the natives come
     * from the class path; no download, no probe of the network), {@value #GRAPH_OPTIMIZER_PROPERTY}
     * {@code false} and, unless {@value #QUIET_PROPERTY} is {@code false}, no GPU-count warning;
     * PyTorch's own C++ log is kept to errors unless the user set {@code TORCH_CPP_LOG_LEVEL}
     * ({@link TorchLogging}).
     * A setting the user made (a system property, or {@value #OFFLINE_VARIABLE}) wins.
     *
     * @param threads in [1, {@link Threads#max()}]
     * @return the engine
     * @throws IllegalArgumentException if {@code threads} is outside that range (the message names the bound)
     * @throws IllegalStateException if the PyTorch engine is not on the class path, or its native
     *     library is missing (the message names the artifact to add)
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
            if (System.getProperty(OFFLINE_PROPERTY) == null && System.getenv(OFFLINE_VARIABLE) == null) {
                System.setProperty(OFFLINE_PROPERTY, "true");
            }
            if (System.getProperty(GRAPH_OPTIMIZER_PROPERTY) == null) {
                System.setProperty(GRAPH_OPTIMIZER_PROPERTY, "false");
            }
            LOG.debug("OpenMP waits: {}", OpenMpWaits.shortenSpins());
            TorchLogging.chooseLevel();
            if (!"false".equals(System.getProperty(QUIET_PROPERTY))) {
                silenceGpuCountWarning();
            }
        }
        Engine engine;
        try {
            engine = Engine.getEngine(ENGINE);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the DJL PyTorch engine is not available: add ai.djl.pytorch:pytorch-engine"
                    + " and a pytorch-native-* library to the class path", e);
        } catch (EngineException e) {
            throw new IllegalStateException(nativeLibraryMissing(e), e);
        }
        if (!started) {
            LOG.debug("PyTorch's C++ log: {}", TorchLogging.apply());
        }
        started = true;
        setThreads(threads);
        return engine;
    }

    /**
     * The message for an engine that failed to load its native library: DJL says only what its
     * last attempt was (typically "Failed to save pytorch index file" when it may not download),
     * so this names the artifact that holds the library for this machine.
     */
    static String nativeLibraryMissing(EngineException e) {
        String version = pytorchVersion();
        String artifact = "ai.djl.pytorch:pytorch-native-cpu:" + (version == null ? "<PyTorch version>" : version) + ":"
                + classifier(System.getProperty("os.name"), System.getProperty("os.arch"));
        StringBuilder djl = new StringBuilder();
        for (Throwable t = e; t != null && djl.length() < 500; t = t.getCause()) {
            djl.append(djl.length() == 0 ? "" : ": ").append(t.getMessage() == null ? t.getClass().getName()
                    : t.getMessage());
        }
        boolean offline = Boolean.parseBoolean(System.getenv(OFFLINE_VARIABLE) != null ? System.getenv(OFFLINE_VARIABLE)
                : System.getProperty(OFFLINE_PROPERTY));
        return "cannot load PyTorch's native library: it is neither on the class path nor in DJL's cache"
                + (offline ? ", and DJL may not download it (offline)" : "") + ". Add the dependency " + artifact
                + " (scope runtime; docs/maven.md), or a GPU build (docs/training.md#gpu). DJL said: " + djl;
    }

    /**
     * DJL's name for a platform, as in the native jars' classifiers: {@code linux-x86_64},
     * {@code linux-aarch64}, {@code osx-aarch64}, {@code win-x86_64}.
     */
    static String classifier(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        String os = name.startsWith("mac") || name.startsWith("darwin") ? "osx" : name.startsWith("win") ? "win"
                : name.startsWith("linux") ? "linux" : name.replace(' ', '_');
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> osArch;
        };
        return os + "-" + arch;
    }

    /** The PyTorch version the engine on the class path loads, or {@code null} if it does not say. */
    private static String pytorchVersion() {
        try (InputStream in = Engine.class.getClassLoader() == null ? null
                : Engine.class.getClassLoader().getResourceAsStream(ENGINE_PROPERTIES)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("pytorch_version");
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Turns off the warning DJL's CUDA probe logs when a CUDA runtime is installed but no GPU can be
     * counted (every CPU machine with a CUDA library): DJL keeps the switch in a private field of
     * {@code CudaUtils}, meant for its own child processes, so it is set by reflection; if a DJL
     * version lacks it, the warning simply stays.
     */
    private static void silenceGpuCountWarning() {
        try {
            Field logging = Class.forName(CUDA_UTILS).getDeclaredField("logging");
            logging.setAccessible(true);
            logging.setBoolean(null, false);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("cannot silence DJL's GPU-count warning ({})", e.toString());
        }
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
