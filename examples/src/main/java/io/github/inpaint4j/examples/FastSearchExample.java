package io.github.inpaint4j.examples;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.metrics.Psnr;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.EfrosLeungInpainter;
import io.github.inpaint4j.texture.SearchMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Efros–Leung's exact search against the accelerated coarse-to-fine one on the same inputs: the
 * hole PSNR and the time of both, over several seeds (one run's PSNR depends a lot on its random
 * choices, so single runs say little).
 *
 * <p>Run: {@code java -cp examples/target/examples.jar io.github.inpaint4j.examples.FastSearchExample
 * [picture] [seeds] [output-folder] [hole-side]} (defaults: docs/samples/astronaut-256.png with a
 * 64×64 centre hole — case A —, 10 seeds, target/examples, 64). Prints a table and writes
 * {@code efros-leung-exact-vs-fast.png} (the hole, exact, coarse-to-fine, for the default seed).
 */
public final class FastSearchExample {

    /**
     * Hole PSNR and wall time of both modes, seed by seed (seeds 1, 2, ...).
     *
     * @param exactPsnr hole PSNR in dB of the exact search, per seed
     * @param fastPsnr hole PSNR in dB of the coarse-to-fine search, per seed
     * @param exactSeconds wall time of each exact run, per seed
     * @param fastSeconds wall time of each coarse-to-fine run, per seed
     */
    public record Comparison(double[] exactPsnr, double[] fastPsnr, double[] exactSeconds, double[] fastSeconds) {

        /** Mean of {@code values}. */
        public static double mean(double[] values) {
            return Arrays.stream(values).average().orElse(Double.NaN);
        }
    }

    private FastSearchExample() {
    }

    /** Fills {@code hole} in both modes with seeds 1 to {@code seeds} and measures each run. */
    public static Comparison compare(RgbImage picture, Mask hole, EfrosLeungConfig config, int seeds) {
        double[][] psnr = new double[2][seeds];
        double[][] seconds = new double[2][seeds];
        SearchMode[] modes = {SearchMode.EXACT, SearchMode.FAST};
        for (int s = 0; s < seeds; s++) {
            for (int m = 0; m < 2; m++) {
                long start = System.nanoTime();
                RgbImage out = new EfrosLeungInpainter(config.withSearch(modes[m]).withSeed(s + 1)).inpaint(picture,
                        hole);
                seconds[m][s] = (System.nanoTime() - start) / 1e9;
                psnr[m][s] = Psnr.inHole(picture, out, hole);
            }
        }
        return new Comparison(psnr[0], psnr[1], seconds[0], seconds[1]);
    }

    /** Runs the comparison, prints the table and writes the picture. */
    public static void main(String[] args) throws IOException {
        Path picturePath = Path.of(args.length > 0 ? args[0] : "docs/samples/astronaut-256.png");
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path folder = Path.of(args.length > 2 ? args[2] : "target/examples");
        int side = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        Files.createDirectories(folder);
        RgbImage picture = ImageFiles.read(picturePath);
        Rect centre = Rect.centred(picture.width(), picture.height(), side, side);
        Mask hole = Mask.fromRectangles(picture.width(), picture.height(), centre);
        EfrosLeungConfig config = EfrosLeungConfig.defaults();
        Comparison c = compare(picture, hole, config, seeds);
        System.out.println("| seed | exact PSNR (dB) | exact (s) | coarse-to-fine PSNR (dB) | coarse-to-fine (s) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int s = 0; s < seeds; s++) {
            System.out.printf("| %d | %.2f | %.2f | %.2f | %.2f |%n", s + 1, c.exactPsnr()[s], c.exactSeconds()[s],
                    c.fastPsnr()[s], c.fastSeconds()[s]);
        }
        System.out.printf("| mean | %.2f | %.2f | %.2f | %.2f |%n", Comparison.mean(c.exactPsnr()),
                Comparison.mean(c.exactSeconds()), Comparison.mean(c.fastPsnr()), Comparison.mean(c.fastSeconds()));

        Rect region = centre.expand(24, picture.width(), picture.height());
        RgbImage exact = new EfrosLeungInpainter(config).inpaint(picture, hole);
        RgbImage fast = new EfrosLeungInpainter(config.withSearch(SearchMode.FAST)).inpaint(picture, hole);
        Path out = folder.resolve("efros-leung-exact-vs-fast.png");
        ImageFiles.write(ExampleImages.sideBySide(4,
                ExampleImages.zoom(hole.paint(picture, 1, 1, 1).crop(region), 2),
                ExampleImages.zoom(exact.crop(region), 2), ExampleImages.zoom(fast.crop(region), 2)), out, true);
        System.out.println("wrote " + out);
    }
}
