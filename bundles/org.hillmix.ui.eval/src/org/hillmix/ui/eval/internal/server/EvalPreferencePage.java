package org.hillmix.ui.eval.internal.server;

import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.hillmix.ui.eval.internal.l10n.Messages;
import org.hillmix.ui.eval.preferences.EvalPreferences;
import org.hillmix.ui.preferences.InstancePreferencePage;

/** Preferences > HILLmix > Evaluation Server: where evaluations run and how long they train. */
public final class EvalPreferencePage extends InstancePreferencePage {

    /** A grid page on the bundle's instance-scope preferences. */
    public EvalPreferencePage() {
        super(EvalPreferences.NODE, Messages.Prefs_description);
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(EvalPreferences.SERVER_URL, Messages.Prefs_url, getFieldEditorParent()));
        addField(new StringFieldEditor(EvalPreferences.SERVER_TOKEN, Messages.Prefs_token, getFieldEditorParent()));
        FileFieldEditor jar = new FileFieldEditor(EvalPreferences.SERVER_JAR, Messages.Prefs_jar,
                getFieldEditorParent());
        jar.setFileExtensions(new String[] {"*.jar"});
        addField(jar);
        addField(new FileFieldEditor(EvalPreferences.JAVA, Messages.Prefs_java, getFieldEditorParent()));
        IntegerFieldEditor epochs = new IntegerFieldEditor(EvalPreferences.EPOCHS, Messages.Prefs_epochs,
                getFieldEditorParent());
        epochs.setValidRange(1, 1000);
        addField(epochs);
        IntegerFieldEditor seeds = new IntegerFieldEditor(EvalPreferences.SEEDS, Messages.Prefs_seeds,
                getFieldEditorParent());
        seeds.setValidRange(1, 100);
        addField(seeds);
    }
}
