/** The {@code inpaint speed} command: timed reference cases for docs/performance.md. */
package io.github.inpaint4j.examples.speed;
