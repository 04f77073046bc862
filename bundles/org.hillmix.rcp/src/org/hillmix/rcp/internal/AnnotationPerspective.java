package org.hillmix.rcp.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.hillmix.rcp.HillmixWorkbenchIds;

/**
 * The annotator's perspective: the elicitation views as tabs of one stack filling the window (an annotator
 * works with one protocol at a time, and the stimulus needs the room), categorical first. No editor area.
 */
public final class AnnotationPerspective implements IPerspectiveFactory {

    private static final String FOLDER = "org.hillmix.rcp.annotation.protocols";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        IFolderLayout protocols = layout.createFolder(FOLDER, IPageLayout.TOP, 0.95f, layout.getEditorArea());
        ViewLayouts.fill(protocols, HillmixWorkbenchIds.ANNOTATION_VIEWS);
        List<String> shortcuts = new ArrayList<>(HillmixWorkbenchIds.ANNOTATION_VIEWS);
        shortcuts.addAll(HillmixWorkbenchIds.RESULTS_VIEWS);
        layout.addNewWizardShortcut(HillmixWorkbenchIds.WIZARD_NEW_PROJECT);
        ViewLayouts.addShortcuts(layout, shortcuts, List.of(HillmixWorkbenchIds.PERSPECTIVE_RESULTS));
    }
}
