/**
 * Import and export of human soft-label data: CIFAR-10S ({@code raw_human_data.csv},
 * {@code human_soft_labels_data.json}, the published per-annotator label layout), the H-Mix
 * categorical CSV, and HILLmix's JSON Lines and aggregated label files. Every error names the
 * file, line and column (or item) it is about.
 */
package org.hillmix.core.io;
