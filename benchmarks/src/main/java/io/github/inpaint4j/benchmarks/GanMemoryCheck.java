package io.github.inpaint4j.benchmarks;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.cli.ProcessMemory;
import io.github.inpaint4j.gan.GanInpainter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks that a GAN inpainter releases its native memory: fills case A many times in a row and
 * records the process's resident memory as it goes. A leak of the arrays of one call (tens of MiB
 * for case A) would show as steady growth.
 *
 * <p>Run: {@code java -cp benchmarks/target/speed.jar io.github.inpaint4j.benchmarks.GanMemoryCheck
 * [calls] [checkpoint]} (defaults: 1,000 calls; without a checkpoint, the default model).
 */
public final class GanMemoryCheck {

    /**
     * Resident memory after a number of calls.
     *
     * @param calls calls done
     * @param residentBytes the process's resident set size then, or -1 if unknown
     */
    public record Sample(int calls, long residentBytes) {
    }

    private GanMemoryCheck() {
    }

    /**
     * Fills {@code picture} {@code calls} times, sampling resident memory after the first call and
     * every {@code every} calls.
     */
    public static List<Sample> run(GanInpainter gan, RgbImage picture, Mask mask, int calls, int every) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 1; i <= calls; i++) {
            gan.inpaint(picture, mask);
            if (i == 1 || i % every == 0) {
                samples.add(new Sample(i, ProcessMemory.resident().orElse(-1L)));
            }
        }
        return samples;
    }

    /** Runs the check on case A; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        BenchInputs.Input input = BenchInputs.caseA(Path.of("docs/samples"));
        try (GanInpainter gan = args.length > 1 ? GanInpainter.load(Path.of(args[1])) : GanInpainter.loadDefault()) {
            long start = System.nanoTime();
            List<Sample> samples = run(gan, input.picture(), input.mask(), calls, Math.max(1, calls / 10));
            double seconds = (System.nanoTime() - start) / 1e9;
            for (Sample s : samples) {
                System.out.printf(Locale.ROOT, "after %5d calls: RSS %.1f MiB%n", s.calls(),
                        ProcessMemory.mebibytes(s.residentBytes()));
            }
            System.out.printf(Locale.ROOT, "%d calls in %.1f s (%.1f ms per call); %s%n", calls, seconds,
                    1000 * seconds / calls, ProcessMemory.describePeak().orElse("peak memory unknown"));
        }
    }
}
