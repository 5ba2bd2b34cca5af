/**
 * The checkpoint format as training writes it and inference reads it: a checkpoint folder's files,
 * the run folder's {@code step-NNNNNNNN} layout, its lock and every checkpoint's manifest; not API.
 */
package io.github.inpaint4j.gan.internal.checkpoint;
