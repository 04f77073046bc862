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

    private WidgetIds() {
    }
}
