/**
 * Shifts as data: named, parametric, deterministic image shifts with severities 1-5
 * ({@link org.hillmix.core.shift.ShiftSuite}): the CIFAR-10-C corruptions that need no learned
 * model, with Hendrycks and Dietterich's (ICLR 2019) published CIFAR parameters, and attribute
 * shifts (lighting, colour temperature, background, occlusion, rotation, scale). A data set is
 * shifted item by item ({@link org.hillmix.core.shift.ShiftedDataset}) or written shifted in its
 * own layout ({@link org.hillmix.core.shift.ShiftedDatasetWriter}). Formulas: {@code docs/shifts.md}.
 */
package org.hillmix.core.shift;
