package org.hillmix.core.shift;

/** Groups of shifts, as in Hendrycks and Dietterich (ICLR 2019), plus attribute shifts. */
public enum ShiftFamily {
    /** Per-value random noise. */
    NOISE,
    /** Spatial smoothing. */
    BLUR,
    /** Weather-like overlays. */
    WEATHER,
    /** Photometric and compression changes. */
    DIGITAL,
    /** Changes of a scene attribute (light, background, pose, occlusion) without a generative model. */
    ATTRIBUTE
}
