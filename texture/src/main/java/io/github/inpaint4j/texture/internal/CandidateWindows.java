package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import java.util.Arrays;

/**
 * The candidates of an exemplar search: every position of a source image whose whole
 * {@code window × window} neighbourhood is known (and, with a source mask, inside the region that
 * may be copied from), stored as horizontal runs (<i>segments</i>) of
 * consecutive centres, numbered in row-major order. Candidate {@code i} of segment {@code s} has
 * centre {@code (segmentX(s) + i - segmentStart(s), segmentY(s))}.
 *
 * <p>The source samples are copied into one array per row and channel so that the distance kernel
 * indexes every array with the same loop variable, the form the JIT compiler vectorises. Immutable
 * once built: searches on several threads may read it at once.
 */
public final class CandidateWindows {

    private final float[][][] rows;
    private final boolean[] copyable;
    private final int width;
    private final int height;
    private final int half;
    private final int[] segmentY;
    private final int[] segmentX;
    private final int[] segmentStart;
    private final int[] rowFirstSegment;

    private CandidateWindows(WorkingImage source, boolean[] copyable, int window) {
        this.width = source.width();
        this.height = source.height();
        this.half = window / 2;
        this.rows = new float[RgbImage.CHANNELS][height][width];
        this.copyable = copyable;
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    rows[c][y][x] = source.sample(y * width + x, c);
                }
            }
        }
        WindowCounts counts = new WindowCounts(width, height, copyable);
        IntList ys = new IntList();
        IntList xs = new IntList();
        IntList starts = new IntList();
        this.rowFirstSegment = new int[height + 1];
        int count = 0;
        for (int y = 0; y < height; y++) {
            rowFirstSegment[y] = ys.size();
            int x = half;
            while (y >= half && y < height - half && x < width - half) {
                if (!counts.allAround(x, y, half)) {
                    x++;
                    continue;
                }
                int x0 = x;
                while (x < width - half && counts.allAround(x, y, half)) {
                    x++;
                }
                ys.add(y);
                xs.add(x0);
                starts.add(count);
                count += x - x0;
            }
        }
        rowFirstSegment[height] = ys.size();
        starts.add(count);
        this.segmentY = ys.toArray();
        this.segmentX = xs.toArray();
        this.segmentStart = starts.toArray();
    }

    /**
     * The windows of {@code source} that hold only known pixels.
     *
     * @param window odd window width
     */
    public static CandidateWindows in(WorkingImage source, int window) {
        return in(source, (Mask) null, window);
    }

    /**
     * The windows of {@code source} that hold only known pixels that {@code sampleable} allows (its
     * {@code true} pixels), or only known pixels if it is {@code null}.
     *
     * @param sampleable the pixels that may be copied, of the source's size, or {@code null}
     * @param window odd window width
     */
    public static CandidateWindows in(WorkingImage source, Mask sampleable, int window) {
        if (sampleable != null && (sampleable.width() != source.width() || sampleable.height() != source.height())) {
            throw new IllegalArgumentException("source mask of " + sampleable.width() + "×" + sampleable.height()
                    + " does not fit the " + source.width() + "×" + source.height() + " source");
        }
        boolean[] copyable = new boolean[source.width() * source.height()];
        for (int i = 0; i < copyable.length; i++) {
            copyable[i] = source.isKnown(i) && (sampleable == null || sampleable.isHole(i));
        }
        return new CandidateWindows(source, copyable, window);
    }

    /**
     * The windows of {@code source} that lie wholly in the {@code copyable} pixels (which must be
     * known).
     *
     * @param copyable the pixels that may be copied, row-major, of the source's size (taken over, not copied)
     * @param window odd window width
     */
    static CandidateWindows in(WorkingImage source, boolean[] copyable, int window) {
        return new CandidateWindows(source, copyable, window);
    }

    /**
     * The candidates of the source at half resolution ({@link WorkingImage#halved()}) for a window
     * of width {@code halvedWindow}; a half-resolution pixel may be copied if its four pixels may.
     */
    public CandidateWindows halved(int halvedWindow) {
        float[] planar = new float[RgbImage.CHANNELS * width * height];
        for (int c = 0; c < RgbImage.CHANNELS; c++) {
            for (int y = 0; y < height; y++) {
                System.arraycopy(rows[c][y], 0, planar, (c * height + y) * width, width);
            }
        }
        return in(WorkingImage.of(width, height, planar, copyable).halved(), halvedWindow);
    }

    /** Number of candidates. */
    public int count() {
        return segmentStart[segmentStart.length - 1];
    }

    /** {@code true} if no window of the source is wholly known. */
    public boolean isEmpty() {
        return count() == 0;
    }

    /** Number of segments. */
    public int segmentCount() {
        return segmentY.length;
    }

    /** Row of the centres of segment {@code s}. */
    public int segmentY(int s) {
        return segmentY[s];
    }

    /** Column of the first centre of segment {@code s}. */
    public int segmentX(int s) {
        return segmentX[s];
    }

    /** Number of centres in segment {@code s}. */
    public int segmentLength(int s) {
        return segmentStart[s + 1] - segmentStart[s];
    }

    /** Index of the first candidate of segment {@code s}. */
    public int segmentStart(int s) {
        return segmentStart[s];
    }

    /** Source width. */
    public int width() {
        return width;
    }

    /** Source height. */
    public int height() {
        return height;
    }

    /** Half the window width. */
    public int half() {
        return half;
    }

    /** Row {@code y} of {@code channel} of the source; shared, not to be modified. */
    float[] row(int channel, int y) {
        return rows[channel][y];
    }

    /** The rows of {@code channel}, {@code [y][x]}; shared, not to be modified. */
    float[][] plane(int channel) {
        return rows[channel];
    }

    /** The source sample of {@code channel} at {@code (x, y)}. */
    public float sample(int channel, int x, int y) {
        return rows[channel][y][x];
    }

    /** The index of the candidate centred on {@code (x, y)}, or -1 if that window is not a candidate. */
    public int indexOf(int x, int y) {
        if (y < 0 || y >= height) {
            return -1;
        }
        for (int s = rowFirstSegment[y]; s < rowFirstSegment[y + 1]; s++) {
            int i = x - segmentX[s];
            if (i >= 0 && i < segmentLength(s)) {
                return segmentStart[s] + i;
            }
        }
        return -1;
    }

    /** The segment holding candidate {@code index}. */
    public int segmentOf(int index) {
        int s = Arrays.binarySearch(segmentStart, index);
        return s >= 0 ? s : -s - 2;
    }

    /** Column of the centre of candidate {@code index}. */
    public int centreX(int index) {
        int s = segmentOf(index);
        return segmentX[s] + index - segmentStart[s];
    }

    /** Row of the centre of candidate {@code index}. */
    public int centreY(int index) {
        return segmentY[segmentOf(index)];
    }

    /** Segments of rows {@code y0 .. y1 - 1}: {@code [firstSegment(y0), firstSegment(y1))}. */
    public int firstSegment(int y) {
        return rowFirstSegment[Math.max(0, Math.min(height, y))];
    }
}
