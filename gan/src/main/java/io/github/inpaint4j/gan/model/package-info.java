/** The networks as plain DJL blocks: the U-Net generator, the PatchGAN discriminator and their units. */
package io.github.inpaint4j.gan.model;
