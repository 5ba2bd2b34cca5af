/** The {@code inpaint} command line (picocli): fill, methods, bench. */
package io.github.inpaint4j.examples.cli;
