package io.github.inpaint4j.bench;

import java.util.Objects;

/**
 * What one method did on one picture with one hole: the row of {@code results.csv}. The metrics
 * compare the result with the intact picture; they are {@code NaN} unless the outcome is
 * {@link Outcome#OK}. PSNR is infinite for a perfect fill.
 *
 * @param picture the picture's name
 * @param mask the kind of hole
 * @param method the method's name
 * @param holePixels pixels in the hole
 * @param outcome whether the method finished, failed or ran out of time
 * @param holePsnr PSNR over the hole's samples, in dB
 * @param holeMae mean absolute error over the hole's samples, in [0, 1]
 * @param textureFidelity the hole's mean gradient magnitude in the result over that of the intact
 *     picture ({@link io.github.inpaint4j.metrics.TextureFidelity}): 1 = as detailed as the truth;
 *     {@code NaN} also when the intact picture is flat under the hole
 * @param patchDistance the sliced Wasserstein distance between the hole's 7×7 patches in the result
 *     and in the intact picture ({@link io.github.inpaint4j.metrics.PatchDistance}): 0 = the same
 *     patches; texture of the right kind scores low even where it is not aligned with the truth
 * @param seam the mean gradient magnitude on the band 2 pixels each side of the hole's border, in
 *     the result over the intact picture ({@link io.github.inpaint4j.metrics.SeamMeasure}): 1 = no
 *     seam; {@code NaN} also when the intact picture is flat along the border or the hole has none
 * @param ssim SSIM over the whole picture
 * @param psnr PSNR over the whole picture, in dB
 * @param seconds wall time of the method's call (for a failure or a time-out, until it ended)
 * @param error why the case failed or timed out; empty when it is OK
 */
public record CaseResult(String picture, MaskKind mask, String method, int holePixels, Outcome outcome,
        double holePsnr, double holeMae, double textureFidelity, double patchDistance, double seam, double ssim,
        double psnr, double seconds, String error) {

    /** How a case ended. */
    public enum Outcome {
        /** The method returned a result that keeps the contract; the metrics are set. */
        OK,
        /** The method threw, or returned a result of the wrong size or with known pixels changed. */
        FAILED,
        /** The method was still running when the timeout came; it was cancelled. */
        TIMED_OUT
    }

    /** Checks that every field is present. */
    public CaseResult {
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(error, "error");
    }

    /** Whether the case failed or timed out. */
    public boolean failed() {
        return outcome != Outcome.OK;
    }
}
