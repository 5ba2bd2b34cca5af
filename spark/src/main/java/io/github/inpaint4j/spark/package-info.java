/**
 * Batch inpainting on Apache Spark, for collections that outgrow one machine:
 * {@link io.github.inpaint4j.spark.SparkInpaintBatch} reads picture and mask pairs as binary files,
 * fills them in {@code mapPartitions} with the pairing rules and the per-picture work of
 * {@code inpaint batch}, and returns a result row per picture; {@link io.github.inpaint4j.spark.InpaintSparkJob}
 * is the entry point for {@code spark-submit}.
 */
package io.github.inpaint4j.spark;
