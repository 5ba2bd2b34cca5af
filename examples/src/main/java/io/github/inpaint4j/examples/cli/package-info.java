/** The {@code inpaint} command line (picocli): fill, batch, synth, train, methods, bench. */
package io.github.inpaint4j.examples.cli;
