package org.hillmix.ui.internal.project;

import org.eclipse.jface.wizard.Wizard;

/**
 * A wizard of one {@link FormPage}; its {@link #performFinish()} runs the finishing step through
 * {@link FormPage#finish}, so that a failure stays on the page.
 *
 * @param <P> the page type
 */
abstract class FormWizard<P extends FormPage> extends Wizard {

    /** The wizard's page, set by {@link #addPages()}. */
    P page;

    FormWizard(String windowTitle) {
        setWindowTitle(windowTitle);
    }

    /** A new page for this wizard. */
    abstract P createPage();

    @Override
    public final void addPages() {
        page = createPage();
        addPage(page);
    }
}
