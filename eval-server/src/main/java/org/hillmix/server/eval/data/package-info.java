/**
 * A job's data: the images of its data set (CIFAR-10 files, image folders or the in-process synthetic demo set),
 * the human labels attached to them (soft labels, votes, journals, or simulated annotators), the seeded
 * stratified split or folds, the control regimes' targets and the memory budget checked before a job starts.
 * Uses {@code eval.simulation} for simulated annotators and {@code eval.report} for the citations of what it
 * loads; knows nothing of training runs or their measurement.
 */
package org.hillmix.server.eval.data;
