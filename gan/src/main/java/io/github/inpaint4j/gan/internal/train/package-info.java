/**
 * Adversarial training: a run ({@link io.github.inpaint4j.gan.internal.train.TrainingRun}), its loop,
 * the session of both networks, the step, resumable Adam, the weight average, validation, the metrics
 * file and the loss-curve plot; not API.
 */
package io.github.inpaint4j.gan.internal.train;
