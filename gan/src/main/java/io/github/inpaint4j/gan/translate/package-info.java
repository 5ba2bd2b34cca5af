/** DJL translators and the tensor layout that carry pictures and masks into the generator and back. */
package io.github.inpaint4j.gan.translate;
