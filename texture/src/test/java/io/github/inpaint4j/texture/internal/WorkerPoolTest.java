package io.github.inpaint4j.texture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.InpaintingCancelledException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    @Test
    void everyBlockRunsOnceOnItsOwnThreadPerJob() {
        Set<String> threadNames = ConcurrentHashMap.newKeySet();
        try (WorkerPool pool = WorkerPool.create(3)) {
            for (int job = 0; job < 500; job++) {
                AtomicIntegerArray runs = new AtomicIntegerArray(3);
                int blocks = 1 + job % 3;
                pool.run(blocks, b -> {
                    runs.incrementAndGet(b);
                    threadNames.add(Thread.currentThread().getName());
                });
                for (int b = 0; b < 3; b++) {
                    assertEquals(b < blocks ? 1 : 0, runs.get(b), "job " + job + " block " + b);
                }
            }
        }
        assertEquals(3, threadNames.size(), "caller plus two workers: " + threadNames);
        assertTrue(threadNames.contains(Thread.currentThread().getName()));
    }

    @Test
    void aFailingBlockIsRethrownAfterTheOthersFinish() {
        try (WorkerPool pool = WorkerPool.create(2)) {
            AtomicIntegerArray finished = new AtomicIntegerArray(2);
            IllegalStateException boom = new IllegalStateException("boom");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> pool.run(2, b -> {
                if (b == 1) {
                    throw boom;
                }
                finished.set(b, 1);
            }));
            assertSame(boom, thrown);
            assertEquals(1, finished.get(0));
            // the pool stays usable
            pool.run(2, b -> finished.set(b, 2));
            assertEquals(2, finished.get(1));
        }
    }

    @Test
    void closeEndsTheWorkerThreads() {
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        try (WorkerPool pool = WorkerPool.create(3)) {
            pool.run(3, b -> workers.add(Thread.currentThread()));
        }
        workers.remove(Thread.currentThread());
        assertEquals(2, workers.size());
        for (Thread t : workers) {
            assertFalse(t.isAlive(), t.getName() + " still alive after close");
        }
    }

    @Test
    void anInterruptedCallerGetsACancellationAndKeepsItsFlag() {
        try (WorkerPool pool = WorkerPool.create(2)) {
            assertThrows(InpaintingCancelledException.class,
                    () -> pool.run(2, b -> Thread.currentThread().interrupt()));
            assertTrue(Thread.interrupted(), "interrupt flag restored");
        }
    }

    @Test
    void badArgumentsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkerPool.create(0));
        assertEquals("threads must be >= 1, got 0", e.getMessage());
        try (WorkerPool pool = WorkerPool.create(2)) {
            assertThrows(IllegalArgumentException.class, () -> pool.run(3, b -> { }));
        }
    }
}
