/** The executor side of the Spark batch: the work of a partition, the executor-wide inpainters, the Hadoop file system. */
package io.github.inpaint4j.spark.internal;
