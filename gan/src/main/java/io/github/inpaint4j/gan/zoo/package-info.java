/** The GAN in DJL's model zoo: found by {@code Criteria} with group id {@code io.github.inpaint4j}, offline, from the jar. */
package io.github.inpaint4j.gan.zoo;
