/**
 * The training losses — the minimax log-loss on discriminator logits, the L1 reconstruction, feature
 * matching and the perceptual loss — as the training step computes them; not API.
 */
package io.github.inpaint4j.gan.internal.loss;
