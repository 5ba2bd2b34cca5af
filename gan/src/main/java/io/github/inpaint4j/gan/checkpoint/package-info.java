/**
 * The checkpoint format, read by {@link io.github.inpaint4j.gan.GanInpainter} and written and read by
 * training: a checkpoint folder's files and {@code checkpoint.json}, the shipped default model as a
 * source, the run folder's {@code step-NNNNNNNN} layout, its lock and every checkpoint's manifest.
 */
package io.github.inpaint4j.gan.checkpoint;
