package io.github.inpaint4j.cli;

import io.github.inpaint4j.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr, of a fraction ({@link #onProgress}) or of a count of items with their
 * rate and the time left ({@link #onCount}). It appears only once a run has lasted half a second,
 * redraws at most ten times a second, and on a non-interactive stream (a log file, CI) prints a
 * line per 10 % instead of redrawing — and at least one every {@link #LOG_EVERY_NANOS 30 s}, with
 * the fraction, the time elapsed and an estimate of the time left, so that a log of a long run
 * shows it moving even between tenths.
 *
 * <p>A bar made by {@link #onStderr} has a daemon timer that calls {@link #tick} every second, so
 * the elapsed time and the periodic lines come even while the work reports nothing; {@link #close}
 * stops it. Thread-safe: the work and the timer call it from their own threads.
 */
final class ProgressBar implements ProgressListener, AutoCloseable {

    /** A non-interactive stream gets a line at least this often. */
    static final long LOG_EVERY_NANOS = 30_000_000_000L;
    private static final long DEFAULT_DELAY_NANOS = 500_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    /** An interactive bar is redrawn this often without reports, to keep its times current. */
    private static final long REFRESH_NANOS = 1_000_000_000L;
    private static final long TICK_MILLIS = 1000;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean interactive;
    private final long delayNanos;
    private final LongSupplier clock;
    private final long start;
    private Thread timer;
    private double fraction = -1;
    private DoubleFunction<String> barDetail;
    private DoubleFunction<String> lineDetail;
    private long lastDraw;
    private long lastLine;
    private int lastDecile = -1;
    private int lastLength;
    private boolean drawn;
    private boolean closed;

    ProgressBar(PrintWriter err, String label, boolean interactive, long delayNanos) {
        this(err, label, interactive, delayNanos, System::nanoTime);
    }

    /**
     * A bar reading the time from {@code clock} (nanoseconds, as {@link System#nanoTime}).
     *
     * @param delayNanos nothing is shown before the run has lasted this long
     */
    ProgressBar(PrintWriter err, String label, boolean interactive, long delayNanos, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.interactive = interactive;
        this.delayNanos = delayNanos;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastLine = start;
    }

    /** A bar for the process's stderr, interactive when a console is attached, with its timer running. */
    static ProgressBar onStderr(PrintWriter err, String label) {
        ProgressBar bar = new ProgressBar(err, label, System.console() != null, DEFAULT_DELAY_NANOS);
        bar.startTimer();
        return bar;
    }

    @Override
    public synchronized void onProgress(double done) {
        show(done, seconds -> String.format(Locale.ROOT, "%3d%%  %s", Math.round(done * 100), elapsedAndLeft(done, seconds)),
                seconds -> elapsedAndLeft(done, seconds));
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
    synchronized void onCount(String unit, int finished, int total, int worked) {
        double done = total == 0 ? 1 : (double) finished / total;
        DoubleFunction<String> detail = seconds -> {
            String count = String.format(Locale.ROOT, "%d/%d %s", finished, total, unit);
            if (worked == 0 || seconds <= 0) {
                return count;
            }
            double rate = worked / seconds;
            return String.format(Locale.ROOT, "%s  %.2f/s  %s left", count, rate, duration((total - finished) / rate));
        };
        show(done, detail, detail);
    }

    /**
     * Shows the last report again if it is due: on a non-interactive stream a line when
     * {@link #LOG_EVERY_NANOS} have passed since the last one, on a console a redraw every second
     * (the times in it move on).
     */
    synchronized void tick() {
        if (fraction < 0 || closed) {
            return;
        }
        long now = clock.getAsLong();
        if (interactive ? now - lastDraw >= REFRESH_NANOS : now - lastLine >= LOG_EVERY_NANOS) {
            draw(now);
        }
    }

    /** Records a report and draws the bar, or prints a line per 10 %, or one when 30 s have passed. */
    private void show(double done, DoubleFunction<String> bar, DoubleFunction<String> line) {
        fraction = done;
        barDetail = bar;
        lineDetail = line;
        long now = clock.getAsLong();
        if (interactive) {
            if (done < 1 && now - lastDraw < REDRAW_NANOS) {
                return;
            }
        } else if ((int) Math.floor(done * 10) <= lastDecile && now - lastLine < LOG_EVERY_NANOS) {
            return;
        }
        draw(now);
    }

    private void draw(long now) {
        if (now - start < delayNanos) {
            return;
        }
        double seconds = (now - start) / 1e9;
        if (interactive) {
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
            lastLine = now;
            lastDecile = Math.max(lastDecile, (int) Math.floor(fraction * 10));
            err.println(label + " " + (int) Math.floor(fraction * 100 + 1e-9) + "%  " + lineDetail.apply(seconds));
            err.flush();
        }
    }

    /** {@code 12.3 s}, or {@code 12.3 s, about 5 min left} while the fraction is in (0, 1). */
    private static String elapsedAndLeft(double done, double seconds) {
        String elapsed = seconds < 100 ? String.format(Locale.ROOT, "%.1f s", seconds) : duration(seconds);
        if (done <= 0 || done >= 1) {
            return elapsed;
        }
        return elapsed + ", about " + duration(seconds * (1 - done) / done) + " left";
    }

    /** A time for people: {@code 45 s}, {@code 12 min}, {@code 3.5 h}. */
    static String duration(double seconds) {
        if (seconds < 100) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 6000) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }

    private void startTimer() {
        timer = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(TICK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                tick();
            }
        }, "progress-" + label);
        timer.setDaemon(true);
        timer.start();
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.interrupt();
        }
        synchronized (this) {
            closed = true;
            if (drawn) {
                err.println();
                err.flush();
            }
        }
    }
}
