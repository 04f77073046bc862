package org.hillmix.rcp.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.hillmix.rcp.HillmixWorkbenchIds;

/**
 * The study lead's perspective: label distributions and mixup perception on the left, agreement on the
 * right, the calibration report below. Views that are not installed are placeholders. No editor area.
 */
public final class ResultsPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editorArea = layout.getEditorArea();
        IFolderLayout distributions = layout.createFolder("org.hillmix.rcp.results.distributions",
                IPageLayout.TOP, 0.65f, editorArea);
        ViewLayouts.fill(distributions, List.of(HillmixWorkbenchIds.VIEW_LABEL_DISTRIBUTION,
                HillmixWorkbenchIds.VIEW_MIXUP_PERCEPTION));
        IFolderLayout agreement = layout.createFolder("org.hillmix.rcp.results.agreement", IPageLayout.RIGHT,
                0.55f, "org.hillmix.rcp.results.distributions");
        ViewLayouts.fill(agreement, List.of(HillmixWorkbenchIds.VIEW_AGREEMENT));
        IFolderLayout calibration = layout.createFolder("org.hillmix.rcp.results.calibration", IPageLayout.BOTTOM,
                0.65f, "org.hillmix.rcp.results.distributions");
        ViewLayouts.fill(calibration, List.of(HillmixWorkbenchIds.VIEW_CALIBRATION_REPORT));
        List<String> shortcuts = new ArrayList<>(HillmixWorkbenchIds.RESULTS_VIEWS);
        shortcuts.addAll(HillmixWorkbenchIds.ANNOTATION_VIEWS);
        layout.addNewWizardShortcut(HillmixWorkbenchIds.WIZARD_NEW_PROJECT);
        ViewLayouts.addShortcuts(layout, shortcuts, List.of(HillmixWorkbenchIds.PERSPECTIVE_ANNOTATION));
    }
}
