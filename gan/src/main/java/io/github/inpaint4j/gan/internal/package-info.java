/** Helpers of the GAN module that users should not need: engine start-up, seeding, hole windows. */
package io.github.inpaint4j.gan.internal;
