package io.github.inpaint4j.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark's state builds and fills for each method (timing is JMH's business, not a test's). */
class InpaintBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"telea", "criminisi", "efros-leung", "patchmatch"})
    void eachMethodFillsTheHoleAndKeepsTheKnownPixels(String method) throws IOException {
        InpaintBenchmark benchmark = new InpaintBenchmark();
        benchmark.method = method;
        benchmark.hole = 16;
        benchmark.threads = 2;
        benchmark.setUp();
        try {
            RgbImage filled = benchmark.fill();
            assertEquals(InpaintBenchmark.SIDE, filled.width());
            RgbImage picture = SyntheticImages.checkerboard(InpaintBenchmark.SIDE, InpaintBenchmark.SIDE, 8);
            assertEquals(picture.get(3, 200, 1), filled.get(3, 200, 1), "a known pixel is kept");
            RgbImage same = benchmark.fill();
            assertEquals(filled, same, "the same fill twice: a deterministic workload");
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void theAnnotationProcessorListedTheBenchmark() throws IOException {
        String name = InpaintBenchmark.class.getName();
        try (InputStream list = InpaintBenchmark.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            assertTrue(list != null, "META-INF/BenchmarkList is generated");
            assertTrue(new String(list.readAllBytes(), StandardCharsets.UTF_8).contains(name));
        }
    }
}
