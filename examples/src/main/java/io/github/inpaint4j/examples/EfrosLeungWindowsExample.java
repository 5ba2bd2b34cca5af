package io.github.inpaint4j.examples;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.EfrosLeungInpainter;
import io.github.inpaint4j.texture.EfrosLeungSynthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Efros–Leung with growing windows, as in the results of the paper: a hole in a texture filled,
 * and a new texture grown from a sample, with windows of 5, 13 and 25 pixels. Small windows lose
 * the structure of the texture; a window as large as its elements keeps it.
 *
 * <p>Run: {@code java -cp examples/target/examples.jar io.github.inpaint4j.examples.EfrosLeungWindowsExample
 * [texture] [output-folder]} (defaults: docs/samples/brick-128.png, target/examples). It fills a
 * 40×40 centre hole of the texture, grows a 128×128 texture from its top-left 64×64 corner, and
 * writes {@code efros-leung-hole-windows.png} (zoomed 2×) and {@code efros-leung-synthesis-windows.png}.
 */
public final class EfrosLeungWindowsExample {

    /** The window widths of the paper's figures. */
    public static final int[] WINDOWS = {5, 13, 25};

    private EfrosLeungWindowsExample() {
    }

    /** {@code texture} with {@code hole} filled by Efros–Leung, once per window width. */
    public static List<RgbImage> fillHole(RgbImage texture, Mask hole, EfrosLeungConfig config, int... windows) {
        List<RgbImage> out = new ArrayList<>();
        for (int w : windows) {
            out.add(new EfrosLeungInpainter(config.withWindow(w)).inpaint(texture, hole));
        }
        return out;
    }

    /** A {@code width × height} texture grown from {@code sample}, once per window width. */
    public static List<RgbImage> synthesize(RgbImage sample, int width, int height, EfrosLeungConfig config,
            int... windows) {
        List<RgbImage> out = new ArrayList<>();
        for (int w : windows) {
            out.add(new EfrosLeungSynthesizer(config.withWindow(w)).synthesize(sample, width, height));
        }
        return out;
    }

    /** Runs both experiments on a texture file and writes the two side-by-side pictures. */
    public static void main(String[] args) throws IOException {
        Path picture = Path.of(args.length > 0 ? args[0] : "docs/samples/brick-128.png");
        Path folder = Path.of(args.length > 1 ? args[1] : "target/examples");
        Files.createDirectories(folder);
        RgbImage texture = ImageFiles.read(picture);
        EfrosLeungConfig config = EfrosLeungConfig.defaults();

        long start = System.nanoTime();
        Mask hole = Mask.fromRectangles(texture.width(), texture.height(),
                Rect.centred(texture.width(), texture.height(), 40, 40));
        List<RgbImage> filled = new ArrayList<>();
        filled.add(hole.paint(texture, 1, 1, 1));
        filled.addAll(fillHole(texture, hole, config, WINDOWS));
        Path holes = folder.resolve("efros-leung-hole-windows.png");
        ImageFiles.write(ExampleImages.sideBySide(4, filled.stream().map(f -> ExampleImages.zoom(f, 2))
                .toArray(RgbImage[]::new)), holes, true);

        RgbImage sample = texture.crop(new Rect(0, 0, Math.min(64, texture.width()), Math.min(64, texture.height())));
        List<RgbImage> grown = synthesize(sample, 128, 128, config, WINDOWS);
        grown.add(0, sample);
        Path synthesis = folder.resolve("efros-leung-synthesis-windows.png");
        ImageFiles.write(ExampleImages.sideBySide(4, grown.toArray(RgbImage[]::new)), synthesis, true);
        System.out.printf("windows 5, 13, 25: hole filling and synthesis in %.1f s; wrote %s and %s%n",
                (System.nanoTime() - start) / 1e9, holes, synthesis);
    }
}
