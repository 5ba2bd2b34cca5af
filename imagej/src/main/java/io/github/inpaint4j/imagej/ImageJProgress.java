package io.github.inpaint4j.imagej;

import ij.IJ;
import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.ProgressListener;

/**
 * ImageJ's progress bar and status line for a fill of several slices, and Esc as its cancellation:
 * a watcher thread looks at ImageJ's Esc flag ten times a second (a method may report progress
 * seldom) and cancels the library's token. Close it when the fill ends.
 */
final class ImageJProgress implements AutoCloseable {

    private final CancellationToken cancel = CancellationToken.create();
    private final Thread watcher;
    private final String method;
    private final int slices;
    private int slice;
    private int shownPercent = -1;

    ImageJProgress(String method, int slices) {
        this.method = method;
        this.slices = slices;
        IJ.resetEscape();
        watcher = new Thread(() -> {
            try {
                while (!cancel.isCancelled()) {
                    if (IJ.escapePressed()) {
                        cancel.cancel();
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "inpaint4j Esc watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    CancellationToken token() {
        return cancel;
    }

    /** The listener of slice {@code index} (0-based) of the {@code slices}. */
    ProgressListener forSlice(int index) {
        slice = index;
        return fraction -> {
            double overall = (slice + fraction) / slices;
            int percent = (int) (overall * 100);
            if (percent != shownPercent) {
                shownPercent = percent;
                IJ.showProgress(overall);
                IJ.showStatus("Inpaint (" + method + (slices > 1 ? ", slice " + (slice + 1) + "/" + slices : "")
                        + "): " + percent + "%, Esc to cancel");
            }
        };
    }

    @Override
    public void close() {
        watcher.interrupt();
        IJ.showProgress(1.0);
    }
}
