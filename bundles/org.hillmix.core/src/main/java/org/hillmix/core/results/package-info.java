/**
 * What the workbench's result views show, computed from merged judgment journals: per-item soft
 * labels with entropy and disagreement, per-annotator agreement, and the perceived mixing factor
 * per class pair ({@link org.hillmix.core.results.ResultsAnalysis}).
 */
package org.hillmix.core.results;
