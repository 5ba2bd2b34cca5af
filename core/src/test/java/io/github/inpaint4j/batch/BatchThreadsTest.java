package io.github.inpaint4j.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Threads;
import org.junit.jupiter.api.Test;

class BatchThreadsTest {

    @Test
    void withNothingGivenEveryCoreRunsAPictureOfOneThread() {
        assertEquals(new BatchThreads(4, 1), BatchThreads.split(null, null, 4));
        assertEquals(new BatchThreads(1, 1), BatchThreads.split(null, null, 1));
    }

    @Test
    void givenJobsShareTheCoresAsThreads() {
        assertEquals(new BatchThreads(2, 2), BatchThreads.split(2, null, 4));
        assertEquals(new BatchThreads(3, 1), BatchThreads.split(3, null, 4));
        assertEquals(new BatchThreads(8, 1), BatchThreads.split(8, null, 2));
    }

    @Test
    void givenThreadsShareTheCoresAsJobs() {
        assertEquals(new BatchThreads(2, 2), BatchThreads.split(null, 2, 4));
        assertEquals(new BatchThreads(1, 4), BatchThreads.split(null, 4, 2));
    }

    @Test
    void bothGivenAreKept() {
        assertEquals(new BatchThreads(3, 2), BatchThreads.split(3, 2, 2));
    }

    @Test
    void countsOutOfRangeAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BatchThreads.split(0, null, 2));
        assertTrue(e.getMessage().startsWith("jobs must be in [1, " + Threads.max() + "]"), e.getMessage());
        assertTrue(e.getMessage().endsWith("got 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BatchThreads.split(null, Threads.max() + 1, 2));
        assertThrows(IllegalArgumentException.class, () -> BatchThreads.split(null, null, 0));
    }
}
