package io.github.inpaint4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThreadsTest {

    @Test
    void boundIsASmallMultipleOfTheProcessors() {
        int processors = Runtime.getRuntime().availableProcessors();
        assertEquals(Math.max(8, 4 * processors), Threads.max());
        assertEquals(processors, Threads.available());
    }

    @Test
    void acceptsOneToTheBound() {
        assertEquals(1, Threads.require("threads", 1));
        assertEquals(Threads.max(), Threads.require("threads", Threads.max()));
    }

    @Test
    void refusesNamingTheFieldTheBoundAndTheValue() {
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> Threads.require("--threads", 100000));
        assertEquals("--threads must be in [1, " + Threads.max() + "] (4 × the " + Threads.available()
                + " available processors, at least 8), got 100000", huge.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> Threads.require("threads", 0));
        assertTrue(zero.getMessage().startsWith("threads must be in [1, ") && zero.getMessage().endsWith("got 0"),
                zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Threads.require("threads", Threads.max() + 1));
    }
}
