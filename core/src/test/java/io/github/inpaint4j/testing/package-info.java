/** Test helpers shipped in core's test-jar: the contract every {@link io.github.inpaint4j.Inpainter} must meet, and picture files the JDK cannot write. */
package io.github.inpaint4j.testing;
