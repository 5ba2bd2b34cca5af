/** The training losses: the minimax log-loss on discriminator logits and the hole reconstruction loss. */
package io.github.inpaint4j.gan.loss;
