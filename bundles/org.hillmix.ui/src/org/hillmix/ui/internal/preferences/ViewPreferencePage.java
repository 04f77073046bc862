package org.hillmix.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.preferences.PreferenceConstants;

/** Preferences > HILLmix: how the elicitation views behave. */
public final class ViewPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** A grid page on the views' instance-scope preferences. */
    public ViewPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, PreferenceConstants.NODE));
        setDescription(Messages.Prefs_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // nothing to set up
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(PreferenceConstants.SHOW_INSTRUCTIONS, Messages.Prefs_instructions,
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(PreferenceConstants.SHOW_SOFT_LABEL_PREVIEW, Messages.Prefs_preview,
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(PreferenceConstants.FOCUS_PROBABILITY_AFTER_CLASS, Messages.Prefs_focus,
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(PreferenceConstants.MIXING_MUST_MOVE, Messages.Prefs_mustMove,
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(PreferenceConstants.CONSTRUCT_SHOW_LAMBDA, Messages.Prefs_showLambda,
                getFieldEditorParent()));
        addField(new org.eclipse.jface.preference.IntegerFieldEditor(PreferenceConstants.EXCLUDE_MIN_MEDIAN_RT_MS,
                Messages.Prefs_excludeRt, getFieldEditorParent()));
        addField(new StringFieldEditor(PreferenceConstants.EXCLUDE_MAX_TOP_CHANGE_RATE, Messages.Prefs_excludeChange,
                getFieldEditorParent()));
    }
}
