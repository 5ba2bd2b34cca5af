package io.github.inpaint4j.cli;

import picocli.CommandLine.Option;

/** {@code --force}, shared by the commands that write files: replace outputs that already exist. */
final class ForceOption {

    @Option(names = "--force", description = "replace outputs that already exist (never an input of the same command)")
    boolean on;
}
