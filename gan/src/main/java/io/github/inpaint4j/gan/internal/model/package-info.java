/**
 * The networks as DJL blocks — the U-Net generator, the PatchGAN discriminator and their units —
 * built from the shapes of {@code io.github.inpaint4j.gan.model}; not API.
 */
package io.github.inpaint4j.gan.internal.model;
