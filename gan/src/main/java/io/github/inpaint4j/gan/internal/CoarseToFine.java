package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.Resampling;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Fills the holes of one {@link HoleWindows.Window} coarse to fine, within a budget of pixels per
 * run of the generator.
 *
 * <p>The passes run at the scales {@code f, f/2, …, 1}, {@code f} the window's. The first, at
 * scale {@code f}, sees the whole window shrunk by {@code f}: the context that decides the hole's
 * layout. Each later pass is seeded with the pass before, enlarged (the generator's guide plane),
 * and works on the whole window too as long as the window, shrunk to the pass's scale, fits the
 * budget; past that, on the part of the window that a hole of that scale would get
 * ({@link HoleWindows#area}: the holes plus {@code scale · margin} of context on each side) — the
 * finer passes add detail, which needs the context nearby only. A pass still larger than the
 * budget is run in overlapping tiles ({@link Tiles}). So the generator never sees more than
 * {@code budget} pixels at once, whatever the size of the picture or of the hole, and the work of
 * a hole grows with the hole's area, not the picture's.
 *
 * @param minSide the least window side at scale 1 (the training crop's)
 * @param margin the least context on each side of a hole at scale 1
 * @param budget the most pixels the generator runs on at once
 * @param overlap the context on each inner side of a tile, at the pass's scale
 */
public record CoarseToFine(int minSide, int margin, long budget, int overlap) {

    /** @throws IllegalArgumentException if a size is out of range (see {@link Tiles#of}) */
    public CoarseToFine {
        if (minSide < 1 || margin < 0) {
            throw new IllegalArgumentException("windows need minSide >= 1 and margin >= 0, got " + minSide + " and "
                    + margin);
        }
        Tiles.of(1, 1, budget, overlap);
    }

    /**
     * Fills the holes of {@code window} on {@code canvas} with {@code generator} (an input in, the
     * input with its holes filled out) and pastes them.
     *
     * @param progress told the pixels of each part of a pass once it is done; they add up to
     *     {@link #work}
     * @param cancel checked before each run of the generator
     */
    public void fill(Canvas canvas, HoleWindows.Window window, Function<InpaintingInput, RgbImage> generator,
            LongConsumer progress, CancellationToken cancel) {
        Rect guideArea = null;
        RgbImage guide = null;
        Rect cropped = null;
        InpaintingInput crop = null;
        for (int f = window.scale(); f >= 1; f /= 2) {
            Rect area = area(canvas.width(), canvas.height(), window, f, guideArea);
            if (!area.equals(cropped)) {
                crop = canvas.crop(area);
                cropped = area;
            }
            RgbImage image = f == 1 ? crop.image() : Scales.shrink(crop.image(), f);
            Mask holes = f == 1 ? crop.mask() : Scales.shrink(crop.mask(), image.width(), image.height());
            RgbImage seed = guide == null ? null : Resampling.sample(guide, guideArea, area, image.width(), image.height());
            guide = Tiles.fill(new InpaintingInput(image, holes, seed), budget, overlap, generator, progress, cancel);
            guideArea = area;
        }
        canvas.paste(window.pixels(), guideArea, guide);
    }

    /** The pixels the passes of {@code window} in a {@code width × height} picture work on, at their scales. */
    public long work(int width, int height, HoleWindows.Window window) {
        long pixels = 0;
        Rect area = null;
        for (int f = window.scale(); f >= 1; f /= 2) {
            area = area(width, height, window, f, area);
            pixels += pixels(area, f);
        }
        return pixels;
    }

    /**
     * The part of a {@code width × height} picture the pass at scale {@code f} works on: the
     * window if it fits the budget at that scale, else the window of the holes at that scale inside
     * it; and inside the previous pass's part {@code outer}, if any.
     */
    Rect area(int width, int height, HoleWindows.Window window, int f, Rect outer) {
        Rect whole = window.area();
        Rect area = whole;
        if (f < window.scale() && pixels(whole, f) > budget) {
            int context = Math.max(f * margin, window.depth());
            area = intersection(whole, HoleWindows.area(window.bounds(), f * minSide, context, width, height));
        }
        return outer == null ? area : intersection(area, outer);
    }

    /** Pixels of {@code area} shrunk by {@code f}. */
    private static long pixels(Rect area, int f) {
        return (long) Scales.shrunk(area.width(), f) * Scales.shrunk(area.height(), f);
    }

    private static Rect intersection(Rect a, Rect b) {
        int x0 = Math.max(a.x(), b.x());
        int y0 = Math.max(a.y(), b.y());
        int x1 = Math.min(a.endX(), b.endX());
        int y1 = Math.min(a.endY(), b.endY());
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }
}
