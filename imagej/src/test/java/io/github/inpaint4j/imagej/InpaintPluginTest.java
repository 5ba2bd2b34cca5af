package io.github.inpaint4j.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.Menus;
import ij.Undo;
import ij.WindowManager;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.github.inpaint4j.Inpainters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plugin in a headless ImageJ, run by its command as a macro runs it: {@code plugins.config}
 * installs {@code Inpaint...}, and every test fills a polygon selection and checks that its pixels
 * changed, every other pixel is identical, and Edit › Undo brings the original back.
 */
class InpaintPluginTest {

    private static final int W = 48;
    private static final int H = 40;
    /** Fast options per method, on these small pictures. */
    private static final Map<String, String> FAST = Map.of("efros-leung", "window=5", "criminisi", "patch=5",
            "patchmatch", "patch=5", "gan", "threads=1");

    /**
     * Installs {@code Inpaint...} from the jar's {@code plugins.config} as ImageJ does when it scans a
     * plugin jar. ImageJ 1.x fills its command table while it builds its AWT menus, which a headless
     * JVM cannot (Fiji's headless mode patches this); the test sets the table itself.
     */
    @BeforeAll
    static void installTheCommandFromPluginsConfig() throws Exception {
        String config;
        try (InputStream in = InpaintPlugin.class.getResourceAsStream("/plugins.config")) {
            assertNotNull(in, "plugins.config at the jar's root");
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Process, "Inpaint...", io.github.inpaint4j.imagej.InpaintPlugin
        String line = config.lines().filter(l -> l.startsWith("Process")).findFirst().orElseThrow();
        String[] parts = line.split(",\\s*");
        java.lang.reflect.Field table = Menus.class.getDeclaredField("pluginsTable");
        table.setAccessible(true);
        if (table.get(null) == null) {
            table.set(null, new java.util.Hashtable<String, String>());
        }
        @SuppressWarnings("unchecked")
        java.util.Hashtable<String, String> commands = (java.util.Hashtable<String, String>) table.get(null);
        commands.put(parts[1].replace("\"", ""), parts[2].trim());
    }

    static List<String> methods() {
        return Inpainters.names();
    }

    /** A textured colour picture: no pixel is pure magenta, which the hole is painted before the fill. */
    private static ImagePlus colourPicture() {
        ColorProcessor ip = new ColorProcessor(W, H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int r = 40 + 20 * ((x / 4 + y / 4) % 2) + x;
                int g = 90 + 3 * y;
                int b = 60 + ((x * 7 + y * 3) % 50);
                ip.set(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return new ImagePlus("picture", ip);
    }

    private static Roi polygon() {
        return new PolygonRoi(new int[] {18, 30, 28, 16}, new int[] {14, 16, 26, 24}, 4, Roi.POLYGON);
    }

    private static boolean[] inside(Roi roi) {
        return HoleMasks.fromSelection(roi, W, H).toArray();
    }

    /** Runs the command on {@code imp} as a macro line does. */
    private static String run(ImagePlus imp, String options) {
        WindowManager.setTempCurrentImage(imp);
        IJ.redirectErrorMessages();
        IJ.getErrorMessage();
        try {
            IJ.run(imp, "Inpaint...", options);
        } catch (RuntimeException e) {
            if (!ij.Macro.MACRO_CANCELED.equals(e.getMessage())) {
                throw e;
            }
            // an error aborts the macro that ran the command, as in ImageJ
        }
        return IJ.getErrorMessage();
    }

    private static void undo(ImagePlus imp) {
        WindowManager.setTempCurrentImage(imp);
        Undo.undo();
    }

    private static double[] values(ImageProcessor ip) {
        double[] v = new double[ip.getPixelCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ip instanceof FloatProcessor ? ip.getf(i) : ip.get(i);
        }
        return v;
    }

    private static void assertFilledOnlyInside(double[] before, double[] after, boolean[] hole, double painted) {
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            if (hole[i]) {
                assertNotEquals(painted, after[i], "hole pixel " + i + " still has the colour painted over the hole");
                changed++;
            } else {
                assertEquals(before[i], after[i], "known pixel " + i + " changed");
            }
        }
        assertTrue(changed > 100, changed + " hole pixels");
    }

    @ParameterizedTest
    @MethodSource("methods")
    void everyMethodFillsThePolygonAndUndoRestoresIt(String method) {
        ImagePlus imp = colourPicture();
        Roi roi = polygon();
        imp.setRoi(roi);
        imp.getProcessor().setColor(0xff00ff);
        imp.getProcessor().fill(roi);
        double[] before = values(imp.getProcessor());
        String error = run(imp, "method=" + method + " mask=selection " + FAST.getOrDefault(method, ""));
        assertEquals(null, error);
        assertFilledOnlyInside(before, values(imp.getProcessor()), inside(roi), 0xff00ff);
        undo(imp);
        assertArrayEquals(before, values(imp.getProcessor()));
    }

    @Test
    void sixteenBitKeepsItsCalibrationAndDisplayRange() {
        ShortProcessor ip = new ShortProcessor(W, H);
        for (int i = 0; i < W * H; i++) {
            ip.set(i, (i * 977) % 65536);
        }
        ip.set(0, 0);
        ip.set(1, 65535);
        ImagePlus imp = new ImagePlus("sixteen", ip);
        Calibration calibration = imp.getCalibration();
        calibration.pixelWidth = 0.25;
        calibration.setUnit("µm");
        ip.setMinAndMax(100, 30000);
        Roi roi = polygon();
        imp.setRoi(roi);
        ip.setValue(65535);
        ip.fill(roi);
        ip.set(0, 0);
        double[] before = values(ip);
        assertEquals(null, run(imp, "method=telea mask=selection"));
        assertFilledOnlyInside(before, values(imp.getProcessor()), inside(roi), 65535);
        assertEquals(0.25, imp.getCalibration().pixelWidth);
        assertEquals("µm", imp.getCalibration().getUnit());
        assertEquals(100, imp.getProcessor().getMin());
        assertEquals(30000, imp.getProcessor().getMax());
        undo(imp);
        assertArrayEquals(before, values(imp.getProcessor()));
    }

    @Test
    void thirtyTwoBitValuesKeepTheirRange() {
        FloatProcessor ip = new FloatProcessor(W, H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                ip.setf(x, y, -250.5f + 37.25f * x + 0.001f * y * y);
            }
        }
        ImagePlus imp = new ImagePlus("float", ip);
        Roi roi = polygon();
        imp.setRoi(roi);
        ip.setValue(Float.NaN); // what lies under the hole never matters, NaN included
        ip.fill(roi);
        double[] before = values(ip);
        assertEquals(null, run(imp, "method=patchmatch mask=selection patch=5"));
        double[] after = values(imp.getProcessor());
        boolean[] hole = inside(roi);
        for (int i = 0; i < after.length; i++) {
            if (hole[i]) {
                assertTrue(after[i] >= -250.5 && after[i] <= -250.5 + 37.25 * 47 + 2, "pixel " + i + ": " + after[i]);
            } else {
                assertEquals(Double.doubleToRawLongBits(before[i]), Double.doubleToRawLongBits(after[i]), "pixel " + i);
            }
        }
        undo(imp);
        double[] undone = values(imp.getProcessor());
        for (int i = 0; i < undone.length; i++) {
            assertEquals(Double.doubleToRawLongBits(before[i]), Double.doubleToRawLongBits(undone[i]), "pixel " + i);
        }
    }

    @Test
    void eightBitGreyAndColourLookUpTables() {
        ByteProcessor grey = new ByteProcessor(W, H);
        for (int i = 0; i < W * H; i++) {
            grey.set(i, 20 + (i % W) * 4);
        }
        ImagePlus imp = new ImagePlus("grey", grey);
        Roi roi = polygon();
        imp.setRoi(roi);
        grey.setValue(255);
        grey.fill(roi);
        double[] before = values(grey);
        assertEquals(null, run(imp, "method=telea mask=selection"));
        assertFilledOnlyInside(before, values(imp.getProcessor()), inside(roi), 255);

        // an indexed-colour picture: the fill takes colours of its table
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) {
            r[i] = (byte) ((i * 37) % 256);
            g[i] = (byte) ((i * 91) % 256);
            b[i] = (byte) ((i * 53) % 256);
        }
        ByteProcessor indexed = new ByteProcessor(W, H);
        indexed.setColorModel(new java.awt.image.IndexColorModel(8, 256, r, g, b));
        for (int i = 0; i < W * H; i++) {
            indexed.set(i, (i % W) / 12); // four colours in bands
        }
        ImagePlus colour = new ImagePlus("indexed", indexed);
        colour.setRoi(polygon());
        indexed.setValue(200);
        indexed.fill(polygon());
        assertTrue(indexed.isColorLut() && !indexed.isPseudoColorLut());
        double[] beforeColour = values(indexed);
        assertEquals(null, run(colour, "method=patchmatch mask=selection patch=5"));
        double[] after = values(colour.getProcessor());
        boolean[] hole = inside(polygon());
        for (int i = 0; i < after.length; i++) {
            if (hole[i]) {
                assertTrue(after[i] <= 3, "the fill of pixel " + i + " is a colour of the bands, got index " + after[i]);
            } else {
                assertEquals(beforeColour[i], after[i]);
            }
        }
    }

    @Test
    void aStackFillsTheCurrentSliceOrAll() {
        ImageStack stack = new ImageStack(W, H);
        for (int s = 0; s < 3; s++) {
            ShortProcessor ip = new ShortProcessor(W, H);
            for (int i = 0; i < W * H; i++) {
                ip.set(i, 1000 * (s + 1) + (i % W) * 10);
            }
            ip.setValue(60000);
            ip.fill(polygon());
            stack.addSlice("slice " + s, ip);
        }
        ImagePlus imp = new ImagePlus("stack", stack);
        imp.setRoi(polygon());
        imp.setSlice(2);
        double[][] before = {values(stack.getProcessor(1)), values(stack.getProcessor(2)), values(stack.getProcessor(3))};
        assertEquals(null, run(imp, "method=telea mask=selection slices=current"));
        assertArrayEquals(before[0], values(stack.getProcessor(1)));
        assertFilledOnlyInside(before[1], values(stack.getProcessor(2)), inside(polygon()), 60000);
        assertArrayEquals(before[2], values(stack.getProcessor(3)));
        assertEquals(null, run(imp, "method=telea mask=selection slices=all"));
        assertFilledOnlyInside(before[0], values(stack.getProcessor(1)), inside(polygon()), 60000);
        assertFilledOnlyInside(before[2], values(stack.getProcessor(3)), inside(polygon()), 60000);
    }

    @Test
    void aCompositeSelectionFillsEachOfItsParts() {
        ImagePlus imp = colourPicture();
        ShapeRoi two = new ShapeRoi(new Roi(4, 4, 6, 6)).or(new ShapeRoi(new Roi(30, 20, 8, 10)));
        imp.setRoi(two);
        imp.getProcessor().setColor(0xff00ff);
        imp.getProcessor().fill(two);
        double[] before = values(imp.getProcessor());
        assertEquals(null, run(imp, "method=telea mask=selection"));
        boolean[] hole = inside(two);
        assertEquals(6 * 6 + 8 * 10, count(hole));
        assertFilledOnlyInsideCounting(before, values(imp.getProcessor()), hole, 0xff00ff);
    }

    private static int count(boolean[] hole) {
        int n = 0;
        for (boolean h : hole) {
            n += h ? 1 : 0;
        }
        return n;
    }

    private static void assertFilledOnlyInsideCounting(double[] before, double[] after, boolean[] hole, double painted) {
        for (int i = 0; i < before.length; i++) {
            if (hole[i]) {
                assertNotEquals(painted, after[i], "hole pixel " + i);
            } else {
                assertEquals(before[i], after[i], "known pixel " + i);
            }
        }
    }

    @Test
    void aMaskImageChosenInTheDialogMarksTheHoles() {
        String result = IJ.runMacro("""
                setBatchMode(true);
                newImage("picture", "8-bit ramp", 48, 40, 1);
                newImage("dust", "8-bit black", 48, 40, 1);
                for (y = 10; y < 15; y++) for (x = 20; x < 26; x++) setPixel(x, y, 255);
                selectImage("picture");
                for (y = 10; y < 15; y++) for (x = 20; x < 26; x++) setPixel(x, y, 0);
                before = getPixel(5, 5);
                run("Inpaint...", "method=telea mask=dust");
                return "" + getPixel(22, 12) + " " + getPixel(5, 5) + " " + before;
                """);
        String[] parts = result.split(" ");
        assertNotEquals("0", parts[0], "the hole under the mask image is filled");
        assertEquals(parts[2], parts[1], "a known pixel is unchanged");
    }

    @Test
    void escCancelsTheFillAndLeavesTheImageAsItWas() throws InterruptedException {
        ColorProcessor ip = new ColorProcessor(200, 160);
        for (int i = 0; i < 200 * 160; i++) {
            ip.set(i, (int) ((i * 2654435761L) & 0xffffff));
        }
        ImagePlus imp = new ImagePlus("large", ip);
        imp.setRoi(new Roi(60, 40, 70, 70));
        double[] before = values(ip);
        // exact Efros–Leung on a 70×70 hole: billions of window comparisons, far longer than the wait below
        Thread fill = new Thread(() -> run(imp, "method=efros-leung mask=selection window=11 threads=1"));
        fill.start();
        Thread.sleep(700);
        assertTrue(fill.isAlive(), "the fill is still running when Esc is pressed");
        IJ.setKeyDown(java.awt.event.KeyEvent.VK_ESCAPE);
        fill.join(60_000);
        assertFalse(fill.isAlive(), "Esc ended the fill");
        IJ.resetEscape();
        assertArrayEquals(before, values(imp.getProcessor()));
    }

    @Test
    void badInputLeavesTheImageAsItWas() {
        ImagePlus imp = colourPicture();
        double[] before = values(imp.getProcessor());
        String error = run(imp, "method=telea mask=selection");
        assertTrue(error != null && error.contains("no selection"), error);
        assertArrayEquals(before, values(imp.getProcessor()));

        imp.setRoi(polygon());
        error = run(imp, "method=criminisi mask=selection patch=4");
        assertTrue(error != null && error.contains("patch"), error);
        assertArrayEquals(before, values(imp.getProcessor()));

        error = run(imp, "method=criminisi mask=selection patch=abc");
        assertTrue(error != null && error.contains("patch"), error);

        error = run(imp, "method=telea mask=missing-image");
        assertTrue(error != null && error.contains("missing-image"), error);
        assertArrayEquals(before, values(imp.getProcessor()));

        FloatProcessor nan = new FloatProcessor(W, H);
        nan.setf(3, 2, Float.NaN);
        ImagePlus withNan = new ImagePlus("nan", nan);
        withNan.setRoi(polygon());
        double[] nanBefore = values(nan);
        error = run(withNan, "method=telea mask=selection");
        assertTrue(error != null && error.contains("(3, 2)") && error.contains("NaN"), error);
        assertFalse(Double.isNaN(values(withNan.getProcessor())[W + 5]));
        assertEquals(Arrays.toString(nanBefore), Arrays.toString(values(withNan.getProcessor())));

        imp.setRoi(new ij.gui.Line(1, 1, 30, 30));
        error = run(imp, "method=telea mask=selection");
        assertTrue(error != null && error.contains("not an area"), error);
    }
}
