/** Adversarial training: the training step, resumable Adam, checkpoints, metrics and their plot. */
package io.github.inpaint4j.gan.train;
