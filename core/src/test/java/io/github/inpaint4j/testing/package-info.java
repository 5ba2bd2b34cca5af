/** Test helpers shipped in core's test-jar: the contract every {@link io.github.inpaint4j.Inpainter} must meet. */
package io.github.inpaint4j.testing;
