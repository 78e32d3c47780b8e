/**
 * check and what-if on Apache Spark with the same engine: cases read from files into partitions, each executor
 * deciding with its own rule books, outputs equal to the command line's.
 */
package dev.shoprules.spark;
