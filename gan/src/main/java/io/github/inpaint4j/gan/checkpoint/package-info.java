/**
 * Checkpoints as a user meets them: where a model is read from ({@link
 * io.github.inpaint4j.gan.checkpoint.CheckpointSource}: a checkpoint folder, a training run's newest
 * checkpoint or the shipped default model), what {@code checkpoint.json} describes, and the error
 * that names a damaged or incompatible checkpoint.
 */
package io.github.inpaint4j.gan.checkpoint;
