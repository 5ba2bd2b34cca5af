/** The networks' shapes: the model description a checkpoint records, the generator's and the discriminator's. */
package io.github.inpaint4j.gan.model;
