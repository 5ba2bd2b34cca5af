/** Training data: pictures read from a folder, seeded batches of crops with random holes; not API. */
package io.github.inpaint4j.gan.internal.data;
