/**
 * A GAN inpainter built with DJL: {@link io.github.inpaint4j.gan.GanTraining} trains it on a folder of
 * pictures, {@link io.github.inpaint4j.gan.GanInpainter} fills holes with a checkpoint.
 */
package io.github.inpaint4j.gan;
