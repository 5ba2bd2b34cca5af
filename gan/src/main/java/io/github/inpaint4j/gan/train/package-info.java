/** Adversarial training: the step, resumable Adam, checkpoints and their folder's lock, metrics and their plot. */
package io.github.inpaint4j.gan.train;
