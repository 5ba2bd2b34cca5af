package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.texture.WindowDistance;

/** How a candidate's weighted SSD becomes the distance that is compared. */
public enum DistanceForm {

    /** {@code Σ w·(F − I)² / Σ w}: Efros and Leung's Gaussian-weighted mean squared difference. */
    WEIGHTED_MEAN,
    /**
     * {@code Σ w·(F − I)² / sqrt(Σ F² · Σ I²)}: the normalised variant (sums over the known offsets;
     * the denominator is floored at {@link #ENERGY_FLOOR} so black windows give finite distances).
     */
    NORMALISED,
    /** {@code Σ w·(F − I)²}: the plain (weighted) SSD, as Criminisi compares patches. */
    SUM;

    /** Smallest value of the normalised distance's {@code Σ F² · Σ I²}. */
    public static final float ENERGY_FLOOR = 1e-6f;

    /** The form that Efros–Leung's {@code distance} setting names. */
    static DistanceForm of(WindowDistance distance) {
        return distance == WindowDistance.NORMALISED_SSD ? NORMALISED : WEIGHTED_MEAN;
    }

    /**
     * The distance from a candidate's weighted SSD and (for {@link #NORMALISED}) its energy.
     *
     * @param weightSum the target's {@link TargetWindow#weightSum()}
     * @param targetEnergy the target's {@link TargetWindow#energy()}
     */
    float of(float weightedSsd, float candidateEnergy, float weightSum, float targetEnergy) {
        return switch (this) {
            case WEIGHTED_MEAN -> weightedSsd / weightSum;
            case NORMALISED -> weightedSsd / (float) Math.sqrt(Math.max(candidateEnergy * targetEnergy, ENERGY_FLOOR));
            case SUM -> weightedSsd;
        };
    }

    /**
     * The distance of one candidate, computed on its own (for re-ranking a few candidates); equal
     * bit for bit to the distance a {@link CandidateScan} gives it.
     */
    public float at(TargetWindow target, CandidateWindows source, int cx, int cy) {
        float energy = this == NORMALISED ? target.energyProbe().weightedSsdAt(source, cx, cy) : 0f;
        return of(target.weightedSsdAt(source, cx, cy), energy, target.weightSum(), target.energy());
    }
}
