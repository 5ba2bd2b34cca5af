/**
 * Test helpers shipped in core's test-jar: the contract every {@link io.github.inpaint4j.Inpainter}
 * must meet, and checks of a module's descriptor and of its behaviour on the module path.
 */
package io.github.inpaint4j.testing;
