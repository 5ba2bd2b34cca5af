package io.github.inpaint4j.texture;

/** How Efros–Leung picks one window among the candidates within {@code (1 + ε)·d_best} of the best. */
public enum CandidateChoice {

    /** Every candidate equally likely (Efros and Leung's choice; the default). */
    UNIFORM,

    /**
     * The closer candidates more often: probability proportional to {@code (1 + ε)·d_best − d}: the best match most likely, the
     * candidates at the edge of the set least. When every candidate has that edge distance (for
     * instance when {@code d_best = 0}) the choice is uniform.
     */
    WEIGHTED
}
