package org.hillmix.rcp.internal;

import java.util.List;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewRegistry;

/**
 * Adds views to perspective folders whether or not they are installed: an installed view becomes a tab, a
 * missing one a placeholder that takes the view's place as soon as a later install contributes it.
 */
final class ViewLayouts {

    private ViewLayouts() {
    }

    /**
     * Fills a folder with the given views, in order; installed views as tabs, missing ones as placeholders.
     *
     * @param folder the folder
     * @param viewIds the view ids
     */
    static void fill(IFolderLayout folder, List<String> viewIds) {
        IViewRegistry registry = PlatformUI.getWorkbench().getViewRegistry();
        for (String id : viewIds) {
            if (registry.find(id) != null) {
                folder.addView(id);
            } else {
                folder.addPlaceholder(id);
            }
        }
    }

    /**
     * Lists the views and the perspectives in the Window menu's Show View and Open Perspective short lists.
     *
     * @param layout the perspective layout
     * @param viewIds the views to offer
     * @param perspectiveIds the perspectives to offer
     */
    static void addShortcuts(IPageLayout layout, List<String> viewIds, List<String> perspectiveIds) {
        viewIds.forEach(layout::addShowViewShortcut);
        perspectiveIds.forEach(layout::addPerspectiveShortcut);
    }
}
