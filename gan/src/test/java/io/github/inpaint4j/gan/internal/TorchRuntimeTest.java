package io.github.inpaint4j.gan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.NativeLibrary;
import io.github.inpaint4j.gan.ChildJvm;
import io.github.inpaint4j.gan.NetworkWatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the engine starts for a library user: offline, quiet, and with a clear error when the
 * natives are missing. Each case runs in a JVM of its own, started like a user's program (no
 * {@code ai.djl.*} settings), because the engine starts once per JVM.
 */
class TorchRuntimeTest {

    /**
     * Records every network connection {@code java.net} is asked to make ({@link NetworkWatch}),
     * starts the engine, and prints one line: {@code result <offline> <graph optimiser> <connections>},
     * or {@code result error <message>}.
     */
    public static final class StartEngine {
        public static void main(String[] args) throws IOException {
            List<String> connections = NetworkWatch.install();
            String outcome;
            try {
                TorchRuntime.start(1);
                outcome = System.getProperty(TorchRuntime.OFFLINE_PROPERTY) + " "
                        + System.getProperty(TorchRuntime.GRAPH_OPTIMIZER_PROPERTY) + " " + connections;
            } catch (RuntimeException | LinkageError e) {
                outcome = "error " + e.getMessage() + " " + connections;
            }
            System.out.println("result " + outcome);
        }
    }

    /** Starts the engine and prints {@code level N}: the level of PyTorch's C++ log (0 INFO … 3 FATAL). */
    public static final class PrintLogLevel {
        public static void main(String[] args) {
            TorchRuntime.start(1);
            System.out.println("level " + NativeLibrary.getInstance(TorchLogging.c10Library().toString())
                    .getGlobalVariableAddress("FLAGS_caffe2_log_level").getInt(0));
        }
    }

    private static String logLevel(Path dir, Map<String, String> environment) throws IOException {
        try (ChildJvm child = ChildJvm.start(PrintLogLevel.class, dir.resolve("level.log"), environment)) {
            return child.awaitLine("level ");
        }
    }

    /**
     * PyTorch's C++ warnings (NNPACK's "Could not initialize NNPACK! Reason: Unsupported hardware." on
     * some CPUs) are kept off stderr: its log level is ERROR unless the user chose one with
     * TORCH_CPP_LOG_LEVEL, which is then what PyTorch uses.
     */
    @Test
    void pytorchsOwnLogIsKeptToErrorsUnlessTheUserChoosesALevel(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(!System.getProperty("os.name").startsWith("Windows"),
                "the level is read from an Itanium-ABI symbol; Windows names it otherwise");
        assertEquals("level 2", logLevel(dir, Map.of()), "ERROR by default");
        assertEquals("level 0", logLevel(dir, Map.of("TORCH_CPP_LOG_LEVEL", "INFO")), "the user's INFO");
        assertEquals("level 1", logLevel(dir, Map.of("TORCH_CPP_LOG_LEVEL", "warning")), "the user's WARNING");
    }

    private static String run(Path dir, List<String> options, boolean natives) throws IOException {
        try (ChildJvm child = ChildJvm.startBare(StartEngine.class, dir.resolve("child.log"),
                entry -> natives || !Path.of(entry).getFileName().toString().startsWith("pytorch-native-"), options)) {
            return child.awaitLine("result ");
        }
    }

    @Test
    void engineStartsOfflineQuietlyAndOpensNoConnection(@TempDir Path dir) throws IOException {
        String result = run(dir, List.of(), true);
        assertEquals("result true false []", result);
        String log = Files.readString(dir.resolve("child.log"));
        assertFalse(log.contains("GPU count"), log);
    }

    @Test
    void theHooksSeeDjlsProbeWhenTheUserTurnsOfflineModeOff(@TempDir Path dir) throws IOException {
        // The control of the test above: the same child, online by the user's choice, is caught
        // opening a socket at engine start (DJL's usage probe of the cloud metadata address, which
        // the refusing factory then breaks), so an empty list above means no attempt was made.
        String result = run(dir, List.of("-Dai.djl.offline=false"), true);
        assertTrue(result.contains("socket") || result.contains("169.254.169.254"), result);
    }

    @Test
    void missingNativesNameTheArtifactToAdd(@TempDir Path dir) throws IOException {
        Path cache = Files.createDirectories(dir.resolve("empty-cache"));
        String result = run(dir, List.of("-DDJL_CACHE_DIR=" + cache, "-DENGINE_CACHE_DIR=" + cache), false);
        String platform = TorchRuntime.classifier(System.getProperty("os.name"), System.getProperty("os.arch"));
        assertTrue(result.startsWith("result error cannot load PyTorch's native library"), result);
        assertTrue(result.contains("Add the dependency ai.djl.pytorch:pytorch-native-cpu:2.7.1:" + platform), result);
        assertTrue(result.contains("DJL may not download it (offline)"), result);
        assertTrue(result.endsWith(" []"), "no connection attempted: " + result);
    }

    @Test
    void platformsAreNamedAsTheNativeJarsClassifiers() {
        assertEquals("linux-x86_64", TorchRuntime.classifier("Linux", "amd64"));
        assertEquals("linux-aarch64", TorchRuntime.classifier("Linux", "aarch64"));
        assertEquals("osx-aarch64", TorchRuntime.classifier("Mac OS X", "aarch64"));
        assertEquals("osx-x86_64", TorchRuntime.classifier("Mac OS X", "x86_64"));
        assertEquals("win-x86_64", TorchRuntime.classifier("Windows 11", "amd64"));
    }
}
