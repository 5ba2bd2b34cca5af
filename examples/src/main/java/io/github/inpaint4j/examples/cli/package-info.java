/** The {@code inpaint} command line (picocli): fill, synth, train, methods, bench, speed, serve. */
package io.github.inpaint4j.examples.cli;
