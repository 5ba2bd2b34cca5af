/**
 * Training as a user sets it up: the configuration ({@link io.github.inpaint4j.gan.train.TrainingConfig},
 * in parts), the listener of a run, and the metrics and validation scores it reports.
 */
package io.github.inpaint4j.gan.train;
