package org.hillmix.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.hillmix.ui.preferences.PreferenceConstants;

/** Puts the defaults of {@link PreferenceConstants} into the default scope (so the page can restore them). */
public final class ViewPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences d = DefaultScope.INSTANCE.getNode(PreferenceConstants.NODE);
        d.putBoolean(PreferenceConstants.SHOW_SOFT_LABEL_PREVIEW, PreferenceConstants.DEFAULT_SHOW_SOFT_LABEL_PREVIEW);
        d.putBoolean(PreferenceConstants.FOCUS_PROBABILITY_AFTER_CLASS,
                PreferenceConstants.DEFAULT_FOCUS_PROBABILITY_AFTER_CLASS);
        d.putBoolean(PreferenceConstants.MIXING_MUST_MOVE, PreferenceConstants.DEFAULT_MIXING_MUST_MOVE);
        d.putBoolean(PreferenceConstants.CONSTRUCT_SHOW_LAMBDA, PreferenceConstants.DEFAULT_CONSTRUCT_SHOW_LAMBDA);
        d.putBoolean(PreferenceConstants.SHOW_INSTRUCTIONS, PreferenceConstants.DEFAULT_SHOW_INSTRUCTIONS);
        d.putInt(PreferenceConstants.EXCLUDE_MIN_MEDIAN_RT_MS, PreferenceConstants.DEFAULT_EXCLUDE_MIN_MEDIAN_RT_MS);
        d.putDouble(PreferenceConstants.EXCLUDE_MAX_TOP_CHANGE_RATE,
                PreferenceConstants.DEFAULT_EXCLUDE_MAX_TOP_CHANGE_RATE);
    }
}
