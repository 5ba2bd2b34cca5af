package io.github.inpaint4j.examples;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.texture.CriminisiConfig;
import io.github.inpaint4j.texture.CriminisiInpainter;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.EfrosLeungInpainter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes an object from a photo with Criminisi's exemplar-based method: by default the round
 * mission patch on the astronaut's sleeve in the bundled photo, with patches of 9 and 13 pixels,
 * and Efros–Leung beside them for comparison.
 *
 * <p>Run: {@code java -cp examples/target/inpaint.jar io.github.inpaint4j.examples.ObjectRemovalExample
 * [picture] [output-folder]} (defaults: docs/samples/astronaut-256.png, target/examples). The
 * picture must be 256×256 for the default object; it writes {@code criminisi-object-removal.png}.
 */
public final class ObjectRemovalExample {

    /** The patch widths compared by {@link #main}. */
    public static final int[] PATCHES = {9, 13};

    /**
     * What the example produced.
     *
     * @param marked the photo with the object painted white
     * @param criminisi Criminisi's result for each patch width, in the order asked
     * @param efrosLeung Efros–Leung's result (window 11), for comparison
     */
    public record Result(RgbImage marked, List<RgbImage> criminisi, RgbImage efrosLeung) {
    }

    private ObjectRemovalExample() {
    }

    /**
     * The mission patch on the astronaut's left sleeve in {@code astronaut-256.png}: a disc of radius
     * 21 pixels centred on (86, 191).
     */
    public static Mask missionPatch() {
        return disc(256, 256, 86, 191, 21);
    }

    /** A {@code width × height} mask whose hole is the disc of {@code radius} around {@code (cx, cy)}. */
    public static Mask disc(int width, int height, int cx, int cy, int radius) {
        boolean[] hole = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                hole[y * width + x] = (x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius;
            }
        }
        return Mask.of(width, height, hole);
    }

    /** Removes {@code object} from {@code photo} with Criminisi for each patch width, and with Efros–Leung. */
    public static Result run(RgbImage photo, Mask object, int... patches) {
        List<RgbImage> removed = new ArrayList<>();
        for (int patch : patches) {
            removed.add(new CriminisiInpainter(CriminisiConfig.defaults().withPatch(patch)).inpaint(photo, object));
        }
        RgbImage efrosLeung = new EfrosLeungInpainter(EfrosLeungConfig.defaults()).inpaint(photo, object);
        return new Result(object.paint(photo, 1, 1, 1), removed, efrosLeung);
    }

    /** Runs the example and writes the zoomed region around the object, before and after, side by side. */
    public static void main(String[] args) throws IOException {
        Path picture = Path.of(args.length > 0 ? args[0] : "docs/samples/astronaut-256.png");
        Path folder = Path.of(args.length > 1 ? args[1] : "target/examples");
        Files.createDirectories(folder);
        Mask object = missionPatch();
        long start = System.nanoTime();
        Result result = run(ImageFiles.read(picture), object, PATCHES);
        Rect region = object.boundingBox().orElseThrow().expand(28, object.width(), object.height());
        List<RgbImage> panels = new ArrayList<>();
        panels.add(ExampleImages.zoom(result.marked().crop(region), 2));
        for (RgbImage r : result.criminisi()) {
            panels.add(ExampleImages.zoom(r.crop(region), 2));
        }
        panels.add(ExampleImages.zoom(result.efrosLeung().crop(region), 2));
        Path out = folder.resolve("criminisi-object-removal.png");
        ImageFiles.write(ExampleImages.sideBySide(4, panels.toArray(RgbImage[]::new)), out, true);
        System.out.printf("removed %d pixels with Criminisi (patches 9 and 13) and Efros–Leung in %.1f s; wrote %s%n",
                object.holeCount(), (System.nanoTime() - start) / 1e9, out);
    }
}
