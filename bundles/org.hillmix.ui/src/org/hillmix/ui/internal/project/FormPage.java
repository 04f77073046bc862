package org.hillmix.ui.internal.project;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Widget;

/**
 * A wizard page holding one form in a three-column grid ({@link Fields}: label, field, optional
 * button). It re-checks the form whenever a field changes: the first problem is shown and blocks
 * Finish. {@link #finish} runs a wizard's finishing step and keeps the wizard open on a failure,
 * with the failure's message on the page.
 */
abstract class FormPage extends WizardPage {

    /** A wizard's finishing step; a thrown exception's message is shown on the page. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    FormPage(String name, String title, String description) {
        super(name);
        setTitle(title);
        setDescription(description);
    }

    @Override
    public final void createControl(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        createFields(form);
        setControl(form);
        validate();
    }

    /** Adds the page's fields to {@code form}, a three-column grid. */
    abstract void createFields(Composite form);

    /** The first problem with the fields as they are, or {@code null} when the wizard may finish. */
    abstract String problem();

    /** Re-checks the form whenever one of {@code widgets} sends {@code eventType}. */
    final void validateOn(int eventType, Widget... widgets) {
        for (Widget w : widgets) {
            w.addListener(eventType, e -> validate());
        }
    }

    /** Shows the form's first problem, or none, and allows Finish only without one. */
    void validate() {
        setMessage(null); // an information line (e.g. a data set summary) no longer holds once a field changed
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /**
     * Runs {@code step} for {@link org.eclipse.jface.wizard.Wizard#performFinish()}.
     *
     * @return {@code true} when it completed (the wizard closes), {@code false} after showing its
     *         failure on the page (the wizard stays open and nothing is lost)
     */
    final boolean finish(Step step) {
        try {
            step.run();
            return true;
        } catch (Exception e) {
            setErrorMessage(e.getMessage());
            return false;
        }
    }
}
