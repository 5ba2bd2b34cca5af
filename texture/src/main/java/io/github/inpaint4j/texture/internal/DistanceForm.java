package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.texture.WindowDistance;

/**
 * The window distance of the exemplar searches, in one place: which form a method compares
 * (Efros–Leung's {@link WindowDistance} settings, Criminisi's plain SSD), which sums each form
 * needs, and the distances themselves — of a row of candidates at once, through the vectorised
 * {@link DistanceKernel} ({@link #row}), or of one candidate ({@link #at}), equal bit for bit.
 * {@link CandidateScan} and {@link CoarseToFineSearch} only say which candidates to compare.
 */
public enum DistanceForm {

    /** {@code Σ w·(F − I)² / Σ w}: Efros and Leung's Gaussian-weighted SSD ({@link WindowDistance#GAUSSIAN_SSD}). */
    GAUSSIAN_SSD,
    /**
     * {@code Σ w·(F − I)² / sqrt(Σ F² · Σ I²)}: the normalised variant ({@link WindowDistance#NORMALISED_SSD}; sums over the known offsets;
     * the denominator is floored at {@link #ENERGY_FLOOR} so black windows give finite distances).
     */
    NORMALISED_SSD,
    /** {@code Σ w·(F − I)²}: the plain (weighted) SSD, as Criminisi compares patches. */
    SSD;

    /** Smallest value of the normalised distance's {@code Σ F² · Σ I²}. */
    public static final float ENERGY_FLOOR = 1e-6f;

    /** The form that Efros–Leung's {@code distance} setting names. */
    static DistanceForm of(WindowDistance distance) {
        return switch (distance) {
            case GAUSSIAN_SSD -> GAUSSIAN_SSD;
            case NORMALISED_SSD -> NORMALISED_SSD;
        };
    }

    /** {@code true} if the form needs the candidates' energies, the SSD of {@link TargetWindow#energyProbe()}. */
    boolean needsEnergy() {
        return this == NORMALISED_SSD;
    }

    /**
     * The distances of {@code target} to the candidates centred at {@code [lo, hi)} of row {@code y}
     * of {@code source}, in {@code rows[2][lo, hi)}, which it returns.
     *
     * @param energyProbe the target's {@link TargetWindow#energyProbe()} if the form
     *     {@linkplain #needsEnergy needs it}, else unused
     * @param rows four rows of the source's width: the kernel's two scratch rows, the distances and
     *     the energies
     */
    float[] row(CandidateWindows source, TargetWindow target, TargetWindow energyProbe, int y, int lo, int hi,
            float[][] rows) {
        float[] d = rows[2];
        DistanceKernel.weightedSsd(source, target, y, lo, hi, rows[0], rows[1], d);
        switch (this) {
            case GAUSSIAN_SSD -> {
                float weightSum = target.weightSum();
                for (int x = lo; x < hi; x++) {
                    d[x] = d[x] / weightSum;
                }
            }
            case NORMALISED_SSD -> {
                float[] energy = rows[3];
                DistanceKernel.weightedSsd(source, energyProbe, y, lo, hi, rows[0], rows[1], energy);
                float weightSum = target.weightSum();
                float targetEnergy = target.energy();
                for (int x = lo; x < hi; x++) {
                    d[x] = of(d[x], energy[x], weightSum, targetEnergy);
                }
            }
            case SSD -> {
            }
        }
        return d;
    }

    /**
     * The distance from a candidate's weighted SSD and (for {@link #NORMALISED_SSD}) its energy.
     *
     * @param weightSum the target's {@link TargetWindow#weightSum()}
     * @param targetEnergy the target's {@link TargetWindow#energy()}
     */
    private float of(float weightedSsd, float candidateEnergy, float weightSum, float targetEnergy) {
        return switch (this) {
            case GAUSSIAN_SSD -> weightedSsd / weightSum;
            case NORMALISED_SSD -> weightedSsd / (float) Math.sqrt(Math.max(candidateEnergy * targetEnergy, ENERGY_FLOOR));
            case SSD -> weightedSsd;
        };
    }

    /**
     * The distance of one candidate, computed on its own (for re-ranking a few candidates); equal
     * bit for bit to the distance a {@link CandidateScan} gives it.
     */
    public float at(TargetWindow target, CandidateWindows source, int cx, int cy) {
        float energy = needsEnergy() ? target.energyProbe().weightedSsdAt(source, cx, cy) : 0f;
        return of(target.weightedSsdAt(source, cx, cy), energy, target.weightSum(), target.energy());
    }
}
