/** The inpainting API: {@link io.github.inpaint4j.Inpainter}, images, masks, progress and cancellation. */
package io.github.inpaint4j;
