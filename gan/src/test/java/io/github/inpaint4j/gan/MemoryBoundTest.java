package io.github.inpaint4j.gan;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native memory of a fill is bounded by the tile budget, not the picture: measured (not
 * timed) in a JVM of its own whose heap is committed and touched from the start
 * ({@code -Xms = -Xmx}, {@code -XX:+AlwaysPreTouch}), so that what its resident memory gains
 * during the fill is native memory — PyTorch's. The case: a 530 × 530 hole in a 2400 × 1800
 * picture, whose coarse window is 2048 × 2048; passes over that window at full resolution, as
 * before the budget, held about 8 GiB. Linux only (it reads {@code /proc/self/status}).
 */
class MemoryBoundTest {

    /** The bound asserted: 512 × 512 pixels per run at about 2 KiB each, with room for the allocator. */
    static final long BOUND = 1L << 30;

    @Test
    void aFillAtPhotoSizeHoldsLessThanAGibibyteOfNativeMemory(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "needs Linux's /proc");
        List<String> options = List.of("-Xms768m", "-Xmx768m", "-XX:+AlwaysPreTouch", "-Dai.djl.offline=true",
                "-Dai.djl.pytorch.num_threads=1", "-Dai.djl.pytorch.num_interop_threads=1",
                "-Dai.djl.pytorch.graph_optimizer=false");
        try (ChildJvm child = ChildJvm.startBare(Child.class, dir.resolve("child.log"), entry -> true, options)) {
            long before = Long.parseLong(child.awaitLine("before ").substring(7));
            long peak = Long.parseLong(child.awaitLine("peak ").substring(5));
            long grown = peak - before;
            String report = String.format(Locale.ROOT, "resident before %.0f MiB, peak %.0f MiB", before / 1048576.0,
                    peak / 1048576.0);
            assertTrue(grown < BOUND, report);
            assertTrue(grown > 64L << 20, "the measure sees the generator's memory: " + report);
        }
    }

    /** Loads the default model, fills a small picture, then the large one; prints its resident memory before and at the peak. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            try (GanInpainter gan = GanInpainter.loadDefault(1)) {
                gan.inpaint(SyntheticImages.gradient(256, 256), Mask.fromRectangles(256, 256, new Rect(96, 96, 64, 64)));
                RgbImage picture = SyntheticImages.gradient(2400, 1800);
                Mask hole = Mask.fromRectangles(2400, 1800, Rect.centred(2400, 1800, 530, 530));
                System.gc();
                System.out.println("before " + status("VmRSS:"));
                resetPeak();
                gan.inpaint(picture, hole);
                System.out.println("peak " + status("VmHWM:"));
            }
        }

        /** A {@code /proc/self/status} field in bytes. */
        static long status(String field) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]) * 1024;
                }
            }
            throw new IOException("no " + field + " in /proc/self/status");
        }

        /** Sets the peak to the current resident size (Linux 4.0 and later), so that it measures what follows. */
        static void resetPeak() throws IOException {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        }
    }
}
