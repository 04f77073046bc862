/**
 * Helpers of {@link org.hillmix.core.metrics}: a stable primitive sort of confidences with their
 * example indices. Not API.
 */
package org.hillmix.core.internal.metrics;
