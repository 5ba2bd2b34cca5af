/** Training data: pictures read from a folder, seeded batches of crops with random holes. */
package io.github.inpaint4j.gan.data;
