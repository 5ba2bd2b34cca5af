package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.texture.CandidateChoice;
import java.util.SplittableRandom;

/**
 * Efros and Leung's random choice among near-best candidates: every candidate with
 * {@code d ≤ (1 + ε)·d_best} qualifies (≤, as in their pseudo-code, so that the best one always
 * does, even at distance 0), and one is drawn uniformly or weighted by distance. Draws happen on
 * the calling thread, after the distances are known, so the thread count cannot change them.
 */
final class NearBestChoice {

    private final double epsilon;
    private final CandidateChoice choice;

    NearBestChoice(double epsilon, CandidateChoice choice) {
        this.epsilon = epsilon;
        this.choice = choice;
    }

    /** The largest distance that qualifies, {@code (1 + ε)·best} (never below {@code best}). */
    float limit(float best) {
        return Math.max(best, (float) (best * (1 + epsilon)));
    }

    /** Distances of a list of candidates. */
    @FunctionalInterface
    interface Distances {
        float of(int candidate);
    }

    /**
     * Draws one of {@code candidates} (non-empty, each at distance ≤ {@code limit}).
     *
     * @return the drawn candidate
     */
    int pick(IntList candidates, Distances distances, float limit, SplittableRandom random) {
        int n = candidates.size();
        if (choice == CandidateChoice.WEIGHTED) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += limit - distances.of(candidates.get(i));
            }
            if (total > 0) {
                double r = random.nextDouble() * total;
                for (int i = 0; i < n; i++) {
                    r -= limit - distances.of(candidates.get(i));
                    if (r < 0) {
                        return candidates.get(i);
                    }
                }
                return candidates.get(n - 1);
            }
        }
        return candidates.get(random.nextInt(n));
    }
}
