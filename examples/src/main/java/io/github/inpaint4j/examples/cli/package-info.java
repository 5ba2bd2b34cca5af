/** The {@code inpaint} command line (picocli): fill, batch, synth, train, methods, bench, speed, serve. */
package io.github.inpaint4j.examples.cli;
