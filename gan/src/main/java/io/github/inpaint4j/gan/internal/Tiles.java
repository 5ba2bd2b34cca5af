package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Runs the generator on an input of any size within a budget of pixels per run, which bounds the
 * native memory of a fill: an input within the budget is one run; a larger one is cut into tiles
 * of at most {@code budget} pixels. Each tile is a <b>core</b> — the cores partition the input —
 * plus {@code overlap} pixels of context on each side that is inside the input. A tile whose core
 * has no hole pixel is not run. Each hole pixel is the weighted mean of the tiles that cover it:
 * weight 1 in a tile's core, falling linearly to {@code 1 / (overlap + 1)} at the tile's edges
 * inside the input, so that neighbouring tiles blend across their overlap instead of meeting at a
 * seam. Tiles are run and summed in raster order: the result does not depend on anything but the
 * input.
 */
public final class Tiles {

    /**
     * One run of the generator.
     *
     * @param input the part of the input it sees
     * @param core the part of the input it is responsible for, inside {@code input}
     */
    public record Tile(Rect input, Rect core) {
    }

    private Tiles() {
    }

    /**
     * The tiles of a {@code width × height} input: one if it has at most {@code budget} pixels;
     * otherwise tiles of at most {@code budget} pixels whose cores partition the input in a grid of
     * near-equal columns and rows — square tiles, or tiles as long as the input's side where that
     * side is shorter than a square tile's.
     *
     * @param budget the most pixels per tile, at least {@code (2 · overlap + 1)²}
     * @param overlap context on each inner side of a tile, at least 0
     * @throws IllegalArgumentException if the budget or the overlap is out of range
     */
    public static List<Tile> of(int width, int height, long budget, int overlap) {
        if (overlap < 0 || budget < (2L * overlap + 1) * (2L * overlap + 1)) {
            throw new IllegalArgumentException("tiles need overlap >= 0 and budget >= (2 · overlap + 1)², got overlap "
                    + overlap + " and budget " + budget);
        }
        if ((long) width * height <= budget) {
            return List.of(new Tile(new Rect(0, 0, width, height), new Rect(0, 0, width, height)));
        }
        // square tiles, or full-length ones along an axis shorter than a square's side
        int side = (int) Math.sqrt((double) budget);
        int columns = width <= side ? 1 : divisions(width, (height <= side ? along(budget, height) : side) - 2 * overlap);
        int rows = height <= side ? 1 : divisions(height, (width <= side ? along(budget, width) : side) - 2 * overlap);
        List<Tile> tiles = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int y0 = cut(height, rows, r);
            int y1 = cut(height, rows, r + 1);
            for (int c = 0; c < columns; c++) {
                int x0 = cut(width, columns, c);
                int x1 = cut(width, columns, c + 1);
                int ix0 = Math.max(0, x0 - overlap);
                int iy0 = Math.max(0, y0 - overlap);
                int ix1 = Math.min(width, x1 + overlap);
                int iy1 = Math.min(height, y1 + overlap);
                tiles.add(new Tile(new Rect(ix0, iy0, ix1 - ix0, iy1 - iy0), new Rect(x0, y0, x1 - x0, y1 - y0)));
            }
        }
        return tiles;
    }

    /** The longest side of a tile whose other side is {@code across}. */
    private static int along(long budget, int across) {
        return (int) Math.min(Integer.MAX_VALUE, budget / across);
    }

    /** The fewest parts of at most {@code core} that {@code length} divides into, at least 1. */
    private static int divisions(int length, int core) {
        return Math.max(1, (int) Math.ceil(length / (double) Math.max(1, core)));
    }

    /** The start of part {@code i} of {@code parts} near-equal parts of {@code length}. */
    private static int cut(int length, int parts, int i) {
        return (int) ((long) length * i / parts);
    }

    /**
     * {@code input} filled by {@code generator} tile by tile ({@link #of}): known pixels are the
     * input's, hole pixels the blend of the tiles' fills.
     *
     * @param progress told the pixels of each tile's core once the tile is done (or skipped)
     * @param cancel checked before each tile
     */
    public static RgbImage fill(InpaintingInput input, long budget, int overlap,
            Function<InpaintingInput, RgbImage> generator, LongConsumer progress, CancellationToken cancel) {
        RgbImage image = input.image();
        Mask mask = input.mask();
        int width = image.width();
        int height = image.height();
        List<Tile> tiles = of(width, height, budget, overlap);
        if (tiles.size() == 1) {
            cancel.throwIfCancelled();
            RgbImage filled = generator.apply(input);
            progress.accept((long) width * height);
            return filled;
        }
        int plane = width * height;
        double[] sum = new double[RgbImage.CHANNELS * plane];
        double[] weight = new double[plane];
        for (Tile tile : tiles) {
            cancel.throwIfCancelled();
            Rect in = tile.input();
            if (!hasHole(mask, width, tile.core())) {
                progress.accept(tile.core().area());
                continue;
            }
            RgbImage filled = generator.apply(new InpaintingInput(image.crop(in), mask.crop(in),
                    input.guide() == null ? null : input.guide().crop(in)));
            float[] samples = filled.toPlanar();
            int tilePlane = in.width() * in.height();
            for (int y = in.y(); y < in.endY(); y++) {
                double wy = ramp(y, in.y(), in.endY(), height, overlap);
                for (int x = in.x(); x < in.endX(); x++) {
                    int p = y * width + x;
                    if (!mask.isHole(p)) {
                        continue;
                    }
                    double w = wy * ramp(x, in.x(), in.endX(), width, overlap);
                    int local = (y - in.y()) * in.width() + x - in.x();
                    weight[p] += w;
                    for (int c = 0; c < RgbImage.CHANNELS; c++) {
                        sum[c * plane + p] += w * samples[c * tilePlane + local];
                    }
                }
            }
            progress.accept(tile.core().area());
        }
        float[] out = image.toPlanar();
        for (int p = 0; p < plane; p++) {
            if (mask.isHole(p)) {
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    out[c * plane + p] = (float) Math.min(1, Math.max(0, sum[c * plane + p] / weight[p]));
                }
            }
        }
        return RgbImage.fromPlanar(width, height, out);
    }

    /**
     * The weight of position {@code v} in a tile spanning {@code [start, end)} of an axis of
     * {@code length}: 1 from {@code overlap} pixels in from each edge that is inside the axis,
     * falling by {@code 1 / (overlap + 1)} per pixel towards that edge.
     */
    static double ramp(int v, int start, int end, int length, int overlap) {
        int fromStart = start == 0 ? Integer.MAX_VALUE : v - start;
        int fromEnd = end == length ? Integer.MAX_VALUE : end - 1 - v;
        int d = Math.min(fromStart, fromEnd);
        return d >= overlap ? 1 : (d + 1) / (double) (overlap + 1);
    }

    private static boolean hasHole(Mask mask, int width, Rect core) {
        for (int y = core.y(); y < core.endY(); y++) {
            for (int x = core.x(); x < core.endX(); x++) {
                if (mask.isHole(y * width + x)) {
                    return true;
                }
            }
        }
        return false;
    }
}
