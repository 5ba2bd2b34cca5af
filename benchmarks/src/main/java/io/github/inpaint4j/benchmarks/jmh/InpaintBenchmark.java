package io.github.inpaint4j.benchmarks.jmh;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One fill of a 256×256 picture (an 8-pixel checkerboard) with a centred square hole, for each
 * method × hole side × thread count. The methods come from the registry by name with their
 * default options; {@code efros-leung} runs its fast search (the exact one takes seconds a fill).
 * Where the speed harness ({@code SpeedCommand}) times the reference cases a few times each, JMH
 * forks a JVM per combination, warms it up and reports a mean with its error: the figure to compare
 * two builds of the same method by.
 *
 * <pre>
 * java -cp benchmarks/target/speed.jar org.openjdk.jmh.Main InpaintBenchmark -p method=telea,criminisi
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InpaintBenchmark {

    /** The side of the picture. */
    static final int SIDE = 256;

    /** The method, by its registry name. */
    @Param({"telea", "criminisi", "efros-leung", "patchmatch"})
    public String method;

    /** The side of the centred square hole. */
    @Param({"32", "64"})
    public int hole;

    /** Worker threads, for the methods that take them. */
    @Param({"1", "2"})
    public int threads;

    private RgbImage picture;
    private Mask mask;
    private Inpainter inpainter;

    /** Builds the picture, the hole and the method. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        picture = SyntheticImages.checkerboard(SIDE, SIDE, 8);
        mask = Mask.fromRectangles(SIDE, SIDE, new Rect((SIDE - hole) / 2, (SIDE - hole) / 2, hole, hole));
        MethodDescription description = Inpainters.describe(method);
        Map<String, String> options = new LinkedHashMap<>();
        if (description.option(MethodDescription.THREADS).isPresent()) {
            options.put(MethodDescription.THREADS, Integer.toString(threads));
        }
        if (description.option("fast").isPresent()) {
            options.put("fast", "true");
        }
        inpainter = Inpainters.create(method, options);
    }

    /** Fills the hole once. */
    @Benchmark
    public RgbImage fill() {
        return inpainter.inpaint(picture, mask);
    }

    /** Closes the method. */
    @TearDown(Level.Trial)
    public void tearDown() {
        inpainter.close();
    }
}
