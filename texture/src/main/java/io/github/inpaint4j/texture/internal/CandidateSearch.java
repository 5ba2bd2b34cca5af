package io.github.inpaint4j.texture.internal;

import java.util.SplittableRandom;

/** Finds the source window an Efros–Leung pixel is copied from. */
interface CandidateSearch {

    /**
     * Chooses a candidate for the unknown pixel {@code (x, y)} of {@code image}, which must have a
     * known neighbour.
     */
    Match find(WorkingImage image, int x, int y, SplittableRandom random);
}
