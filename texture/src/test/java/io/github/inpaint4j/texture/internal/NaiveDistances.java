package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.RgbImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The exemplar-search formulas as written, with plain loops and doubles: the reference the fast
 * kernel is checked against.
 */
final class NaiveDistances {

    private NaiveDistances() {
    }

    /** Centres {x, y} of every window of {@code source} with only known pixels, row by row. */
    static List<int[]> candidates(WorkingImage source, int window) {
        int h = window / 2;
        List<int[]> out = new ArrayList<>();
        for (int y = h; y < source.height() - h; y++) {
            for (int x = h; x < source.width() - h; x++) {
                boolean complete = true;
                for (int dy = -h; dy <= h && complete; dy++) {
                    for (int dx = -h; dx <= h && complete; dx++) {
                        complete = source.isKnownAt(x + dx, y + dy);
                    }
                }
                if (complete) {
                    out.add(new int[] {x, y});
                }
            }
        }
        return out;
    }

    /**
     * The distance of the window of {@code target} around {@code (tx, ty)} to the window of
     * {@code source} around {@code (cx, cy)}: with M the target's known pixels and G the weights,
     * {@code Σ G·M·(F − I)² / Σ G·M} (mean), {@code Σ G·M·(F − I)² / sqrt(Σ M·F² · Σ M·I²)}
     * (normalised, denominator floored) or {@code Σ G·M·(F − I)²} (sum).
     */
    static double distance(WorkingImage target, int tx, int ty, WorkingImage source, int cx, int cy, int window,
            WindowWeights weights, DistanceForm form) {
        int h = window / 2;
        double ssd = 0;
        double weightSum = 0;
        double sourceEnergy = 0;
        double targetEnergy = 0;
        for (int dy = -h; dy <= h; dy++) {
            for (int dx = -h; dx <= h; dx++) {
                if (!target.isKnownAt(tx + dx, ty + dy)) {
                    continue;
                }
                int t = (ty + dy) * target.width() + tx + dx;
                int s = (cy + dy) * source.width() + cx + dx;
                double g = weights.at(dx, dy);
                weightSum += g;
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    double f = source.sample(s, c);
                    double i = target.sample(t, c);
                    ssd += g * (f - i) * (f - i);
                    sourceEnergy += f * f;
                    targetEnergy += i * i;
                }
            }
        }
        return switch (form) {
            case GAUSSIAN_SSD -> ssd / weightSum;
            case NORMALISED_SSD -> ssd / Math.sqrt(Math.max(sourceEnergy * targetEnergy, DistanceForm.ENERGY_FLOOR));
            case SSD -> ssd;
        };
    }
}
