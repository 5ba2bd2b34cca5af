/**
 * Inpaints a folder of pictures: {@link io.github.inpaint4j.batch.InpaintBatch} pairs each picture with
 * its mask by name ({@link io.github.inpaint4j.batch.BatchPairing}), fills them in parallel with one
 * shared {@link io.github.inpaint4j.Inpainter}, skips pictures already done, writes every output
 * atomically and records one {@link io.github.inpaint4j.batch.BatchResult} per picture. The command
 * line's {@code inpaint batch} and the Spark module share the pairing rules and the per-picture work
 * ({@link io.github.inpaint4j.batch.PictureFill}).
 */
package io.github.inpaint4j.batch;
