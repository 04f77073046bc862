/**
 * Mixup stimuli: seeded sampling of image pairs from different classes
 * ({@link org.hillmix.core.mixup.PairSampler}) and of mixing factors
 * ({@link org.hillmix.core.mixup.LambdaSampler}, {@link org.hillmix.core.mixup.BetaDistribution}),
 * pixel-space mixing with the rounding rule of the published H-Mix stimuli
 * ({@link org.hillmix.core.mixup.PixelMixer}), the H-Mix file names
 * ({@link org.hillmix.core.mixup.StimulusName}) and writing stimulus folders with a manifest
 * ({@link org.hillmix.core.mixup.StimulusGenerator}). Rules are described in
 * {@code docs/data-formats.md}, section "Mixup stimuli".
 */
package org.hillmix.core.mixup;
