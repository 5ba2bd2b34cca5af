package io.github.inpaint4j.gan.internal;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps PyTorch's own C++ log lines off stderr unless the user asks for them.
 *
 * <p>PyTorch writes warnings of its C++ code straight to stderr, in its own format — on CPUs whose
 * cache layout its CPU-information library cannot read, every GAN command printed
 * {@code [W… NNPACK.cpp:57] Could not initialize NNPACK! Reason: Unsupported hardware.} (NNPACK is
 * one of the convolution libraries PyTorch may use; without it PyTorch uses its others, and nothing
 * changes for this library). The level is PyTorch's {@code TORCH_CPP_LOG_LEVEL} ({@code INFO},
 * {@code WARNING}, {@code ERROR}, {@code FATAL}), which PyTorch reads only when a program calls
 * {@code c10::initLogging()} — Python's {@code import torch} does; DJL does not. So this class sets
 * {@code TORCH_CPP_LOG_LEVEL=ERROR} in the process environment unless the user set it, and calls
 * {@code c10::initLogging()} in the loaded {@code c10} library once the engine has started: errors
 * still show, and a user who sets {@code TORCH_CPP_LOG_LEVEL=WARNING} sees the warnings again.
 */
final class TorchLogging {

    /** PyTorch's variable for the level of its C++ log. */
    static final String LEVEL_VARIABLE = "TORCH_CPP_LOG_LEVEL";
    /** The level this library sets unless the user chose one. */
    static final String QUIET_LEVEL = "ERROR";

    private static final Logger LOG = LoggerFactory.getLogger(TorchLogging.class);
    private static final String LIB_UTILS = "ai.djl.pytorch.jni.LibUtils";
    /** {@code c10::initLogging()} as the Itanium C++ ABI (Linux, macOS) and MSVC (Windows) name it. */
    private static final String[] INIT_LOGGING = {"_ZN3c1011initLoggingEv", "?initLogging@c10@@YAXXZ"};

    private TorchLogging() {
    }

    /** Sets {@value #LEVEL_VARIABLE} to {@value #QUIET_LEVEL} unless the user set it; call before the engine starts. */
    static void chooseLevel() {
        ProcessEnvironment.setUnlessGiven(LEVEL_VARIABLE, QUIET_LEVEL);
    }

    /**
     * Makes PyTorch read {@value #LEVEL_VARIABLE}; call once the engine has started.
     *
     * @return what is in force, for the log
     */
    static String apply() {
        Path library = c10Library();
        if (library == null) {
            return "PyTorch's default (its c10 library was not found)";
        }
        try {
            NativeLibrary c10 = NativeLibrary.getInstance(library.toString());
            for (String name : INIT_LOGGING) {
                Function initLogging;
                try {
                    initLogging = c10.getFunction(name);
                } catch (UnsatisfiedLinkError e) {
                    continue;
                }
                initLogging.invoke(Void.class, new Object[0]);
                return LEVEL_VARIABLE + "=" + System.getenv().getOrDefault(LEVEL_VARIABLE, QUIET_LEVEL + " (set here)");
            }
            return "PyTorch's default (c10::initLogging not found in " + library + ")";
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.debug("cannot apply {} ({})", LEVEL_VARIABLE, e.toString());
            return "PyTorch's default (" + e + ")";
        }
    }

    /** The path of the {@code c10} library the PyTorch engine loaded, or {@code null}. */
    static Path c10Library() {
        try {
            Object folder = Class.forName(LIB_UTILS).getMethod("getLibtorchPath").invoke(null);
            return Path.of(folder.toString()).resolve(System.mapLibraryName("c10"));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("cannot find PyTorch's c10 library ({})", e.toString());
            return null;
        }
    }
}
