package io.github.inpaint4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress reports: thousandths, and 1.0 once at the end. */
class ProgressCounterTest {

    private final List<Double> reports = new ArrayList<>();

    @Test
    void reportsEachNewThousandthAndTheEndOnce() {
        ProgressCounter counter = new ProgressCounter(reports::add, 4000);
        for (int done = 1; done <= 4000; done++) {
            counter.advanceTo(done);
        }
        counter.finish();
        assertEquals(1001, reports.size(), "the first unit, thousandths 1 to 999, then 1.0");
        assertEquals(0.00025, reports.get(0));
        assertEquals(0.001, reports.get(1));
        assertEquals(0.999, reports.get(999));
        assertEquals(1.0, reports.get(1000));
    }

    @Test
    void smallTotalsReportEveryStep() {
        ProgressCounter counter = new ProgressCounter(reports::add, 3);
        counter.advanceTo(1);
        counter.advanceTo(1);
        counter.advanceTo(2);
        counter.advanceTo(3);
        assertEquals(List.of(1 / 3.0, 2 / 3.0, 1.0), reports);
    }

    @Test
    void finishingReportsOneEvenWithoutWork() {
        new ProgressCounter(reports::add, 0).finish();
        assertEquals(List.of(1.0), reports);
        ProgressCounter half = new ProgressCounter(reports::add, 10);
        half.advanceTo(5);
        half.finish();
        half.finish();
        assertEquals(List.of(1.0, 0.5, 1.0), reports);
    }

    @Test
    void badCountsNameTheValue() {
        assertEquals("progress total must be >= 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> new ProgressCounter(reports::add, -1)).getMessage());
        ProgressCounter counter = new ProgressCounter(reports::add, 10);
        assertEquals("progress must be in [0, 10], got 11", assertThrows(IllegalArgumentException.class,
                () -> counter.advanceTo(11)).getMessage());
        assertEquals("progress must be in [0, 10], got -1", assertThrows(IllegalArgumentException.class,
                () -> counter.advanceTo(-1)).getMessage());
    }
}
