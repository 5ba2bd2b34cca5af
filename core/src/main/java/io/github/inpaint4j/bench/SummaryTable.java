package io.github.inpaint4j.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The text of {@code summary.md}: for each mask kind and method, the number of cases and of
 * failures, and the means over the cases that finished of hole PSNR, hole MAE, texture fidelity, patch
 * distance, seam measure, SSIM, PSNR and wall time (a ratio that is {@code NaN} for a case — the truth flat
 * there — is left out of its mean); then the same over every mask kind, one row per method.
 */
final class SummaryTable {

    private SummaryTable() {
    }

    static String of(BenchConfig config, List<String> methods, List<CaseResult> results) {
        StringBuilder md = new StringBuilder();
        md.append("| mask | method | cases | failed | hole PSNR (dB) | hole MAE | fidelity | patch distance | seam | SSIM"
                + " | PSNR (dB) | time (s) |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (MaskKind mask : config.masks()) {
            for (String method : methods) {
                row(md, mask.id(), method, results.stream()
                        .filter(r -> r.mask() == mask && r.method().equals(method)).toList());
            }
        }
        for (String method : methods) {
            row(md, "**all**", method, results.stream().filter(r -> r.method().equals(method)).toList());
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String mask, String method, List<CaseResult> cases) {
        if (cases.isEmpty()) {
            return;
        }
        List<CaseResult> ok = cases.stream().filter(r -> !r.failed()).toList();
        md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n", mask,
                method, cases.size(), cases.size() - ok.size(), mean(ok, CaseResult::holePsnr, 2),
                mean(ok, CaseResult::holeMae, 4), definedMean(ok, CaseResult::textureFidelity, 2),
                mean(ok, CaseResult::patchDistance, 2), definedMean(ok, CaseResult::seam, 2), mean(ok, CaseResult::ssim, 4),
                mean(ok, CaseResult::psnr, 2), mean(ok, CaseResult::seconds, 3)));
    }

    /** The mean over the cases where the metric is defined (not {@code NaN}). */
    private static String definedMean(List<CaseResult> cases, ToDoubleFunction<CaseResult> metric, int decimals) {
        return mean(cases.stream().filter(r -> !Double.isNaN(metric.applyAsDouble(r))).toList(), metric, decimals);
    }

    /** The mean, or a dash when no case finished (for fidelity: none with detail under the hole); infinite when a fill was perfect. */
    static String mean(List<CaseResult> cases, ToDoubleFunction<CaseResult> metric, int decimals) {
        if (cases.isEmpty()) {
            return "–";
        }
        double mean = cases.stream().mapToDouble(metric).average().orElseThrow();
        return Double.isInfinite(mean) ? "∞" : String.format(Locale.ROOT, "%." + decimals + "f", mean);
    }
}
