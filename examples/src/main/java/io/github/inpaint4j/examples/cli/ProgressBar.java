package io.github.inpaint4j.examples.cli;

import io.github.inpaint4j.ProgressListener;
import java.io.PrintWriter;
import java.util.function.DoubleFunction;

/**
 * A progress bar on stderr, of a fraction ({@link #onProgress}) or of a count of items with their
 * rate and the time left ({@link #onCount}). It appears only once a run has lasted half a second,
 * redraws at most ten times a second, and on a non-interactive stream (a log file, CI) prints a
 * line per 10 % instead of redrawing.
 */
final class ProgressBar implements ProgressListener, AutoCloseable {

    private static final long DEFAULT_DELAY_NANOS = 500_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean interactive;
    private final long delayNanos;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int lastDecile = -1;
    private int lastLength;
    private boolean drawn;

    ProgressBar(PrintWriter err, String label, boolean interactive, long delayNanos) {
        this.err = err;
        this.label = label;
        this.interactive = interactive;
        this.delayNanos = delayNanos;
    }

    /** A bar for the process's stderr, interactive when a console is attached. */
    static ProgressBar onStderr(PrintWriter err, String label) {
        return new ProgressBar(err, label, System.console() != null, DEFAULT_DELAY_NANOS);
    }

    @Override
    public void onProgress(double fraction) {
        show(fraction, seconds -> String.format("%3d%%  %.1f s", Math.round(fraction * 100), seconds),
                seconds -> String.format("%.1f s", seconds));
    }

    /**
     * Shows a count of finished items, their rate and the time left, e.g.
     * {@code batch [######....]  12/50 pictures  0.85/s  45 s left}. The rate and the time left are
     * those of the {@code worked} items (the others, such as skipped pictures, took no time).
     *
     * @param unit what the items are, e.g. {@code pictures}
     * @param finished the items finished, in [0, total]
     * @param total the items in all
     * @param worked the finished items that took work
     */
    void onCount(String unit, int finished, int total, int worked) {
        double fraction = total == 0 ? 1 : (double) finished / total;
        DoubleFunction<String> detail = seconds -> {
            String count = String.format("%d/%d %s", finished, total, unit);
            if (worked == 0 || seconds <= 0) {
                return count;
            }
            double rate = worked / seconds;
            return String.format("%s  %.2f/s  %s left", count, rate, duration((total - finished) / rate));
        };
        show(fraction, detail, detail);
    }

    /** Redraws the bar with {@code barDetail} after it, or prints a line per 10 % with {@code lineDetail}. */
    private void show(double fraction, DoubleFunction<String> barDetail,
            DoubleFunction<String> lineDetail) {
        long now = System.nanoTime();
        if (now - start < delayNanos) {
            return;
        }
        double seconds = (now - start) / 1e9;
        if (interactive) {
            if (fraction < 1 && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            int filled = (int) Math.round(fraction * WIDTH);
            String line = label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                    + barDetail.apply(seconds);
            // pad over the end of a longer previous line
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
            err.flush();
            drawn = true;
        } else {
            int decile = (int) Math.floor(fraction * 10);
            if (decile > lastDecile) {
                lastDecile = decile;
                err.println(label + " " + decile * 10 + "%  " + lineDetail.apply(seconds));
            }
        }
    }

    /** A time for people: {@code 45 s}, {@code 12 min}, {@code 3.5 h}. */
    static String duration(double seconds) {
        if (seconds < 100) {
            return String.format("%.0f s", seconds);
        }
        if (seconds < 6000) {
            return String.format("%.0f min", seconds / 60);
        }
        return String.format("%.1f h", seconds / 3600);
    }

    @Override
    public void close() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
