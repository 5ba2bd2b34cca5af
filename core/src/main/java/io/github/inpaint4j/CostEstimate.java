package io.github.inpaint4j;

import java.util.List;
import java.util.Objects;

/**
 * What a method expects a call to cost before it starts: the count of its inner-loop operations
 * (for the exemplar methods, pixel comparisons between windows) and the time that count takes at a
 * rate calibrated for the method, with a hint for making it cheaper. An estimate, not a promise:
 * the machine's load and the picture change the real time.
 *
 * @param operations the expected count of operations, 0 or more
 * @param unit what is counted, in the plural (e.g. {@code "pixel comparisons"})
 * @param seconds the expected wall time in seconds, 0 or more
 * @param hint how to make the work cheaper (e.g. which option to use), or "" if there is no advice
 * @param options the names of the method's options whose values drive the cost, as the registry
 *     spells them (e.g. {@code context}, {@code patch}), for a front end that refuses a run over its
 *     budget and says what to change; empty if none (since 0.2.0)
 */
public record CostEstimate(double operations, String unit, double seconds, String hint, List<String> options) {

    /** A run estimated longer than this, in seconds (three minutes), is {@linkplain #isLong long}. */
    public static final double LONG_SECONDS = 180;

    /** @throws IllegalArgumentException if a count is negative or not finite */
    public CostEstimate {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(hint, "hint");
        options = List.copyOf(options);
        if (!(operations >= 0 && Double.isFinite(operations))) {
            throw new IllegalArgumentException("operations must be finite and >= 0, got " + operations);
        }
        if (!(seconds >= 0 && Double.isFinite(seconds))) {
            throw new IllegalArgumentException("seconds must be finite and >= 0, got " + seconds);
        }
    }

    /** An estimate that names no option driving the cost. */
    public CostEstimate(double operations, String unit, double seconds, String hint) {
        this(operations, unit, seconds, hint, List.of());
    }

    /**
     * {@code true} if the run is expected to last longer than {@link #LONG_SECONDS}: long enough
     * that a user should be told before it starts (the methods log it at INFO, the CLI warns).
     */
    public boolean isLong() {
        return seconds > LONG_SECONDS;
    }
}
