package io.github.inpaint4j.benchmarks;

import java.io.IOException;

/** A timed workload of the speed harness: a method on a reference input. */
public interface BenchCase {

    /** Stable name used with {@code --case}, e.g. {@code A/telea}. */
    String name();

    /** One line saying what is timed. */
    String description();

    /** Whether the method uses worker threads; single-threaded cases run once, with one thread. */
    boolean multithreaded();

    /**
     * Loads the inputs and builds the method for {@code threads} workers; only {@link Trial#run()}
     * is timed.
     *
     * @param samples the folder of bundled samples ({@code docs/samples})
     */
    Trial prepare(java.nio.file.Path samples, int threads) throws IOException;

    /** One prepared workload; closed after its row (it may hold native memory, such as a GAN's model). */
    interface Trial extends AutoCloseable {

        /** Runs the work once and returns a note on the result's quality (e.g. its hole PSNR), or "". */
        String run();

        /**
         * The arithmetic work of one run in the unit the rate column reports (for exemplar searches:
         * candidate-window comparisons × window pixels × channels), or 0 if no rate applies.
         */
        default double operations() {
            return 0;
        }

        /** Releases what {@link BenchCase#prepare} made. */
        @Override
        default void close() {
        }
    }
}
