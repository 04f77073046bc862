/**
 * Soft labels from human answers: the six CIFAR-10S schemes and the published H-Mix rule ({@link
 * org.hillmix.core.labels.CategoricalSoftLabeler}), vote distributions, label smoothing, mixup
 * labels from perceived mixing factors, the {@link org.hillmix.core.labels.ControlLabels control labels}
 * (mode-aligned, entropy-matched, random-soft), per-item aggregation with entropy, and the {@link
 * org.hillmix.core.labels.CleaningPolicy cleaning policies} that say how raw typed answers are
 * read. See {@code docs/soft-labels.md} for the formulas and worked examples.
 */
package org.hillmix.core.labels;
