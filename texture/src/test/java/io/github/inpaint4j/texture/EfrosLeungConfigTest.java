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
        assertEquals(0.3, c.maxError());
        assertEquals(WindowDistance.GAUSSIAN_SSD, c.distance());
        assertEquals(CandidateChoice.UNIFORM, c.choice());
        assertEquals(SearchMode.EXACT, c.search());
        assertEquals(Runtime.getRuntime().availableProcessors(), c.threads());
        assertEquals(1999L, c.seed());
    }

    @Test
    void withCopiesChangeOneField() {
        EfrosLeungConfig c = EfrosLeungConfig.defaults();
        assertEquals(EfrosLeungConfig.builder().window(5).epsilon(0.1).maxError(0.3)
                .distance(WindowDistance.GAUSSIAN_SSD).choice(CandidateChoice.UNIFORM).search(SearchMode.EXACT).threads(3)
                .seed(7).build(), c.withWindow(5).withThreads(3).withSeed(7));
        assertEquals(0.2, c.withEpsilon(0.2).epsilon());
        assertEquals(0.5, c.withMaxError(0.5).maxError());
        assertEquals(WindowDistance.NORMALISED_SSD, c.withDistance(WindowDistance.NORMALISED_SSD).distance());
        assertEquals(CandidateChoice.WEIGHTED,
                c.withChoice(CandidateChoice.WEIGHTED).choice());
        assertEquals(SearchMode.FAST, c.withSearch(SearchMode.FAST).search());
    }

    @Test
    void badValuesAreRejectedNamingFieldRangeAndValue() {
        EfrosLeungConfig c = EfrosLeungConfig.defaults();
        assertMessage("window must be odd and >= 3, got 10", () -> c.withWindow(10));
        assertMessage("window must be odd and >= 3, got 1", () -> c.withWindow(1));
        assertMessage("epsilon must be >= 0, got -0.1", () -> c.withEpsilon(-0.1));
        assertMessage("epsilon must be a finite number, got NaN", () -> c.withEpsilon(Double.NaN));
        assertMessage("max-error must be > 0, got 0.0", () -> c.withMaxError(0));
        assertMessage("max-error must be a finite number, got Infinity",
                () -> c.withMaxError(Double.POSITIVE_INFINITY));
        assertMessage("threads must be in [1, " + Threads.max() + "] (4 × the " + Threads.available() + " available processors, at least 8), got 0", () -> c.withThreads(0));
        assertMessage("distance must be one of gaussian-ssd, normalised-ssd, got null", () -> c.withDistance(null));
        assertMessage("choice must be one of uniform, weighted, got null", () -> c.withChoice(null));
        assertMessage("fast must be true or false, got null", () -> c.withSearch(null));
    }

    static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertEquals(expected, e.getMessage());
    }
}
