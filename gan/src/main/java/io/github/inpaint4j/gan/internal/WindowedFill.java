package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressCounter;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The fill of a whole picture by a generator trained on {@code windowSide}-pixel crops: the
 * holes' windows ({@link HoleWindows}), each filled coarse to fine ({@link CoarseToFine}) on a
 * {@link Canvas}, with at most {@code tilePixels} pixels per run of the generator. Progress counts
 * the pixels of the passes. The generator is given as a function, so that a DJL predictor or a
 * block can run it.
 *
 * @param windowSide the generator's training crop side
 * @param tilePixels the most pixels per run of the generator
 */
public record WindowedFill(int windowSide, long tilePixels) {

    /** The most pixels the generator runs on at once, by default: 512 × 512. */
    public static final long TILE_PIXELS = 512 * 512;

    /** The fill of a generator trained on {@code windowSide}-pixel crops with the default tile budget. */
    public static WindowedFill of(int windowSide) {
        return new WindowedFill(windowSide, TILE_PIXELS);
    }

    /**
     * {@code image} with the holes of {@code mask} filled (known pixels bit for bit the input's).
     * The mask must hold a known pixel; an empty one gives the image back. When every known pixel
     * is grey, every filled one is made grey ({@link Greys}): a grey picture carries no colour to
     * continue, so any tint in its fill would be invented. Otherwise the fill's colour is smoothed
     * and its brightness kept ({@link Chroma}).
     */
    public RgbImage fill(RgbImage image, Mask mask, Function<InpaintingInput, RgbImage> generator,
            ProgressListener progress, CancellationToken cancel) {
        if (mask.isEmpty()) {
            return image;
        }
        return colour(image, mask, fill(image, mask, HoleWindows.plan(mask, windowSide, reach(), reach()),
                tilePixels, generator, progress, cancel));
    }

    /**
     * How the holes would be filled without windows or tiles: every pass on the whole picture, at
     * the scale of the deepest hole (a reference for the windows).
     */
    public RgbImage wholePicture(RgbImage image, Mask mask, Function<InpaintingInput, RgbImage> generator) {
        return colour(image, mask, fill(image, mask, List.of(HoleWindows.whole(mask, reach())), Long.MAX_VALUE,
                generator, ProgressListener.NONE, CancellationToken.NONE));
    }

    /** The colour rules of a fill: grey in a grey picture, else colour smoothed. */
    private static RgbImage colour(RgbImage image, Mask mask, RgbImage filled) {
        return Greys.knownPixelsAreGrey(image, mask) ? Greys.greyHoles(filled, mask) : Chroma.smoothHoles(filled, mask);
    }

    /** The hole depth the generator fills well at full resolution, and the least context around a hole. */
    private int reach() {
        return windowSide / 4;
    }

    private RgbImage fill(RgbImage image, Mask mask, List<HoleWindows.Window> windows, long budget,
            Function<InpaintingInput, RgbImage> generator, ProgressListener progress, CancellationToken cancel) {
        CoarseToFine passes = new CoarseToFine(windowSide, reach(), budget, windowSide / 2);
        long work = 0;
        for (HoleWindows.Window w : windows) {
            work += passes.work(image.width(), image.height(), w);
        }
        ProgressCounter counter = new ProgressCounter(progress, work);
        long[] done = {0};
        LongConsumer advance = pixels -> counter.advanceTo(done[0] += pixels);
        Canvas canvas = new Canvas(image, mask);
        for (HoleWindows.Window w : windows) {
            cancel.throwIfCancelled();
            passes.fill(canvas, w, generator, advance, cancel);
        }
        return canvas.toImage();
    }
}
