package org.hillmix.ui.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.hillmix.core.labels.SoftLabelScheme;

/**
 * Every preference key of the HILLmix workbench, with its default. Values live in the preference
 * node {@value #NODE} (instance scope, so per workspace; products can preset them in
 * {@code plugin_customization.ini} as {@code org.hillmix.ui/<key>=<value>}).
 */
public final class PreferenceConstants {

    /** Preference node (the bundle's symbolic name). */
    public static final String NODE = "org.hillmix.ui";

    /**
     * Whether the categorical view shows the soft label the current answer would produce. Turn it
     * off for studies: seeing the constructed label can change how annotators answer.
     */
    public static final String SHOW_SOFT_LABEL_PREVIEW = "softLabel.showPreview";
    /** Default of {@link #SHOW_SOFT_LABEL_PREVIEW}. */
    public static final boolean DEFAULT_SHOW_SOFT_LABEL_PREVIEW = true;

    /** Soft-label scheme of the preview, an id of {@link SoftLabelScheme#parse(String, double)}. */
    public static final String SOFT_LABEL_SCHEME = "softLabel.scheme";
    /** Default of {@link #SOFT_LABEL_SCHEME}: the scheme of the published CIFAR-10S labels. */
    public static final String DEFAULT_SOFT_LABEL_SCHEME = SoftLabelScheme.CIFAR10S_PUBLISHED.id();

    /** Redistribution factor gamma of the preview scheme, in [0, 1]. */
    public static final String SOFT_LABEL_GAMMA = "softLabel.gamma";
    /** Default of {@link #SOFT_LABEL_GAMMA}. */
    public static final double DEFAULT_SOFT_LABEL_GAMMA = SoftLabelScheme.DEFAULT_GAMMA;

    /**
     * Whether choosing a class with the keyboard moves the focus into that class's probability
     * field, so that a whole answer can be typed without the mouse.
     */
    public static final String FOCUS_PROBABILITY_AFTER_CLASS = "keyboard.focusProbabilityAfterClass";
    /** Default of {@link #FOCUS_PROBABILITY_AFTER_CLASS}. */
    public static final boolean DEFAULT_FOCUS_PROBABILITY_AFTER_CLASS = true;

    /**
     * Whether the mixing-factor view refuses an answer until the annotator has moved both sliders,
     * so that the starting position (50/50) is never recorded by just pressing Enter.
     */
    public static final String MIXING_MUST_MOVE = "mixing.mustMoveSliders";
    /** Default of {@link #MIXING_MUST_MOVE}. */
    public static final boolean DEFAULT_MIXING_MUST_MOVE = true;

    /**
     * Whether the construct-midpoint view shows the current lambda as a number. Off by default:
     * in the study annotators judged the mix by eye, and a number invites aiming for 0.5.
     */
    public static final String CONSTRUCT_SHOW_LAMBDA = "construct.showLambda";
    /** Default of {@link #CONSTRUCT_SHOW_LAMBDA}. */
    public static final boolean DEFAULT_CONSTRUCT_SHOW_LAMBDA = false;

    /**
     * Whether each elicitation view shows its instructions and a short comprehension check before
     * the first item of a session (a resumed session skips them).
     */
    public static final String SHOW_INSTRUCTIONS = "session.showInstructions";
    /** Default of {@link #SHOW_INSTRUCTIONS}. */
    public static final boolean DEFAULT_SHOW_INSTRUCTIONS = true;

    private PreferenceConstants() {
    }

    /** The current value of a boolean preference of this node. */
    public static boolean getBoolean(String key, boolean defaultValue) {
        return service().getBoolean(NODE, key, defaultValue, null);
    }

    /** The current value of a string preference of this node. */
    public static String getString(String key, String defaultValue) {
        return service().getString(NODE, key, defaultValue, null);
    }

    /** The current value of a double preference of this node. */
    public static double getDouble(String key, double defaultValue) {
        return service().getDouble(NODE, key, defaultValue, null);
    }

    /**
     * The preview scheme from {@link #SOFT_LABEL_SCHEME} and {@link #SOFT_LABEL_GAMMA}.
     *
     * @throws IllegalArgumentException naming the key when a stored value is not usable
     */
    public static SoftLabelScheme softLabelScheme() {
        String id = getString(SOFT_LABEL_SCHEME, DEFAULT_SOFT_LABEL_SCHEME);
        double gamma = getDouble(SOFT_LABEL_GAMMA, DEFAULT_SOFT_LABEL_GAMMA);
        try {
            return SoftLabelScheme.parse(id, gamma);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("preference " + NODE + "/" + SOFT_LABEL_SCHEME + " or "
                    + SOFT_LABEL_GAMMA + ": " + e.getMessage(), e);
        }
    }

    private static IPreferencesService service() {
        return Platform.getPreferencesService();
    }
}
