package io.github.inpaint4j.texture.internal;

/**
 * The image derivative of the texture methods, one rule for Telea's march (∇I of the known pixels
 * and ∇T of the distance map) and Criminisi's data term (the isophote): along one axis, the central
 * difference where both neighbours qualify (are known, or hold a value), the one-sided difference
 * where only one does, and 0 where neither does.
 */
final class FiniteDifference {

    private FiniteDifference() {
    }

    /**
     * The derivative at a sample {@code centre} from its neighbours {@code before} and
     * {@code after} along the axis; a neighbour that does not qualify is not read.
     */
    static double of(double centre, double before, double after, boolean hasBefore, boolean hasAfter) {
        if (hasBefore && hasAfter) {
            return (after - before) / 2;
        }
        if (hasAfter) {
            return after - centre;
        }
        if (hasBefore) {
            return centre - before;
        }
        return 0;
    }
}
