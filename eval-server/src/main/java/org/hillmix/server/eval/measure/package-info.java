/**
 * Measurement of training runs with the core metrics library: one run's metrics and intervals, their
 * aggregation over seeds, training stability and the paired comparisons between regimes. Reads a job's data
 * ({@code eval.data}); knows nothing of how runs are scheduled.
 */
package org.hillmix.server.eval.measure;
