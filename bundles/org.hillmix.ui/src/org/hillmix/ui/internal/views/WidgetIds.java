package org.hillmix.ui.internal.views;

/**
 * Names stored on the views' widgets with {@code Widget.setData(KEY, id)}, so that UI tests and
 * accessibility tools find controls without depending on layout or labels.
 */
public final class WidgetIds {

    /** The data key. */
    public static final String KEY = "org.hillmix.ui.widgetId";
    /** Data key on the preview canvas holding the previewed soft label ({@code double[]}, or null). */
    public static final String PREVIEW_VALUES = "org.hillmix.ui.previewValues";

    /** Progress label ("Item n of N"). */
    public static final String PROGRESS = "categorical.progress";
    /** The stimulus canvas (also the keyboard focus for shortcuts). */
    public static final String STIMULUS = "categorical.stimulus";
    /** Prefix of the most-probable-class radio buttons; the class index follows. */
    public static final String TOP_PREFIX = "categorical.top.";
    /** Probability field of the most probable class. */
    public static final String TOP_PROBABILITY = "categorical.topProbability";
    /** Prefix of the second-class radio buttons; the class index follows. */
    public static final String SECOND_PREFIX = "categorical.second.";
    /** The "no second class" radio button. */
    public static final String SECOND_NONE = "categorical.second.none";
    /** Probability field of the second class. */
    public static final String SECOND_PROBABILITY = "categorical.secondProbability";
    /** Prefix of the impossible-class check boxes; the class index follows. */
    public static final String IMPOSSIBLE_PREFIX = "categorical.impossible.";
    /** The status line (what is missing, errors, flags). */
    public static final String STATUS = "categorical.status";
    /** The soft-label preview canvas. */
    public static final String PREVIEW = "categorical.preview";
    /** The submit button. */
    public static final String SUBMIT = "categorical.submit";

    /** Progress label of the mixing-factor view. */
    public static final String MIXING_PROGRESS = "mixing.progress";
    /** Stimulus canvas of the mixing-factor view. */
    public static final String MIXING_STIMULUS = "mixing.stimulus";
    /** Mixing-factor slider (0 = 100% class 1, 100 = 100% class 2). */
    public static final String MIXING_SLIDER = "mixing.slider";
    /** Number label showing the mixing-factor slider's value. */
    public static final String MIXING_SLIDER_VALUE = "mixing.sliderValue";
    /** Label at the class-1 (left) end of the mixing-factor slider. */
    public static final String MIXING_CLASS1 = "mixing.class1";
    /** Label at the class-2 (right) end of the mixing-factor slider. */
    public static final String MIXING_CLASS2 = "mixing.class2";
    /** Confidence slider (0-100). */
    public static final String MIXING_CONFIDENCE = "mixing.confidence";
    /** Number label showing the confidence slider's value. */
    public static final String MIXING_CONFIDENCE_VALUE = "mixing.confidenceValue";
    /** Status line of the mixing-factor view (refusals, errors, flags). */
    public static final String MIXING_STATUS = "mixing.status";
    /** Submit button of the mixing-factor view. */
    public static final String MIXING_SUBMIT = "mixing.submit";

    private WidgetIds() {
    }
}
