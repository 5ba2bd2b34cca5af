package io.github.inpaint4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.gan.GanInpainter;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GanBenchTest {

    @Test
    void benchTimesTrainingAndInference() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpeedCommand.execute(new String[] {"--case", "gan/train-64,A/gan", "--threads", "1",
            "--repeat", "1", "--warmup", "0", "--samples", "../docs/samples"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("| gan/train-64 | 1 | ") && l.contains("step 10:")),
                out.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("| A/gan | 1 | ") && l.contains("hole PSNR")),
                out.toString());
    }

    /** The GAN's 12-megapixel cases, and the ladybird: 2.3 % of the photo in one hole, deep body and thin legs. */
    @Test
    void thePhotoCasesAndTheLadybird() throws IOException {
        List<String> names = GanBenchCases.all().stream().map(BenchCase::name).toList();
        assertTrue(names.containsAll(List.of("4000x3000-281k/gan", "4000x3000-1.1M/gan")), names.toString());
        Mask ladybird = BenchInputs.photo4000x3000Hole281k(java.nio.file.Path.of("../docs/samples")).mask();
        assertEquals(4000, ladybird.width());
        assertEquals(281_078, ladybird.holeCount());
        assertTrue(ladybird.isHole(2000, 1560), "the body is centred");
        assertEquals(java.util.Optional.of(new Rect(1563, 1087, 875, 772)), ladybird.boundingBox());
    }

    @Test
    void memoryCheckSamplesAfterTheFirstCallAndEveryN() throws IOException {
        try (GanInpainter gan = GanInpainter.loadDefault(1)) {
            List<GanMemoryCheck.Sample> samples = GanMemoryCheck.run(gan, SyntheticImages.gradient(40, 30),
                    Mask.fromRectangles(40, 30, new Rect(10, 10, 8, 8)), 20, 10);
            assertEquals(List.of(1, 10, 20), samples.stream().map(GanMemoryCheck.Sample::calls).toList());
            assertTrue(samples.stream().allMatch(s -> s.residentBytes() > 0), samples.toString());
        }
    }
}
