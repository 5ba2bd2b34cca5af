/**
 * Adversarial training: the configuration, the session of both networks, the loop of a run
 * ({@link io.github.inpaint4j.gan.train.TrainingLoop}), validation, metrics and the listener. The
 * step, resumable Adam and the loss-curve plot are package-private: only the loop uses them.
 */
package io.github.inpaint4j.gan.train;
