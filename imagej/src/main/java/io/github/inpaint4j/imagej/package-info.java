/**
 * The ImageJ 1.x and Fiji plugin: {@code Process › Inpaint…} fills the active image's selection, or
 * where a mask image is non-zero, with any method of the registry ({@link io.github.inpaint4j.imagej.InpaintPlugin}).
 */
package io.github.inpaint4j.imagej;
