/**
 * HILLmix core: the UI-free science shared by the workbench and the evaluation server.
 *
 * <p>Sub-packages hold datasets ({@code data}), mixup stimuli ({@code mixup}), elicitation
 * protocols ({@code protocol}), soft-label construction ({@code labels}), aggregation and
 * agreement ({@code agreement}), import/export ({@code io}), calibration metrics
 * ({@code metrics}) and cancellable progress reporting ({@code progress}).
 */
package org.hillmix.core;
