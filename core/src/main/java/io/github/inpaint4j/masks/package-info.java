/** Seeded random mask generators: rectangles, DeepFill v2 free-form strokes and thin scratches. */
package io.github.inpaint4j.masks;
