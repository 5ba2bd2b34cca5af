/**
 * Test helpers shipped in core's test-jar: the contract every {@link io.github.inpaint4j.Inpainter}
 * must meet, picture files the JDK cannot write, named pipes and a small file system to fill, and
 * checks of a module's descriptor and of its behaviour on the module path.
 */
package io.github.inpaint4j.testing;
