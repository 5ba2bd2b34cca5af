/** Seeded synthetic pictures (stripes, checkerboards, gradients, noise) for tests, examples and benchmarks. */
package io.github.inpaint4j.synthetic;
