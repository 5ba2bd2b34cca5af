package io.github.inpaint4j.bench;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Small inpainters for the bench tests: core cannot use the texture or GAN modules, so each
 * behaviour the bench must handle (a plain fill, a failure, a contract breach, a slow method) is
 * written here in a few lines.
 */
final class TestMethods {

    private TestMethods() {
    }

    /** Writes the mean colour of the known pixels into every hole pixel; known pixels are copied. */
    static final class MeanFill implements Inpainter {
        @Override
        public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
            mask.requireSameSize(image);
            mask.requireKnownPixels();
            float[] s = image.toPlanar();
            int plane = image.pixelCount();
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                double sum = 0;
                for (int i = 0; i < plane; i++) {
                    if (!mask.isHole(i)) {
                        sum += s[c * plane + i];
                    }
                }
                float mean = (float) Math.min(1, sum / mask.knownCount());
                for (int i = 0; i < plane; i++) {
                    if (mask.isHole(i)) {
                        s[c * plane + i] = mean;
                    }
                }
            }
            progress.onProgress(1);
            return RgbImage.fromPlanar(image.width(), image.height(), s);
        }
    }

    /** Returns the intact picture it was built with: a perfect fill of that picture. */
    static Inpainter perfect(RgbImage intact) {
        return (image, mask, progress, cancel) -> intact;
    }

    /** Throws an {@link IllegalArgumentException} with {@code message}. */
    static Inpainter failing(String message) {
        return (image, mask, progress, cancel) -> {
            throw new IllegalArgumentException(message);
        };
    }

    /** Fills like {@link MeanFill}, then changes pixel (0, 0), which must be known. */
    static Inpainter changesPixelZero() {
        return (image, mask, progress, cancel) -> {
            if (mask.isHole(0, 0)) {
                throw new IllegalStateException("test set-up: pixel (0, 0) must be known");
            }
            float[] s = new MeanFill().inpaint(image, mask, progress, cancel).toPlanar();
            s[0] = s[0] < 0.5f ? 1f : 0f;
            return RgbImage.fromPlanar(image.width(), image.height(), s);
        };
    }

    /** Returns an image one column narrower than the input. */
    static Inpainter wrongSize() {
        return (image, mask, progress, cancel) -> RgbImage.filled(image.width() - 1, image.height(), 0.5f, 0.5f, 0.5f);
    }

    /** Returns {@code null}. */
    static Inpainter returnsNull() {
        return (image, mask, progress, cancel) -> null;
    }

    /** Loops until its token is cancelled, then throws as the contract asks; remembers that it was. */
    static final class WaitsForCancellation implements Inpainter {
        final AtomicBoolean sawCancellation = new AtomicBoolean();
        private final double reported;

        /** @param reported the progress it reports once before it starts waiting */
        WaitsForCancellation(double reported) {
            this.reported = reported;
        }

        WaitsForCancellation() {
            this(0);
        }

        @Override
        public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
            progress.onProgress(reported);
            long giveUp = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < giveUp) {
                if (cancel.isCancelled()) {
                    sawCancellation.set(true);
                    cancel.throwIfCancelled();
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            throw new IllegalStateException("never cancelled");
        }
    }

    /**
     * Ignores its token and sleeps for a second; only an interrupt (which the bench sends once it
     * has given the method up) ends it early, so no thread outlives the test for long.
     */
    static final class IgnoresCancellation implements Inpainter {
        final AtomicBoolean started = new AtomicBoolean();

        @Override
        public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
            started.set(true);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return image;
        }
    }

    /** Reports {@code first}, sleeps, reports {@code second}, sleeps, then fills like {@link MeanFill}. */
    static Inpainter progressing(double first, double second, long sleepMillis) {
        return (image, mask, progress, cancel) -> {
            progress.onProgress(first);
            sleep(sleepMillis);
            progress.onProgress(second);
            sleep(sleepMillis / 2);
            return new MeanFill().inpaint(image, mask, ProgressListener.NONE, cancel);
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Wraps an inpainter and records every call it receives, with the thread it ran on. */
    static final class Recording implements Inpainter {

        /** One call: the bench's picture and hole, the worker thread and when it began ({@link System#nanoTime}). */
        record Call(RgbImage image, Mask mask, Thread thread, long startNanos) {
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();
        private final Inpainter inner;

        Recording(Inpainter inner) {
            this.inner = inner;
        }

        @Override
        public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
            calls.add(new Call(image, mask, Thread.currentThread(), System.nanoTime()));
            return inner.inpaint(image, mask, progress, cancel);
        }
    }
}
