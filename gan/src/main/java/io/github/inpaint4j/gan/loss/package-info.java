/** The losses' settings: the generator's form of the minimax log-loss and the discriminator's target. */
package io.github.inpaint4j.gan.loss;
