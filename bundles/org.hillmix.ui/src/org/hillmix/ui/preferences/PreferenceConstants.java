package org.hillmix.ui.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

/**
 * Every preference key of the HILLmix workbench, with its default. Values live in the preference
 * node {@value #NODE} (instance scope, so per workspace; products can preset them in
 * {@code plugin_customization.ini} as {@code org.hillmix.ui/<key>=<value>}).
 */
public final class PreferenceConstants {

    /** Preference node (the bundle's symbolic name). */
    public static final String NODE = "org.hillmix.ui";

    /**
     * The folder of the project last opened or created; the workbench opens it again at start (no default:
     * written by the project service, not a setting).
     */
    public static final String LAST_PROJECT = "project.last";

    /**
     * Whether the categorical view shows the soft label the current answer would produce. Turn it
     * off for studies: seeing the constructed label can change how annotators answer.
     */
    public static final String SHOW_SOFT_LABEL_PREVIEW = "softLabel.showPreview";
    /** Default of {@link #SHOW_SOFT_LABEL_PREVIEW}. */
    public static final boolean DEFAULT_SHOW_SOFT_LABEL_PREVIEW = true;

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

    /**
     * Whether the instructions and comprehension check come before every batch that starts afresh;
     * off: once per protocol and annotator (not again once the annotator's journal shows a passed
     * check of the protocol).
     */
    public static final String INSTRUCTIONS_EVERY_BATCH = "session.instructionsEveryBatch";
    /** Default of {@link #INSTRUCTIONS_EVERY_BATCH}: once per protocol and annotator. */
    public static final boolean DEFAULT_INSTRUCTIONS_EVERY_BATCH = false;

    /**
     * Seconds without any input (key, click, wheel, pointer movement) after which a session pauses
     * by itself; the inactive time is left out of the reaction time and stored as {@code idle_ms}.
     * 0 turns inactivity detection off.
     */
    public static final String IDLE_PAUSE_SECONDS = "session.idlePauseSeconds";
    /** Default of {@link #IDLE_PAUSE_SECONDS}. */
    public static final int DEFAULT_IDLE_PAUSE_SECONDS = 60;

    /**
     * Exclusion policy of the result views: annotators whose median reaction time is below this
     * many milliseconds are marked excluded (answers too fast to have looked); 0 turns the rule off.
     */
    public static final String EXCLUDE_MIN_MEDIAN_RT_MS = "results.exclude.minMedianReactionMs";
    /** Default of {@link #EXCLUDE_MIN_MEDIAN_RT_MS}: off. */
    public static final int DEFAULT_EXCLUDE_MIN_MEDIAN_RT_MS = 0;

    /**
     * Exclusion policy of the result views: annotators whose repeat trials change the most probable
     * class more often than this share (0-1) are marked excluded; 1 turns the rule off.
     */
    public static final String EXCLUDE_MAX_TOP_CHANGE_RATE = "results.exclude.maxTopChangeRate";
    /** Default of {@link #EXCLUDE_MAX_TOP_CHANGE_RATE}: off. */
    public static final double DEFAULT_EXCLUDE_MAX_TOP_CHANGE_RATE = 1.0;

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

    /** The current value of an int preference of this node. */
    public static int getInt(String key, int defaultValue) {
        return service().getInt(NODE, key, defaultValue, null);
    }

    /** The current value of a double preference of this node. */
    public static double getDouble(String key, double defaultValue) {
        return service().getDouble(NODE, key, defaultValue, null);
    }

    /**
     * The result views' exclusion policy from {@link #EXCLUDE_MIN_MEDIAN_RT_MS} and {@link
     * #EXCLUDE_MAX_TOP_CHANGE_RATE}; rules at their "off" values are left out.
     */
    public static org.hillmix.core.agreement.ExclusionPolicy exclusionPolicy() {
        java.util.List<org.hillmix.core.agreement.ExclusionRule> rules = new java.util.ArrayList<>();
        int rt = getInt(EXCLUDE_MIN_MEDIAN_RT_MS, DEFAULT_EXCLUDE_MIN_MEDIAN_RT_MS);
        if (rt > 0) {
            rules.add(org.hillmix.core.agreement.ExclusionRule.minMedianReactionTime(rt));
        }
        double change = getDouble(EXCLUDE_MAX_TOP_CHANGE_RATE, DEFAULT_EXCLUDE_MAX_TOP_CHANGE_RATE);
        if (change < 1) {
            rules.add(org.hillmix.core.agreement.ExclusionRule.maxRepeatInconsistency(
                    org.hillmix.core.agreement.ExclusionRule.RepeatMeasure.TOP_CLASS_CHANGE_RATE, change, null));
        }
        return org.hillmix.core.agreement.ExclusionPolicy.of(rules);
    }

    private static IPreferencesService service() {
        return Platform.getPreferencesService();
    }
}
