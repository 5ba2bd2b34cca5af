package io.github.inpaint4j.examples;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressCounter;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.bench.BenchConfig;
import io.github.inpaint4j.bench.BenchMethod;
import io.github.inpaint4j.bench.BenchPicture;
import io.github.inpaint4j.bench.BenchReport;
import io.github.inpaint4j.bench.InpaintBench;
import io.github.inpaint4j.bench.MaskKind;
import io.github.inpaint4j.texture.TeleaInpainter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Benches an inpainter of your own against Telea with {@link InpaintBench}: here the simplest
 * possible method, which paints every hole pixel with the mean colour of the known pixels that
 * touch the hole. Writes the bench's CSV, summary and montages and prints the summary table.
 *
 * <p>Run: {@code java -cp examples/target/examples.jar io.github.inpaint4j.examples.CustomMethodBenchExample
 * [pictures-folder] [output-folder]} (defaults: docs/samples/bench, target/examples/custom-bench).
 */
public final class CustomMethodBenchExample {

    private CustomMethodBenchExample() {
    }

    /** A method of your own: the mean colour of the hole's known neighbours, everywhere in the hole. */
    static final class BorderMeanInpainter implements Inpainter {
        @Override
        public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
            if (!InpaintCall.begin(image, mask, progress, cancel)) {
                return image;
            }
            float[] s = image.toPlanar();
            int plane = image.pixelCount();
            double[] sum = new double[RgbImage.CHANNELS];
            int count = 0;
            Mask ring = mask.dilate(1);
            for (int i = 0; i < plane; i++) {
                if (ring.isHole(i) && !mask.isHole(i)) {
                    for (int c = 0; c < RgbImage.CHANNELS; c++) {
                        sum[c] += s[c * plane + i];
                    }
                    count++;
                }
            }
            cancel.throwIfCancelled();
            // a hole that is the whole picture has no neighbour: InpaintCall.begin refused it already
            RgbImage filled = mask.paint(image, (float) (sum[0] / count), (float) (sum[1] / count),
                    (float) (sum[2] / count));
            new ProgressCounter(progress, 1).finish(); // one step of work, done: report 1.0 as every method does
            return filled;
        }
    }

    /** Benches the border mean and Telea on the pictures of {@code pictures}, centre and scratch holes. */
    public static BenchReport run(Path pictures, Path output, boolean overwrite) throws IOException {
        BenchConfig config = BenchConfig.defaults().withMasks(List.of(MaskKind.CENTER, MaskKind.SCRATCHES));
        InpaintBench bench = new InpaintBench(config, List.of(
                new BenchMethod("border-mean", new BorderMeanInpainter()),
                new BenchMethod("telea", new TeleaInpainter())));
        return bench.run(BenchPicture.readFolder(pictures, config.size()), output, overwrite, ProgressListener.NONE,
                CancellationToken.NONE);
    }

    /** Runs the example and prints the summary table. */
    public static void main(String[] args) throws IOException {
        Path pictures = Path.of(args.length > 0 ? args[0] : "docs/samples/bench");
        Path output = Path.of(args.length > 1 ? args[1] : "target/examples/custom-bench");
        BenchReport report = run(pictures, output, true);
        System.out.print(report.summaryTable());
        System.out.println("results.csv, summary.md and montages/ in " + output);
    }
}
