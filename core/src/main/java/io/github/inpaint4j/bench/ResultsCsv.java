package io.github.inpaint4j.bench;

import io.github.inpaint4j.io.Csv;
import java.util.List;
import java.util.Locale;

/**
 * The text of {@code results.csv}: a header, then one row per case in run order (RFC 4180, comma
 * separated, fields quoted when needed). Metrics of a failed case are empty; PSNR of a perfect fill
 * is {@code inf}.
 */
final class ResultsCsv {

    static final String HEADER = "picture,mask,method,hole_pixels,outcome,hole_psnr_db,hole_mae,texture_fidelity,patch_distance,seam,ssim,psnr_db,seconds,error";

    private ResultsCsv() {
    }

    static String of(List<CaseResult> results) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (CaseResult r : results) {
            csv.append(Csv.quote(r.picture())).append(',')
                    .append(r.mask().id()).append(',')
                    .append(Csv.quote(r.method())).append(',')
                    .append(r.holePixels()).append(',')
                    .append(r.outcome().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(number(r.holePsnr(), 4)).append(',')
                    .append(number(r.holeMae(), 6)).append(',')
                    .append(number(r.textureFidelity(), 4)).append(',')
                    .append(number(r.patchDistance(), 4)).append(',')
                    .append(number(r.seam(), 4)).append(',')
                    .append(number(r.ssim(), 6)).append(',')
                    .append(number(r.psnr(), 4)).append(',')
                    .append(number(r.seconds(), 4)).append(',')
                    .append(Csv.quote(r.error())).append('\n');
        }
        return csv.toString();
    }

    private static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
