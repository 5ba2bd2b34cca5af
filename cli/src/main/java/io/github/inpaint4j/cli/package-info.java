/** The {@code inpaint} command line (picocli): fill, batch, synth, train, methods, bench, serve. */
package io.github.inpaint4j.cli;
