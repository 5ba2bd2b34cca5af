/** The {@code inpaint bench} command: timed reference cases for docs/performance.md. */
package io.github.inpaint4j.examples.bench;
