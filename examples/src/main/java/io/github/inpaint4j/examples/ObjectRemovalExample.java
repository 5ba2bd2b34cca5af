package io.github.inpaint4j.examples;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.bench.MaskKind;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.texture.CriminisiConfig;
import io.github.inpaint4j.texture.CriminisiInpainter;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.EfrosLeungInpainter;
import io.github.inpaint4j.texture.PatchMatchConfig;
import io.github.inpaint4j.texture.PatchMatchInpainter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Removes objects from photos with the exemplar methods: the round mission patch on the
 * astronaut's sleeve in the bundled photo, with Criminisi (patches of 9 and 13) and Efros–Leung
 * beside them; then the same patch, and the spoon on the saucer of the bundled coffee photo (a
 * large object across a shiny saucer and the cup's shadow), with Criminisi and PatchMatch at their
 * defaults.
 *
 * <p>Run: {@code java -cp examples/target/examples.jar io.github.inpaint4j.examples.ObjectRemovalExample
 * [astronaut] [output-folder] [coffee]} (defaults: docs/samples/astronaut-256.png, target/examples,
 * docs/samples/bench/coffee-256.png). The pictures must be 256×256 for the default objects; it
 * writes {@code criminisi-object-removal.png}, {@code patchmatch-mission-patch.png} and
 * {@code patchmatch-spoon.png}.
 */
public final class ObjectRemovalExample {

    /** The patch widths compared by {@link #main}. */
    public static final int[] PATCHES = {9, 13};

    /**
     * What the Criminisi comparison produced.
     *
     * @param marked the photo with the object painted white
     * @param criminisi Criminisi's result for each patch width, in the order asked
     * @param efrosLeung Efros–Leung's result (window 11), for comparison
     */
    public record Result(RgbImage marked, List<RgbImage> criminisi, RgbImage efrosLeung) {
    }

    /**
     * One object removed by the two patch methods at their defaults.
     *
     * @param marked the photo with the object painted white
     * @param criminisi Criminisi's result (patch 9)
     * @param patchMatch PatchMatch's result (patch 7)
     */
    public record Comparison(RgbImage marked, RgbImage criminisi, RgbImage patchMatch) {
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

    /**
     * The spoon on the saucer in {@code bench/coffee-256.png}: its handle, a capsule of radius 7 from
     * (199, 40) to (181, 150), and its bowl, a capsule of radius 29 from (168, 180) to (172, 184).
     */
    public static Mask spoon() {
        return capsule(256, 256, 199, 40, 181, 150, 7).union(capsule(256, 256, 168, 180, 172, 184, 29));
    }

    /**
     * A {@code width × height} mask whose hole is every pixel within {@code radius} of the segment
     * from {@code (x0, y0)} to {@code (x1, y1)}.
     */
    public static Mask capsule(int width, int height, int x0, int y0, int x1, int y1, int radius) {
        boolean[] hole = new boolean[width * height];
        double vx = x1 - x0;
        double vy = y1 - y0;
        double length2 = Math.max(1e-9, vx * vx + vy * vy);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double t = Math.max(0, Math.min(1, ((x - x0) * vx + (y - y0) * vy) / length2));
                double dx = x - (x0 + t * vx);
                double dy = y - (y0 + t * vy);
                hole[y * width + x] = dx * dx + dy * dy <= (double) radius * radius;
            }
        }
        return Mask.of(width, height, hole);
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

    /** Removes {@code object} from {@code photo} with Criminisi and with PatchMatch, both at their defaults. */
    public static Comparison compare(RgbImage photo, Mask object) {
        return new Comparison(object.paint(photo, 1, 1, 1), new CriminisiInpainter().inpaint(photo, object),
                new PatchMatchInpainter().inpaint(photo, object));
    }

    /**
     * The montage of a comparison: the region around the object, zoomed, in four panels — before,
     * the object marked, Criminisi, PatchMatch.
     */
    public static RgbImage montage(RgbImage photo, Comparison comparison, Rect region, int zoom) {
        return ExampleImages.sideBySide(4, ExampleImages.zoom(photo.crop(region), zoom),
                ExampleImages.zoom(comparison.marked().crop(region), zoom),
                ExampleImages.zoom(comparison.criminisi().crop(region), zoom),
                ExampleImages.zoom(comparison.patchMatch().crop(region), zoom));
    }

    /** The pictures of the large-hole montage, from the bench's samples. */
    public static final List<String> LARGE_HOLE_PICTURES = List.of("astronaut-256", "chelsea-256", "coffee-256",
            "coins-256");

    /**
     * A large-hole removal, around the hole: before, the hole marked, PatchMatch unguided with every
     * filled pixel a copy (as it was before guidance and blending), and PatchMatch at its defaults
     * (guided by Telea's fill, blended in the gradient domain).
     */
    public static RgbImage largeHoleRow(RgbImage photo, Mask hole, Rect region) {
        PatchMatchConfig unguided = PatchMatchConfig.defaults().withGuide(PatchMatchConfig.NO_GUIDE)
                .withBlend(PatchMatchConfig.Blend.NONE);
        return ExampleImages.sideBySide(4, photo.crop(region), hole.paint(photo, 1, 0, 1).crop(region),
                new PatchMatchInpainter(unguided).inpaint(photo, hole).crop(region),
                new PatchMatchInpainter().inpaint(photo, hole).crop(region));
    }

    /**
     * The rows of {@link #largeHoleRow} for {@link #LARGE_HOLE_PICTURES} in {@code bench}, each with
     * the bench's large hole (a centred square, half the side).
     */
    public static RgbImage largeHoles(Path bench) throws IOException {
        List<RgbImage> rows = new ArrayList<>();
        for (String name : LARGE_HOLE_PICTURES) {
            RgbImage photo = ImageFiles.read(bench.resolve(name + ".png"));
            Mask hole = MaskKind.LARGE.draw(photo.width(), photo.height(), new SplittableRandom(0));
            Rect region = hole.boundingBox().orElseThrow().expand(16, photo.width(), photo.height());
            rows.add(largeHoleRow(photo, hole, region));
        }
        return ExampleImages.stacked(4, rows.toArray(RgbImage[]::new));
    }

    /** Runs the example and writes its montages. */
    public static void main(String[] args) throws IOException {
        Path picture = Path.of(args.length > 0 ? args[0] : "docs/samples/astronaut-256.png");
        Path folder = Path.of(args.length > 1 ? args[1] : "target/examples");
        Path coffee = Path.of(args.length > 2 ? args[2] : "docs/samples/bench/coffee-256.png");
        Files.createDirectories(folder);
        RgbImage photo = ImageFiles.read(picture);
        Mask patch = missionPatch();
        long start = System.nanoTime();
        Result result = run(photo, patch, PATCHES);
        Rect region = patch.boundingBox().orElseThrow().expand(28, patch.width(), patch.height());
        List<RgbImage> panels = new ArrayList<>();
        panels.add(ExampleImages.zoom(result.marked().crop(region), 2));
        for (RgbImage r : result.criminisi()) {
            panels.add(ExampleImages.zoom(r.crop(region), 2));
        }
        panels.add(ExampleImages.zoom(result.efrosLeung().crop(region), 2));
        Path out = folder.resolve("criminisi-object-removal.png");
        ImageFiles.write(ExampleImages.sideBySide(4, panels.toArray(RgbImage[]::new)), out, true);
        System.out.printf("removed %d pixels with Criminisi (patches 9 and 13) and Efros–Leung in %.1f s; wrote %s%n",
                patch.holeCount(), (System.nanoTime() - start) / 1e9, out);
        write(photo, patch, region, folder.resolve("patchmatch-mission-patch.png"));
        Mask spoon = spoon();
        write(ImageFiles.read(coffee), spoon, spoon.boundingBox().orElseThrow().expand(24, 256, 256),
                folder.resolve("patchmatch-spoon.png"));
        Path large = folder.resolve("patchmatch-guided-large.png");
        ImageFiles.write(largeHoles(coffee.getParent()), large, true);
        System.out.println("wrote " + large);
    }

    private static void write(RgbImage photo, Mask object, Rect region, Path out) throws IOException {
        long start = System.nanoTime();
        Comparison comparison = compare(photo, object);
        ImageFiles.write(montage(photo, comparison, region, 2), out, true);
        System.out.printf("removed %d pixels with Criminisi and PatchMatch in %.1f s; wrote %s%n", object.holeCount(),
                (System.nanoTime() - start) / 1e9, out);
    }
}
