package io.github.inpaint4j.cli;

import picocli.CommandLine.Option;

/** {@code --seed N}, shared by the commands that draw at random; {@code null} when not given. */
final class SeedOption {

    @Option(names = "--seed", paramLabel = "N",
            description = "seed of every random choice: the same seed gives the same result (default: the method's own;"
                    + " bench: 42 for the holes; train: 42)")
    Long value;

    /** The seed, or {@code fallback} when none was given. */
    long or(long fallback) {
        return value == null ? fallback : value;
    }
}
