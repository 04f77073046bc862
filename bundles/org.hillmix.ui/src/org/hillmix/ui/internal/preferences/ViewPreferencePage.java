package org.hillmix.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.preferences.InstancePreferencePage;
import org.hillmix.ui.preferences.PreferenceConstants;

/** Preferences > HILLmix: how the elicitation views behave. */
public final class ViewPreferencePage extends InstancePreferencePage {

    /** A grid page on the views' instance-scope preferences. */
    public ViewPreferencePage() {
        super(PreferenceConstants.NODE, Messages.Prefs_description);
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(PreferenceConstants.SHOW_INSTRUCTIONS, Messages.Prefs_instructions,
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(PreferenceConstants.INSTRUCTIONS_EVERY_BATCH,
                Messages.Prefs_instructionsEveryBatch, getFieldEditorParent()));
        IntegerFieldEditor idle = new IntegerFieldEditor(
                PreferenceConstants.IDLE_PAUSE_SECONDS, Messages.Prefs_idlePause, getFieldEditorParent());
        idle.setValidRange(0, 86_400);
        addField(idle);
        addField(new BooleanFieldEditor(PreferenceConstants.SHOW_SOFT_LABEL_PREVIEW, Messages.Prefs_preview,
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(PreferenceConstants.FOCUS_PROBABILITY_AFTER_CLASS, Messages.Prefs_focus,
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(PreferenceConstants.MIXING_MUST_MOVE, Messages.Prefs_mustMove,
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(PreferenceConstants.CONSTRUCT_SHOW_LAMBDA, Messages.Prefs_showLambda,
                getFieldEditorParent()));
        addField(new IntegerFieldEditor(PreferenceConstants.EXCLUDE_MIN_MEDIAN_RT_MS,
                Messages.Prefs_excludeRt, getFieldEditorParent()));
        addField(new StringFieldEditor(PreferenceConstants.EXCLUDE_MAX_TOP_CHANGE_RATE, Messages.Prefs_excludeChange,
                getFieldEditorParent()));
    }
}
