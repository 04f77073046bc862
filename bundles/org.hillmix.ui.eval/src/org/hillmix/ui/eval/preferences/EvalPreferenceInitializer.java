package org.hillmix.ui.eval.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Sets the defaults of {@link EvalPreferences} in the default scope. */
public final class EvalPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences d = DefaultScope.INSTANCE.getNode(EvalPreferences.NODE);
        d.put(EvalPreferences.SERVER_URL, EvalPreferences.DEFAULT_SERVER_URL);
        d.put(EvalPreferences.MODE, EvalPreferences.DEFAULT_MODE);
        d.put(EvalPreferences.CERTIFICATE, EvalPreferences.DEFAULT_CERTIFICATE);
        d.put(EvalPreferences.SERVER_JAR, EvalPreferences.DEFAULT_SERVER_JAR);
        d.put(EvalPreferences.JAVA, EvalPreferences.DEFAULT_JAVA);
        d.putInt(EvalPreferences.EPOCHS, EvalPreferences.DEFAULT_EPOCHS);
        d.putInt(EvalPreferences.SEEDS, EvalPreferences.DEFAULT_SEEDS);
    }
}
