package io.github.inpaint4j.texture.internal;

import java.util.function.IntConsumer;

/**
 * Runs independent tasks {@code 0 .. tasks − 1}, on as many threads as it has, and returns when
 * every one is done. The tasks must not depend on each other or on their order, so the result is
 * the same on any number of threads.
 */
@FunctionalInterface
interface ParallelTasks {

    /** One task after the other, on the calling thread. */
    ParallelTasks SERIAL = (tasks, task) -> {
        for (int t = 0; t < tasks; t++) {
            task.accept(t);
        }
    };

    void run(int tasks, IntConsumer task);
}
