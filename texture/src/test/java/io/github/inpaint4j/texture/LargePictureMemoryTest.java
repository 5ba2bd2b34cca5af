package io.github.inpaint4j.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.File;
import java.util.concurrent.atomic.AtomicLong;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 12-megapixel picture (4000×3000, synthetic) with a small hole, filled by each exemplar method
 * at its defaults (the automatic context: the whole picture, as the work fits the budget) and by
 * Telea, in a JVM of its own whose heap is capped at {@link #HEAP_MIB} MiB: the run must end
 * normally, and the high-water mark of its used heap (sampled every few milliseconds; garbage not
 * yet collected included) must stay under the cap. The picture alone is 144 MB of floats; the bound is about 80 bytes per
 * pixel for the input, the working copies, the candidate windows, the pyramid, the output and the
 * threads' scratch together — a search that kept a picture-sized array per thread, or per
 * level and thread, would break it. Memory is measured here, not time.
 */
class LargePictureMemoryTest {

    /** The child's heap cap, MiB. */
    static final int HEAP_MIB = 1024;

    @ParameterizedTest
    @ValueSource(strings = {"telea", "criminisi", "efros-leung-fast"})
    void aTwelveMegapixelFillStaysWithinTheHeapBound(String method) throws Exception {
        String classPath = Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
                .filter(p -> p != null && !p.isEmpty()).reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MIB + "m", "-XX:+UseG1GC", "-cp", classPath, LargePictureMemoryTest.class.getName(),
                method).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the child ends");
        assertEquals(0, child.exitValue(), out);
        String line = out.lines().filter(l -> l.startsWith("peak heap MiB ")).findFirst().orElseThrow(
                () -> new AssertionError("no peak reported: " + out));
        long peak = Long.parseLong(line.substring("peak heap MiB ".length()).trim());
        assertTrue(peak <= HEAP_MIB, method + ": peak " + peak + " MiB");
    }

    /**
     * The child: fills a 4000×3000 picture's 24×24 hole with {@code args[0]} on two threads and
     * prints the largest used heap it saw, {@code peak heap MiB N}.
     */
    public static void main(String[] args) {
        AtomicLong peak = new AtomicLong();
        Runtime runtime = Runtime.getRuntime();
        Thread sampler = new Thread(() -> {
            while (true) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        RgbImage picture = SyntheticImages.gradient(4000, 3000);
        Mask hole = Mask.fromRectangles(4000, 3000, new Rect(2100, 1400, 24, 24));
        Inpainter method = switch (args[0]) {
            case "telea" -> new TeleaInpainter();
            case "criminisi" -> new CriminisiInpainter(CriminisiConfig.defaults().withThreads(2));
            case "efros-leung-fast" -> new EfrosLeungInpainter(EfrosLeungConfig.defaults().withSearch(SearchMode.FAST)
                    .withThreads(2));
            default -> throw new IllegalArgumentException(args[0]);
        };
        RgbImage out = method.inpaint(picture, hole);
        if (out.width() != 4000 || out.get(0, 0, 0) != picture.get(0, 0, 0)) {
            throw new AssertionError("wrong output");
        }
        peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
        System.out.println("peak heap MiB " + (peak.get() >> 20));
    }
}
