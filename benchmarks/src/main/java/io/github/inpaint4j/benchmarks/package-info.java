/**
 * The speed harness ({@code java -jar benchmarks/target/speed.jar}): timed reference cases for
 * docs/performance.md, and the GAN's memory check.
 */
package io.github.inpaint4j.benchmarks;
