package io.github.inpaint4j.texture.internal;

import java.util.Arrays;

/**
 * The inner loop of every exemplar search: the weighted SSD of one target window against a run
 * of candidates on one source row, {@code Σ_k w_k · Σ_c (F_c(x + dx_k, y + dy_k) − I_c,k)²} for
 * every centre {@code x} of the run.
 *
 * <p>Written for HotSpot's auto-vectoriser (JDK 17 C2 SuperWord): the innermost loop sweeps the
 * candidates of the run, not the window, so it is a plain element-wise update rather than a
 * floating-point reduction; and every array in it is indexed by the loop variable alone, because C2
 * 17 gives up on loops whose arrays are accessed at different unknown offsets. So the terms of one
 * window column {@code dx} accumulate in {@code part} at source positions {@code x + dx}, and the
 * column sum is then shifted onto the candidates with {@code System.arraycopy} and added (the first
 * column copied). The three channels of a term go through in one pass, which keeps loads and
 * stores of {@code part} low.
 * Each candidate sees the same operations in the same order whatever run or thread computes it, so
 * results do not depend on how the candidates are split among threads.
 */
final class DistanceKernel {

    private DistanceKernel() {
    }

    /**
     * Sets {@code total[x]}, for {@code x} in {@code [from, to)}, to the weighted SSD of {@code target}
     * against the candidate centred on {@code (x, y)}. All three arrays are scratch of the source
     * width; only {@code total[from, to)} is meaningful afterwards.
     */
    static void weightedSsd(CandidateWindows source, TargetWindow target, int y, int from, int to, float[] part,
            float[] shifted, float[] total) {
        int length = to - from;
        boolean firstColumn = true;
        int half = target.half();
        for (int dx = -half; dx <= half; dx++) {
            int first = target.columnStart(dx);
            int end = target.columnStart(dx + 1);
            if (first == end) {
                continue;
            }
            int lo = from + dx;
            int hi = to + dx;
            // Each term is ≥ +0, so writing the first term and the first column where the loop once
            // added them to zeros gives the same bits, with two passes less per candidate.
            for (int k = first; k < end; k++) {
                int row = y + target.dy(k);
                term(source.row(0, row), source.row(1, row), source.row(2, row), target.weight(k),
                        target.value(0, k), target.value(1, k), target.value(2, k), part, lo, hi, k == first);
            }
            if (firstColumn) {
                System.arraycopy(part, lo, total, from, length);
                firstColumn = false;
            } else {
                System.arraycopy(part, lo, shifted, from, length);
                for (int j = from; j < to; j++) {
                    total[j] += shifted[j];
                }
            }
        }
        if (firstColumn) {
            Arrays.fill(total, from, to, 0f);
        }
    }

    /**
     * {@code part[j] = w · ((r[j] − vr)² + (g[j] − vg)² + (b[j] − vb)²)} for {@code j} in
     * {@code [lo, hi)} if {@code set}, else {@code part[j] +=} it.
     */
    private static void term(float[] r, float[] g, float[] b, float w, float vr, float vg, float vb, float[] part,
            int lo, int hi, boolean set) {
        if (set) {
            for (int j = lo; j < hi; j++) {
                float d0 = r[j] - vr;
                float d1 = g[j] - vg;
                float d2 = b[j] - vb;
                part[j] = w * (d0 * d0 + d1 * d1 + d2 * d2);
            }
        } else {
            for (int j = lo; j < hi; j++) {
                float d0 = r[j] - vr;
                float d1 = g[j] - vg;
                float d2 = b[j] - vb;
                part[j] += w * (d0 * d0 + d1 * d1 + d2 * d2);
            }
        }
    }
}
