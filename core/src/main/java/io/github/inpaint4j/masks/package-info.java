/** Seeded random mask generators: rectangles, DeepFill v2 free-form strokes, thin scratches, text overlays and blobs. */
package io.github.inpaint4j.masks;
