package io.github.inpaint4j.texture;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.texture.internal.CandidateWindows;
import java.util.Objects;

/** Checks shared by the texture methods; messages name the field or input, the allowed range and the value. */
final class ConfigChecks {

    private ConfigChecks() {
    }

    /** Fails if {@code sample} cannot hold one {@code window × window} window. */
    static void requireSampleFits(RgbImage sample, int window) {
        if (sample.width() < window || sample.height() < window) {
            throw new IllegalArgumentException("sample of " + sample.width() + "×" + sample.height()
                    + " is smaller than the " + window + "×" + window + " window");
        }
    }

    /**
     * Fails if the source holds no complete window of known pixels.
     *
     * @param what "window" or "patch"
     */
    static void requireCandidates(CandidateWindows candidates, String what, int window, Mask mask) {
        requireCandidates(candidates.isEmpty(), what, window, mask, null);
    }

    /**
     * Fails if {@code none}: the known pixels (inside the source mask, if there is one) hold no
     * complete window.
     *
     * @param what "window" or "patch"
     * @param sourceMask the pixels that may be sampled, or {@code null} for every known pixel
     */
    static void requireCandidates(boolean none, String what, int window, Mask mask, Mask sourceMask) {
        if (!none) {
            return;
        }
        if (sourceMask == null) {
            throw new IllegalArgumentException("no complete " + window + "×" + window + " " + what
                    + " of known pixels in the " + mask.width() + "×" + mask.height() + " image with "
                    + mask.holeCount() + " hole pixels: the known region must hold at least one " + what
                    + " without hole pixels (use a smaller " + what + ")");
        }
        throw new IllegalArgumentException("no complete " + window + "×" + window + " " + what
                + " of known pixels inside the source mask (" + sourceMask.holeCount() + " of the "
                + mask.width() + "×" + mask.height() + " image's pixels may be sampled, " + mask.holeCount()
                + " are holes): the source region must hold at least one " + what
                + " without hole pixels (widen the source mask or use a smaller " + what + ")");
    }

    /**
     * Fails if a source mask does not have the picture's size.
     *
     * @param sourceMask the pixels that may be sampled, or {@code null} (no check)
     */
    static void requireSourceMaskFits(Mask sourceMask, RgbImage image) {
        Objects.requireNonNull(image, "image");
        requireSourceMaskFits(sourceMask, image.width(), image.height());
    }

    /**
     * Fails if a source mask is not {@code width × height}.
     *
     * @param sourceMask the pixels that may be sampled, or {@code null} (no check)
     */
    static void requireSourceMaskFits(Mask sourceMask, int width, int height) {
        if (sourceMask != null && (sourceMask.width() != width || sourceMask.height() != height)) {
            throw new IllegalArgumentException("sourceMask is " + sourceMask.width() + "×" + sourceMask.height()
                    + " but the image is " + width + "×" + height + ": the source mask must have the picture's size");
        }
    }

    static <T> T requireNonNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }
}
