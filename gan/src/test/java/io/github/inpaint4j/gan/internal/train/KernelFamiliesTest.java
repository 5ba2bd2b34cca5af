package io.github.inpaint4j.gan.internal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.gan.ChildJvm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GAN's training steps and batch predictions under every family of CPU kernels PyTorch can be
 * made to use on this machine, each in a JVM of its own ({@link KernelProbe}; PyTorch reads its
 * kernel choices from the environment once per process):
 * <ul>
 *   <li>the machine's own choice (AVX-512 where the CPU has it);</li>
 *   <li>forced down to AVX2 ({@code ONEDNN_MAX_CPU_ISA=AVX2}, {@code ATEN_CPU_CAPABILITY=avx2},
 *       {@code MKL_ENABLE_INSTRUCTIONS=AVX2}) and to the plain default level ({@code SSE41},
 *       {@code default}, {@code SSE4_2}) — on x86-64; elsewhere ATen's default level;</li>
 *   <li>the machine's own choice again under {@code MALLOC_PERTURB_} with two fill bytes: glibc
 *       then fills every block it hands out and every block it takes back with a pattern, so a
 *       computation that reads memory it never wrote (or freed memory) gives another result.</li>
 * </ul>
 * Every run must keep its losses and weights finite and its batch predictions within 1e-4 of the
 * single ones; the perturbed runs must reproduce the unperturbed run to the last bit.
 */
class KernelFamiliesTest {

    /** The kernel families to force, by name, as environment variables; the first is the machine's own. */
    static Map<String, Map<String, String>> families() {
        Map<String, Map<String, String>> families = new LinkedHashMap<>();
        families.put("native", Map.of());
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            families.put("avx2", Map.of("ONEDNN_MAX_CPU_ISA", "AVX2", "ATEN_CPU_CAPABILITY", "avx2",
                    "MKL_ENABLE_INSTRUCTIONS", "AVX2"));
            families.put("default-level", Map.of("ONEDNN_MAX_CPU_ISA", "SSE41", "ATEN_CPU_CAPABILITY", "default",
                    "MKL_ENABLE_INSTRUCTIONS", "SSE4_2"));
        } else {
            families.put("default-level", Map.of("ATEN_CPU_CAPABILITY", "default"));
        }
        return families;
    }

    private static List<String> probe(Path dir, String name, Map<String, String> environment) throws IOException {
        try (ChildJvm child = ChildJvm.start(KernelProbe.class, dir.resolve(name + ".log"), environment)) {
            List<String> lines = child.awaitExit();
            assertTrue(lines.contains("done"), name + ": " + lines);
            return lines;
        }
    }

    private static void check(String family, List<String> lines) {
        List<String> finite = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("finite ")) {
                finite.add(line);
                assertTrue(line.endsWith(" true"), family + ": a loss or a weight is not finite: " + line + "\n" + lines);
            } else if (line.startsWith("batch ")) {
                double difference = Double.parseDouble(line.split(" ")[1]);
                assertTrue(difference <= 1e-4, family + ": a batch differs from single predictions by " + difference);
            }
        }
        assertEquals(KernelProbe.SHAPES.size(), finite.size(), family + ": " + lines);
    }

    @TempDir
    static Path dir;

    /** The machine's own kernels, unperturbed: what every other run is compared with. */
    private static List<String> nativeRun;

    @BeforeAll
    static void runWithTheMachinesOwnKernels() throws IOException {
        nativeRun = probe(dir, "native", Map.of());
    }

    @Test
    void trainingAndBatchesHoldUnderEveryKernelFamily() throws IOException {
        for (Map.Entry<String, Map<String, String>> family : families().entrySet()) {
            check(family.getKey(), family.getValue().isEmpty() ? nativeRun
                    : probe(dir, family.getKey(), family.getValue()));
        }
    }

    @Test
    void nothingReadsMemoryItNeverWrote() throws IOException {
        for (String fill : new String[] {"165", "90"}) {
            List<String> perturbed = probe(dir, "perturbed-" + fill, Map.of("MALLOC_PERTURB_", fill));
            assertEquals(nativeRun, perturbed, "the results changed with MALLOC_PERTURB_=" + fill);
        }
    }
}
