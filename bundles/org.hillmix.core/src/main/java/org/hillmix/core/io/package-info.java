/**
 * Import and export of human soft-label data: CIFAR-10S ({@code raw_human_data.csv},
 * {@code human_soft_labels_data.json}, the published per-annotator label layout), the H-Mix
 * categorical, mixing-factor, construct and select-shuffled CSVs, CIFAR-10H vote counts, and
 * HILLmix's JSON Lines judgment journal ({@link org.hillmix.core.io.JudgmentJsonl}, documented in
 * {@code docs/judgment-jsonl.md}) and label files. Every error names the file, line and column
 * (or item) it is about.
 */
package org.hillmix.core.io;
