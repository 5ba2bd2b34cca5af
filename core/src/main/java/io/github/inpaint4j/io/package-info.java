/**
 * Reading pictures and masks (PNG, JPEG, BMP, GIF, TIFF; with a pixel limit, orientation and CMYK
 * handled), writing them (PNG, JPEG, BMP) atomically, conversions to and from {@code BufferedImage},
 * and the check that an output is none of the inputs.
 */
package io.github.inpaint4j.io;
