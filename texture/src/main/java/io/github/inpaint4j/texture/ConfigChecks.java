package io.github.inpaint4j.texture;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.texture.internal.CandidateWindows;

/** Checks shared by the texture methods; messages name the field or input, the allowed range and the value. */
final class ConfigChecks {

    private ConfigChecks() {
    }

    static void requireOddWindow(String field, int value) {
        if (value < 3 || value % 2 == 0) {
            throw new IllegalArgumentException(field + " must be odd and >= 3, got " + value);
        }
    }

    static void requireThreads(int threads) {
        Threads.require("threads", threads);
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
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no complete " + window + "×" + window + " " + what
                    + " of known pixels in the " + mask.width() + "×" + mask.height() + " image with "
                    + mask.holeCount() + " hole pixels: the known region must hold at least one " + what
                    + " without hole pixels (use a smaller " + what + ")");
        }
    }

    static <T> T requireNonNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }
}
