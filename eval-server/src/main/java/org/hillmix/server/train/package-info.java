/**
 * The training engine of the evaluation server: trains small image classifiers with DJL
 * (PyTorch engine, CPU) under the label regimes of HILLmix (hard, human soft labels, votes, label
 * smoothing, mixup, human-perceived mixup) and returns logits, FGSM robustness and per-epoch
 * cartography records. See docs/training.md.
 *
 * <p>Entry point: {@link org.hillmix.server.train.TrainingOperation}. Target construction, mixing,
 * augmentation and learning-rate schedules are plain Java (double precision, unit-tested without
 * DJL); the DJL code is confined to model building, the loss, the optimizer and the step loop.
 */
package org.hillmix.server.train;
