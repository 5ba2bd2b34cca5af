package io.github.inpaint4j.examples.cli;

/**
 * The options of {@code inpaint fill} that every method accepts; {@code null} when not given, in
 * which case a method uses its configuration's default.
 *
 * @param seed {@code --seed}, the seed of every random choice
 * @param threads {@code --threads}, the number of worker threads
 */
record CommonFillOptions(Long seed, Integer threads) {

    /** The seed, or {@code fallback} if none was given. */
    long seedOr(long fallback) {
        return seed == null ? fallback : seed;
    }

    /** The thread count, or {@code fallback} if none was given. */
    int threadsOr(int fallback) {
        return threads == null ? fallback : threads;
    }
}
