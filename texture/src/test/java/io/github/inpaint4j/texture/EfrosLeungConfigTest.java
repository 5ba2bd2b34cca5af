package io.github.inpaint4j.texture;

import io.github.inpaint4j.Threads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EfrosLeungConfigTest {

    @Test
    void defaultsAreThePublishedOnes() {
        EfrosLeungConfig c = EfrosLeungConfig.defaults();
        assertEquals(11, c.window());
        assertEquals(11 / 6.4, c.sigma(), 1e-12);
        assertEquals(0.1, c.epsilon());
        assertEquals(0.3, c.maxErrorThreshold());
        assertEquals(WindowDistance.GAUSSIAN_SSD, c.distance());
        assertEquals(CandidateChoice.UNIFORM, c.choice());
        assertEquals(SearchMode.EXACT, c.search());
        assertEquals(Runtime.getRuntime().availableProcessors(), c.threads());
        assertEquals(1999L, c.seed());
    }

    @Test
    void withCopiesChangeOneField() {
        EfrosLeungConfig c = EfrosLeungConfig.defaults();
        assertEquals(new EfrosLeungConfig(5, 0.1, 0.3, WindowDistance.GAUSSIAN_SSD, CandidateChoice.UNIFORM,
                SearchMode.EXACT, 3, 7), c.withWindow(5).withThreads(3).withSeed(7));
        assertEquals(0.2, c.withEpsilon(0.2).epsilon());
        assertEquals(0.5, c.withMaxErrorThreshold(0.5).maxErrorThreshold());
        assertEquals(WindowDistance.NORMALISED_SSD, c.withDistance(WindowDistance.NORMALISED_SSD).distance());
        assertEquals(CandidateChoice.WEIGHTED_BY_DISTANCE,
                c.withChoice(CandidateChoice.WEIGHTED_BY_DISTANCE).choice());
        assertEquals(SearchMode.COARSE_TO_FINE, c.withSearch(SearchMode.COARSE_TO_FINE).search());
    }

    @Test
    void badValuesAreRejectedNamingFieldRangeAndValue() {
        EfrosLeungConfig c = EfrosLeungConfig.defaults();
        assertMessage("window must be odd and >= 3, got 10", () -> c.withWindow(10));
        assertMessage("window must be odd and >= 3, got 1", () -> c.withWindow(1));
        assertMessage("epsilon must be finite and >= 0, got -0.1", () -> c.withEpsilon(-0.1));
        assertMessage("epsilon must be finite and >= 0, got NaN", () -> c.withEpsilon(Double.NaN));
        assertMessage("maxErrorThreshold must be finite and > 0, got 0.0", () -> c.withMaxErrorThreshold(0));
        assertMessage("maxErrorThreshold must be finite and > 0, got Infinity",
                () -> c.withMaxErrorThreshold(Double.POSITIVE_INFINITY));
        assertMessage("threads must be in [1, " + Threads.max() + "] (4 × the " + Threads.available() + " available processors, at least 8), got 0", () -> c.withThreads(0));
        assertMessage("distance must not be null", () -> c.withDistance(null));
        assertMessage("choice must not be null", () -> c.withChoice(null));
        assertMessage("search must not be null", () -> c.withSearch(null));
    }

    static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertEquals(expected, e.getMessage());
    }
}
