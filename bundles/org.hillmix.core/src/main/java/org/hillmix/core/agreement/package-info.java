/**
 * Agreement between and within annotators: repeat consistency per annotator, pairwise
 * Jensen-Shannon divergence between annotators, Krippendorff's alpha (nominal) on top-1 choices,
 * and configurable annotator exclusion rules in the style of the CIFAR-10S study.
 *
 * <p>The per-item mean soft label and its entropy are computed by
 * {@link org.hillmix.core.labels.SoftLabelAggregator}. All logarithms are natural (nats): the
 * Jensen-Shannon divergence lies in {@code [0, ln 2]}.
 */
package org.hillmix.core.agreement;
