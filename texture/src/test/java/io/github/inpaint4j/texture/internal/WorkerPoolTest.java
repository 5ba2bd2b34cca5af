package io.github.inpaint4j.texture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.InpaintingCancelledException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    @Test
    void sharedWorkIsDoneExactlyOnce() {
        try (WorkerPool pool = WorkerPool.create(3)) {
            for (int job = 0; job < 300; job++) {
                AtomicIntegerArray done = new AtomicIntegerArray(50);
                AtomicInteger next = new AtomicInteger();
                Set<Integer> indices = ConcurrentHashMap.newKeySet();
                int workers = 1 + job % 3;
                pool.share(workers, w -> {
                    assertTrue(indices.add(w), "worker index " + w + " used twice");
                    for (int i = next.getAndIncrement(); i < 50; i = next.getAndIncrement()) {
                        done.incrementAndGet(i);
                    }
                });
                for (int i = 0; i < 50; i++) {
                    assertEquals(1, done.get(i), "job " + job + " item " + i);
                }
                assertTrue(indices.stream().allMatch(w -> w < workers), indices.toString());
            }
        }
    }

    @Test
    void workersRunAtTheSameTimeOnTheirOwnThreads() throws InterruptedException {
        try (WorkerPool pool = WorkerPool.create(2)) {
            CountDownLatch workerRan = new CountDownLatch(1);
            Set<String> names = ConcurrentHashMap.newKeySet();
            pool.share(2, w -> {
                names.add(Thread.currentThread().getName());
                if (w == 1) {
                    workerRan.countDown();
                } else {
                    awaitQuietly(workerRan);
                }
            });
            assertEquals(0, workerRan.getCount(), "the pool thread ran while the caller waited");
            assertEquals(2, names.size(), names.toString());
        }
    }

    /** A worker that keeps the caller waiting longer than it works makes the pool run the next jobs alone. */
    @Test
    void slowWorkersAreLeftOutForAWhile() {
        try (WorkerPool pool = WorkerPool.create(2)) {
            for (int job = 0; job < WorkerPool.SAMPLE_JOBS; job++) {
                pool.share(2, w -> {
                    if (w == 1) {
                        sleep(2);
                    }
                });
            }
            Set<String> names = ConcurrentHashMap.newKeySet();
            for (int job = 0; job < WorkerPool.MIN_SOLO_JOBS; job++) {
                pool.share(2, w -> names.add(Thread.currentThread().getName()));
            }
            assertEquals(Set.of(Thread.currentThread().getName()), names, "solo jobs run on the caller only");
            CountDownLatch workerRan = new CountDownLatch(1);
            pool.share(2, w -> {
                if (w == 1) {
                    workerRan.countDown();
                } else {
                    awaitQuietly(workerRan);
                }
            });
            assertEquals(0, workerRan.getCount(), "the workers are tried again afterwards");
        }
    }

    @Test
    void aFailingWorkerIsRethrownAfterTheOthersReturn() {
        try (WorkerPool pool = WorkerPool.create(2)) {
            AtomicIntegerArray returned = new AtomicIntegerArray(2);
            IllegalStateException boom = new IllegalStateException("boom");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> pool.share(2, w -> {
                if (w == 1) {
                    throw boom;
                }
                sleep(5);
                returned.set(w, 1);
            }));
            assertSame(boom, thrown);
            assertEquals(1, returned.get(0));
            pool.share(2, w -> returned.set(w, 2));
            assertEquals(2, returned.get(0), "the pool stays usable");
        }
    }

    @Test
    void closeEndsTheWorkerThreads() {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        try (WorkerPool pool = WorkerPool.create(3)) {
            CountDownLatch both = new CountDownLatch(2);
            pool.share(3, w -> {
                seen.add(Thread.currentThread());
                if (w > 0) {
                    both.countDown();
                } else {
                    awaitQuietly(both);
                }
            });
        }
        seen.remove(Thread.currentThread());
        assertEquals(2, seen.size());
        for (Thread t : seen) {
            assertFalse(t.isAlive(), t.getName() + " still alive after close");
        }
    }

    @Test
    void anInterruptedCallerGetsACancellationAndKeepsItsFlag() {
        try (WorkerPool pool = WorkerPool.create(2)) {
            assertThrows(InpaintingCancelledException.class,
                    () -> pool.share(2, w -> Thread.currentThread().interrupt()));
            assertTrue(Thread.interrupted(), "interrupt flag restored");
        }
    }

    @Test
    void badArgumentsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkerPool.create(0));
        assertEquals("threads must be >= 1, got 0", e.getMessage());
        try (WorkerPool pool = WorkerPool.create(2)) {
            e = assertThrows(IllegalArgumentException.class, () -> pool.share(3, w -> { }));
            assertEquals("workers must be in [1, 2], got 3", e.getMessage());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
