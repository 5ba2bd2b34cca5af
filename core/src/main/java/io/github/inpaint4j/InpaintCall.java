package io.github.inpaint4j;

import java.util.Objects;

/**
 * The start every {@link Inpainter} makes, as its contract asks: for implementers, so that each
 * method checks its inputs, reports progress and treats an empty mask the same way.
 */
public final class InpaintCall {

    private InpaintCall() {
    }

    /**
     * Checks the inputs, honours an early cancellation and reports the start; reports the end at
     * once if the mask has no hole.
     *
     * @return {@code true} if there are holes to fill, {@code false} if the input is the answer
     * @throws IllegalArgumentException if the sizes differ, or no pixel is known
     */
    public static boolean begin(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        mask.requireSameSize(image);
        cancel.throwIfCancelled();
        progress.onProgress(0);
        if (mask.isEmpty()) {
            new ProgressCounter(progress, 0).finish();
            return false;
        }
        mask.requireKnownPixels();
        return true;
    }
}
