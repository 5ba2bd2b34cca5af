/** Inner loops and data structures of the texture methods; not part of the public API. */
package io.github.inpaint4j.texture.internal;
