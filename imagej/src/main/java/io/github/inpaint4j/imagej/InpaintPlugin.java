package io.github.inpaint4j.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.Macro;
import ij.Undo;
import ij.WindowManager;
import ij.plugin.PlugIn;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.registry.MethodDescription;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code Process › Inpaint…}: fills the active image where its selection is (any area selection,
 * composite ones too), or where a mask image chosen in the dialog is non-zero, with any method of
 * inpaint4j's registry. The first dialog chooses the method, where to fill and, for a stack, the
 * current slice or all; the second shows the method's options, built from its description. Every
 * choice is recorded by ImageJ's macro recorder:
 * <pre>
 * run("Inpaint...", "method=patchmatch mask=selection patch=7 seed=1");
 * run("Inpaint...", "method=telea mask=dust-mask.tif slices=all");
 * </pre>
 * Headless (no window can be shown) the same options are read from the macro.
 *
 * <p>Only hole pixels change; the calibration and the display range stay. The fill runs with
 * ImageJ's progress bar and status line; Esc cancels it and leaves the image as it was, as does
 * any error (which ImageJ shows, or a macro reports). A fill of one image, or of a stack's current
 * slice, is one undo step (Edit › Undo); filling all slices of a stack, like ImageJ's own stack
 * filters, cannot be undone. Types: 8-bit grey and colour, 16-bit, 32-bit and RGB, and their
 * stacks (value mapping in {@link SlicePixels}).
 *
 * <p>Methods are found by the registry on the class path: a method jar in Fiji's {@code jars/}
 * folder appears in the list with its options, with no change to the plugin.
 */
public final class InpaintPlugin implements PlugIn {

    /** The mask choice that fills the selection rather than a mask image. */
    static final String SELECTION = "selection";
    private static final String TITLE = "Inpaint";

    /** What the dialogs asked for. */
    private record Request(String method, Map<String, String> options, ImagePlus mask, boolean allSlices) {
    }

    @Override
    public void run(String arg) {
        ImagePlus imp = WindowManager.getCurrentImage();
        if (imp == null) {
            IJ.noImage();
            return;
        }
        try {
            Request request = ask(imp);
            if (request != null) {
                fill(imp, request);
            }
        } catch (InpaintingCancelledException e) {
            IJ.showStatus("Inpaint: cancelled, the image is unchanged");
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            IJ.error(TITLE, e.getMessage());
        } catch (OutOfMemoryError e) {
            IJ.outOfMemory(TITLE);
        }
    }

    private static Form form(String title) {
        return GraphicsEnvironment.isHeadless() ? new MacroForm(Macro.getOptions()) : new DialogForm(title);
    }

    /** The two dialogs; {@code null} if one was cancelled. */
    private static Request ask(ImagePlus imp) {
        List<String> methods = Inpainters.names();
        if (methods.isEmpty()) {
            throw new IllegalStateException("no inpainting method on the class path: put inpaint4j-texture (and"
                    + " inpaint4j-gan for the GAN) in Fiji's jars folder");
        }
        List<String> masks = new ArrayList<>(List.of(SELECTION));
        int[] ids = WindowManager.getIDList();
        for (int id : ids == null ? new int[0] : ids) {
            ImagePlus other = WindowManager.getImage(id);
            if (other != null && other != imp && other.getWidth() == imp.getWidth()
                    && other.getHeight() == imp.getHeight()) {
                masks.add(other.getTitle());
            }
        }
        Form first = form(TITLE);
        String preferred = methods.contains("patchmatch") ? "patchmatch" : methods.get(0);
        first.addChoice("method", methods.toArray(String[]::new), preferred);
        first.addChoice("mask", masks.toArray(String[]::new), SELECTION);
        boolean stack = imp.getStackSize() > 1;
        if (stack) {
            first.addChoice("slices", new String[] {"current", "all"}, "current");
        }
        if (!first.show()) {
            return null;
        }
        String method = first.nextChoice();
        String maskTitle = first.nextChoice();
        boolean all = stack && first.nextChoice().equals("all");
        MethodDescription description = Inpainters.describe(method);
        ImagePlus mask = null;
        if (!maskTitle.equals(SELECTION)) {
            mask = WindowManager.getImage(maskTitle);
            if (mask == null) {
                throw new IllegalArgumentException("no open image is called " + maskTitle + " (mask): open the mask"
                        + " image, or use mask=" + SELECTION);
            }
        }
        Form second = form(TITLE + ": " + method);
        MethodForm options = new MethodForm(description);
        options.addTo(second);
        if (!second.show()) {
            return null;
        }
        return new Request(method, options.readFrom(second), mask, all);
    }

    /** Fills every slice asked first, then writes the holes: an error or Esc leaves the image untouched. */
    private static void fill(ImagePlus imp, Request request) throws IOException {
        ImageStack stack = imp.getStack();
        List<Integer> slices = new ArrayList<>();
        if (request.allSlices()) {
            for (int s = 1; s <= stack.getSize(); s++) {
                slices.add(s);
            }
        } else {
            slices.add(imp.getCurrentSlice());
        }
        List<SlicePixels> pixels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        long start = System.nanoTime();
        try (Inpainter inpainter = Inpainters.create(request.method(), request.options());
                ImageJProgress progress = new ImageJProgress(request.method(), slices.size())) {
            for (int k = 0; k < slices.size(); k++) {
                int slice = slices.get(k);
                ImageProcessor ip = request.allSlices() ? stack.getProcessor(slice) : imp.getProcessor();
                Mask holes = request.mask() == null
                        ? HoleMasks.fromSelection(imp.getRoi(), imp.getWidth(), imp.getHeight())
                        : HoleMasks.fromImage(request.mask(), slice, imp.getWidth(), imp.getHeight());
                SlicePixels slicePixels = SlicePixels.of(ip, holes, imp.getTitle()
                        + (stack.getSize() > 1 ? ", slice " + slice : ""));
                RgbImage filled = inpainter.inpaint(slicePixels.image(), holes, progress.forSlice(k), progress.token());
                pixels.add(slicePixels);
                values.add(slicePixels.holeValues(filled));
            }
        }
        ImageProcessor current = imp.getProcessor();
        double min = current.getMin();
        double max = current.getMax();
        if (request.allSlices()) {
            Undo.reset(); // ImageJ 1.x keeps no undo copy of a whole stack
        } else {
            current.snapshot();
            Undo.setup(Undo.FILTER, imp);
        }
        for (int k = 0; k < slices.size(); k++) {
            ImageProcessor ip = request.allSlices() ? stack.getProcessor(slices.get(k)) : current;
            pixels.get(k).apply(ip, values.get(k));
        }
        if (!(current instanceof ColorProcessor)) {
            current.setMinAndMax(min, max); // the display range of 16- and 32-bit images stays as the user set it
        }
        imp.changes = true;
        imp.updateAndDraw();
        IJ.showStatus("Inpaint (" + request.method() + "): done in " + IJ.d2s((System.nanoTime() - start) / 1e9, 1)
                + " s");
    }
}
