package io.github.inpaint4j.texture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one derivative rule of Telea's march and Criminisi's priority. */
class FiniteDifferenceTest {

    /** Samples 0.25, 0.5, 1.0 along an axis, the derivative taken at the middle one. */
    @Test
    void centralWhereBothNeighboursQualifyOneSidedWhereOneDoesZeroWhereNone() {
        assertEquals(0.375, FiniteDifference.of(0.5, 0.25, 1.0, true, true));
        assertEquals(0.5, FiniteDifference.of(0.5, 0.25, 1.0, false, true));
        assertEquals(0.25, FiniteDifference.of(0.5, 0.25, 1.0, true, false));
        assertEquals(0.0, FiniteDifference.of(0.5, 0.25, 1.0, false, false));
    }

    /** A neighbour that does not qualify is not read: its value may be anything. */
    @Test
    void aNeighbourThatDoesNotQualifyIsIgnored() {
        assertEquals(0.5, FiniteDifference.of(0.5, Double.NaN, 1.0, false, true));
        assertEquals(0.25, FiniteDifference.of(0.5, 0.25, Double.NaN, true, false));
    }
}
