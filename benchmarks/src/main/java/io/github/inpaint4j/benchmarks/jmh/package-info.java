/**
 * JMH benchmarks of the methods, parameterised by method × hole size × threads; run with
 * {@code java -cp benchmarks/target/speed.jar org.openjdk.jmh.Main} (docs/performance.md).
 */
package io.github.inpaint4j.benchmarks.jmh;
