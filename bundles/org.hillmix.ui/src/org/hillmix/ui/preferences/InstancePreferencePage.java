package org.hillmix.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * A HILLmix preference page: field editors in a grid on one instance-scope preference node.
 * Subclasses add their fields in {@link #createFieldEditors()}.
 */
public abstract class InstancePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /**
     * @param node the instance-scope preference node the fields edit
     * @param description the line shown above the fields
     */
    protected InstancePreferencePage(String node, String description) {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, node));
        setDescription(description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor; nothing else to set up
    }
}
