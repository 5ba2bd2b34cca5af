package io.github.inpaint4j.examples.cli;

import io.github.inpaint4j.ProgressListener;
import java.io.PrintWriter;

/**
 * A progress bar on stderr. It appears only once a run has lasted half a second, redraws at most
 * ten times a second, and on a non-interactive stream (a log file, CI) prints a line per 10 %
 * instead of redrawing.
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
        long now = System.nanoTime();
        if (now - start < delayNanos) {
            return;
        }
        if (interactive) {
            if (fraction < 1 && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            int filled = (int) Math.round(fraction * WIDTH);
            err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                    + String.format("%3d%%  %.1f s", Math.round(fraction * 100), (now - start) / 1e9));
            err.flush();
            drawn = true;
        } else {
            int decile = (int) Math.floor(fraction * 10);
            if (decile > lastDecile) {
                lastDecile = decile;
                err.println(label + " " + decile * 10 + "%  " + String.format("%.1f s", (now - start) / 1e9));
            }
        }
    }

    @Override
    public void close() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
