/** Reading and writing images and masks (PNG, JPEG, BMP), conversions to and from {@code BufferedImage}, atomic writes. */
package io.github.inpaint4j.io;
