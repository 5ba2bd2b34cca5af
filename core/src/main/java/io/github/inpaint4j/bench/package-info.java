/**
 * Compares inpainting methods on a folder of pictures: {@link io.github.inpaint4j.bench.InpaintBench}
 * scores each method on seeded holes of several kinds and writes a CSV, a Markdown summary and
 * labelled montages. Any {@link io.github.inpaint4j.Inpainter} can be benched, the library's or
 * your own.
 */
package io.github.inpaint4j.bench;
